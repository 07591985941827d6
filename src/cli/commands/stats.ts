import type { Command } from 'commander';
import type { Lang } from '../../format/types.js';
import { UsageError, type CliIO } from '../io.js';
import { parseDateOption, parseLang } from '../options.js';
import { lintForReport } from '../../report/lint-for-report.js';
import { monthPeriod, rangePeriod, yearPeriod, type Period } from '../../report/period.js';
import { renderStats, type StatsFormat } from '../../report/render-stats.js';
import { computeStats } from '../../report/stats.js';

interface StatsFlags {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
  format: string;
  asOf?: string;
  lang?: Lang;
  config?: string;
}

export function periodFromFlags(flags: {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
}): Period {
  const given = [flags.month, flags.year, flags.from ?? flags.to].filter((v) => v !== undefined).length;
  if (given > 1)
    throw new UsageError(
      '--month、--year 与 --from/--to 只能选一 / give one of --month, --year or --from/--to',
    );
  if (flags.month !== undefined) {
    const p = monthPeriod(flags.month);
    if (!p) throw new UsageError(`--month 需要 YYYY-MM / --month expects YYYY-MM, got "${flags.month}"`);
    return p;
  }
  if (flags.year !== undefined) {
    const p = yearPeriod(flags.year);
    if (!p) throw new UsageError(`--year 需要 YYYY / --year expects YYYY, got "${flags.year}"`);
    return p;
  }
  if (flags.from !== undefined || flags.to !== undefined) return rangePeriod(flags.from, flags.to);
  throw new UsageError('请指定 --month YYYY-MM 或 --year YYYY / give --month YYYY-MM or --year YYYY');
}

export function register(program: Command, io: CliIO): void {
  program
    .command('stats')
    .description('期间统计：立案、决定、结案、罚款、逾期 / period statistics for the briefing')
    .argument('[paths...]', '案卷文件夹或文件 / case folders or files', [])
    .option('--month <YYYY-MM>', '统计月份 / month')
    .option('--year <YYYY>', '统计年度 / year')
    .option('--from <date>', '起始日 / first day', (v) => parseDateOption(v, '--from'))
    .option('--to <date>', '截止日 / last day', (v) => parseDateOption(v, '--to'))
    .option('--format <table|json|markdown>', '输出格式 / output format', 'table')
    .option('--as-of <date>', '判断逾期的基准日 / judge overdue deadlines as of this date', (v) =>
      parseDateOption(v),
    )
    .option('--lang <zh|en>', '语言 / language', parseLang)
    .option('-c, --config <file>', '配置文件 / configuration file')
    .action(async (paths: string[], flags: StatsFlags) => {
      const period = periodFromFlags(flags);
      if (!['table', 'json', 'markdown'].includes(flags.format)) {
        throw new UsageError(
          `--format 只能是 table、json 或 markdown / --format must be table, json or markdown`,
        );
      }
      const ran = await lintForReport(paths, flags, io, 'deadlines');
      if (!ran) return;
      io.out(renderStats(computeStats(ran.run, period, ran.lang), flags.format as StatsFormat, ran.lang));
    });
}
