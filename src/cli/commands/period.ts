import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { Msg } from '../../engine/types.js';
import { addDays, isIsoDate } from '../../model/dates.js';
import { addHours, loadKnowledge } from '../../law/index.js';
import { countedReason, skipReason } from '../../law/calendar.js';
import type { Calendar, PeriodResult, PeriodUnit } from '../../law/types.js';

type Lang = 'zh' | 'en';

interface PeriodFlags {
  from?: string;
  days?: string;
  working?: boolean;
  months?: string;
  years?: string;
  hours?: string;
  roll: boolean;
  explain?: boolean;
  json?: boolean;
  lang: string;
}

class InputError extends Error {}

const bi = (zh: string, en: string): string => `${zh} / ${en}`;

function whole(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new InputError(
      bi(`${name} 需要非负整数，收到 "${value}"`, `${name} expects a whole number, got "${value}"`),
    );
  return Number(value);
}

function chooseUnit(flags: PeriodFlags): { unit: PeriodUnit | 'hour'; count: number } {
  const choices: { unit: PeriodUnit | 'hour'; count: number | undefined }[] = [
    { unit: flags.working ? 'workday' : 'day', count: whole(flags.days, '--days') },
    { unit: 'month', count: whole(flags.months, '--months') },
    { unit: 'year', count: whole(flags.years, '--years') },
    { unit: 'hour', count: whole(flags.hours, '--hours') },
  ];
  const given = choices.filter(
    (c): c is { unit: PeriodUnit | 'hour'; count: number } => c.count !== undefined,
  );
  if (given.length !== 1)
    throw new InputError(
      bi(
        '请给出且只给出 --days、--months、--years、--hours 之一',
        'give exactly one of --days, --months, --years, --hours',
      ),
    );
  if (flags.working && given[0]?.unit !== 'workday')
    throw new InputError(bi('--working 只能与 --days 一起使用', '--working goes with --days only'));
  return given[0] as { unit: PeriodUnit | 'hour'; count: number };
}

/** every day in (from, to] with why it was counted or skipped */
export function explainLines(calendar: Calendar, r: PeriodResult, lang: Lang): string[] {
  const t = (m: Msg): string => m[lang];
  const paren = (text: string): string => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  const lines = [`${r.from}  ${t({ zh: '起算日（不计入期间）', en: 'start day (not counted)' })}`];
  const skipped = new Map(r.skipped.map((s) => [s.date, s.reason]));
  let n = 0;
  for (let d = addDays(r.from, 1); d <= r.to; d = addDays(d, 1)) {
    const info = calendar.day(d);
    const isEnd = d === r.to;
    const mark = isEnd ? t({ zh: '  ← 期间届满', en: '  ← last day' }) : '';
    if (r.unit === 'workday') {
      if (info.workday) {
        n += 1;
        lines.push(
          `${d}  ${t({ zh: `第${n}个工作日`, en: `working day ${n}` })}${paren(t(countedReason(info)))}${mark}`,
        );
      } else {
        lines.push(`${d}  ${t({ zh: '不计入：', en: 'skipped: ' })}${t(skipReason(info))}`);
      }
      continue;
    }
    const roll = skipped.get(d);
    if (roll) {
      lines.push(
        `${d}  ${t({ zh: '届满日为休息日，顺延：', en: 'last day falls on a rest day, moved on: ' })}${t(roll)}`,
      );
      continue;
    }
    if (r.rolledFrom && d > r.rolledFrom) {
      lines.push(`${d}  ${t({ zh: '顺延后的届满日', en: 'moved last day' })}${mark}`);
      continue;
    }
    n += 1;
    const kind = info.workday ? countedReason(info) : skipReason(info);
    lines.push(`${d}  ${t({ zh: `第${n}日`, en: `day ${n}` })} · ${t(kind)}${mark}`);
  }
  return lines;
}

export function runPeriod(flags: PeriodFlags, io: CliIO): void {
  const lang: Lang = flags.lang === 'en' ? 'en' : 'zh';
  if (flags.lang !== 'zh' && flags.lang !== 'en')
    throw new InputError(
      bi(`--lang 只能是 zh 或 en，收到 "${flags.lang}"`, `--lang must be zh or en, got "${flags.lang}"`),
    );
  if (!flags.from) throw new InputError(bi('缺少 --from 起算日期', 'missing --from (the start date)'));
  const { unit, count } = chooseUnit(flags);
  if (unit === 'hour') {
    let to: string;
    try {
      to = addHours(flags.from, count);
    } catch {
      throw new InputError(
        bi(
          `--from 需要 YYYY-MM-DDTHH:mm 格式的时间，收到 "${flags.from}"`,
          `--from expects YYYY-MM-DDTHH:mm for --hours, got "${flags.from}"`,
        ),
      );
    }
    io.out(
      flags.json
        ? `${JSON.stringify({ from: flags.from, to, unit: 'hour', count, skipped: [] })}\n`
        : `${to}\n`,
    );
    return;
  }
  if (!isIsoDate(flags.from))
    throw new InputError(
      bi(
        `--from 需要 YYYY-MM-DD 格式的日期，收到 "${flags.from}"`,
        `--from expects a date as YYYY-MM-DD, got "${flags.from}"`,
      ),
    );
  const { calendar } = loadKnowledge();
  const r = calendar.add(flags.from, count, unit, { rollToWorkday: flags.roll });
  for (const w of r.warnings) io.err(`${lang === 'zh' ? '警告' : 'warning'}: ${w[lang]}\n`);
  if (flags.json) {
    const json: Record<string, unknown> = {
      from: r.from,
      to: r.to,
      unit: r.unit,
      count: r.count,
      skipped: r.skipped.map((s) => ({ date: s.date, reason: s.reason[lang] })),
    };
    if (r.rolledFrom) json.rolledFrom = r.rolledFrom;
    if (r.warnings.length) json.warnings = r.warnings.map((w) => w[lang]);
    io.out(`${JSON.stringify(json)}\n`);
    return;
  }
  if (flags.explain) {
    io.out(`${explainLines(calendar, r, lang).join('\n')}\n`);
    return;
  }
  io.out(`${r.to}\n`);
}

export function register(program: Command, io: CliIO): void {
  program
    .command('period')
    .description(
      '计算法定期间届满日（工作日、自然日、月、年、小时） / compute the last day of a statutory period',
    )
    .option(
      '--from <date>',
      '起算日（不计入） / start date (not counted), YYYY-MM-DD (YYYY-MM-DDTHH:mm with --hours)',
    )
    .option('--days <n>', '日数 / number of days')
    .option('--working', '按工作日计算 / count working days (with --days)')
    .option('--months <n>', '月数 / number of months')
    .option('--years <n>', '年数 / number of years')
    .option('--hours <n>', '小时数 / number of hours')
    .option('--no-roll', '自然日期间届满日遇休息日不顺延 / do not move a last day on a rest day')
    .option('--explain', '逐日列出计入和跳过的日期 / list each counted and skipped day')
    .option('--json', 'JSON 输出 / JSON output')
    .option('--lang <zh|en>', '语言 / language', 'zh')
    .action((flags: PeriodFlags) => {
      try {
        runPeriod(flags, io);
      } catch (error) {
        if (!(error instanceof InputError) && !(error instanceof RangeError)) throw error;
        io.err(`caselint period: ${error.message}\n`);
        io.exit(2);
      }
    });
}
