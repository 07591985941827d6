import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { yaml } from '../../lazy.js';
import type { Lang } from '../../format/types.js';
import { UsageError, type CliIO } from '../io.js';
import { parseDateOption, parseLang } from '../options.js';
import { lintForReport } from '../../report/lint-for-report.js';
import { rangePeriod } from '../../report/period.js';
import { reviewData, type ReviewData } from '../../report/review.js';
import { DEFAULT_MODEL, mergeModel, type ScoredResult, type ScoringModel } from '../../report/scoring.js';
import { pick } from '../../report/text.js';

interface ReportFlags {
  docx?: string;
  json?: boolean;
  from?: string;
  to?: string;
  scoring?: string;
  title?: string;
  asOf?: string;
  lang?: Lang;
  config?: string;
}

function loadModel(file: string | undefined, cwd: string): ScoringModel {
  if (!file) return DEFAULT_MODEL;
  let raw: unknown;
  try {
    raw = yaml().parse(readFileSync(resolve(cwd, file), 'utf8')) as unknown;
  } catch (e) {
    throw new UsageError(
      `无法读取评分模型 / cannot read the scoring model ${file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  try {
    return mergeModel(raw);
  } catch (e) {
    throw new UsageError(
      `评分模型有误 / invalid scoring model ${file}: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/** the review data as JSON (without the case objects) */
function reviewJson(data: ReviewData<ScoredResult>): string {
  const scores = data.scores.map(({ result: _result, vetoes, ...s }) => ({
    ...s,
    vetoes: vetoes.map((f) => f.ruleId),
  }));
  const excellent = data.excellent.map((s) => ({ case: s.case, score: s.score }));
  const unreadable = data.unreadable.map((r) => r.file);
  const defectsByRule = data.defectsByRule.map(({ meta, ...r }) => ({
    ...r,
    ...(meta ? { title: meta.title } : {}),
  }));
  return `${JSON.stringify({ ...data, scores, excellent, unreadable, defectsByRule }, null, 2)}\n`;
}

export function register(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('案卷评查报告（Word）/ the case-file review report (Word)')
    .argument('[paths...]', '案卷文件夹或文件 / case folders or files', [])
    .option('--docx <file>', '写出 Word 报告 / write the Word report to this file')
    .option('--json', '输出评分数据 JSON / print the scores as JSON')
    .option('--from <date>', '决定日期（未决定的按立案日期）起 / first decision (or filing) date', (v) =>
      parseDateOption(v, '--from'),
    )
    .option('--to <date>', '决定日期（未决定的按立案日期）止 / last decision (or filing) date', (v) =>
      parseDateOption(v, '--to'),
    )
    .option(
      '--scoring <file>',
      '评分模型 YAML（覆盖默认值）/ scoring model YAML over the defaults (docs/scoring.md)',
    )
    .option('--title <text>', '报告标题 / report title')
    .option('--as-of <date>', '判断期限的基准日 / judge deadlines as of this date', (v) => parseDateOption(v))
    .option('--lang <zh|en>', '语言 / language', parseLang)
    .option('-c, --config <file>', '配置文件 / configuration file')
    .action(async (paths: string[], flags: ReportFlags) => {
      if (!flags.docx && !flags.json)
        throw new UsageError('请指定 --docx <文件> 或 --json / give --docx <file> or --json');
      if (flags.from && flags.to && flags.from > flags.to)
        throw new UsageError('--from 晚于 --to / --from is after --to');
      const model = loadModel(flags.scoring, process.cwd());
      const period = flags.from || flags.to ? rangePeriod(flags.from, flags.to) : undefined;
      const options = { model, ...(period ? { period } : {}) };
      if (!flags.docx) {
        // the scores alone: each case's findings are kept as what the scores read of them
        const scored = await lintForReport(paths, flags, io, 'scores');
        if (scored) io.out(reviewJson(reviewData(scored.run, options)));
        return;
      }
      const ran = await lintForReport(paths, flags, io, 'all');
      if (!ran) return;
      const data = reviewData(ran.run, options);
      if (flags.json) io.out(reviewJson(data));
      const { buildReviewDocx } = await import('../../report/docx.js');
      const buffer = await buildReviewDocx(data, {
        lang: ran.lang,
        ...(flags.title ? { title: flags.title } : {}),
      });
      writeFileSync(resolve(ran.cwd, flags.docx), buffer);
      const en = ran.lang === 'en';
      const summary = data.scores
        .map((s) => `  ${s.case}  ${s.score}  ${pick(s.grade, ran.lang)}`)
        .join('\n');
      io.err(
        `${en ? 'wrote' : '已写出'} ${flags.docx}: ${data.scores.length} ${en ? 'case(s)' : '件案卷'}\n${summary}\n`,
      );
    });
}
