import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../format/types.js';
import type { CliIO } from '../io.js';
import { parseDateOption, parseLang } from '../options.js';
import { collectDeadlines } from '../../report/deadlines.js';
import { loadKnowledge } from '../../law/index.js';
import { buildIcs } from '../../report/ics.js';
import { lintForReport } from '../../report/lint-for-report.js';
import { deadlinesJson, deadlinesTable } from '../../report/render-deadlines.js';

interface DeadlineFlags {
  asOf?: string;
  until?: string;
  ics?: string;
  json?: boolean;
  all?: boolean;
  lang?: Lang;
  config?: string;
}

export function register(program: Command, io: CliIO): void {
  program
    .command('deadlines')
    .description(
      '未办结案件的法定期限（即将届满与已逾期）/ upcoming and overdue statutory deadlines of open cases',
    )
    .argument('[paths...]', '案卷文件夹或文件 / case folders or files', [])
    .option(
      '--as-of <date>',
      '基准日 / judge deadlines as of this date (YYYY-MM-DD, default today in China)',
      (v) => parseDateOption(v),
    )
    .option('--until <date>', '只列出此日前届满的期限 / only deadlines due by this date', (v) =>
      parseDateOption(v, '--until'),
    )
    .option('--ics <file>', '写出日历文件（RFC 5545）/ write an iCalendar file')
    .option('--json', '输出 JSON / JSON output')
    .option('--all', '包括已结案案件 / include cases that are not open')
    .option('--lang <zh|en>', '语言 / language', parseLang)
    .option('-c, --config <file>', '配置文件 / configuration file')
    .action(async (paths: string[], flags: DeadlineFlags) => {
      const ran = await lintForReport(paths, flags, io, 'deadlines');
      if (!ran) return;
      const { run, lang, cwd } = ran;
      const items = collectDeadlines(
        run,
        {
          asOf: run.asOf,
          ...(flags.all ? { allCases: true } : {}),
          ...(flags.until ? { until: flags.until } : {}),
        },
        loadKnowledge().calendar,
      );
      if (flags.ics) {
        writeFileSync(resolve(cwd, flags.ics), buildIcs(items, { lang, asOf: run.asOf }));
        if (!flags.json) io.err(`${lang === 'en' ? 'wrote' : '已写出'} ${flags.ics} (${items.length})\n`);
      }
      io.out(flags.json ? deadlinesJson(items, run.asOf) : deadlinesTable(items, lang, run.asOf));
    });
}
