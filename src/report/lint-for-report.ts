/** Runs the linter for the report commands (deadlines, stats, report), with the lint command's config handling. */
import { ConfigError, resolveConfig } from '../engine/config.js';
import { lintPaths } from '../engine/run.js';
import { withCrossCase } from '../engine/cross-case.js';
import { getRules } from '../engine/registry.js';
import { workerSetting } from '../cli/runtime.js';
import type { CaseResult, LintRun } from '../engine/run-types.js';
import { StringPool } from '../engine/intern.js';
import type { Lang } from '../format/types.js';
import { progressReporter } from '../format/progress.js';
import type { CliIO } from '../cli/io.js';

export interface ReportRunFlags {
  asOf?: string;
  config?: string;
  lang?: Lang;
}

/**
 * What a report keeps of each case until the end of the run (issue 13, memory flat in the number of cases): always
 * the file, the case number, the findings and the summary; `detail` also keeps each case's coverage and the places
 * of its steps and documents (the Word report prints them; the scores, statistics and deadlines do not read them).
 */
export interface ReportKeep {
  detail?: boolean;
}

/** the part of a result a report keeps, its strings shared with the other cases' through `strings` */
export function reportResult(r: CaseResult, keep: ReportKeep, strings: StringPool): CaseResult {
  const out: CaseResult = { file: r.file, findings: r.findings };
  if (r.caseId !== undefined) out.caseId = r.caseId;
  if (r.summary) {
    if (keep.detail) out.summary = r.summary;
    else {
      const { places: _places, ...summary } = r.summary;
      out.summary = summary;
    }
  }
  if (keep.detail && r.coverage) out.coverage = r.coverage;
  return strings.internResult(out);
}

/** undefined when the configuration is unusable (the error is printed and exit code 2 set) */
export async function lintForReport(
  paths: string[],
  flags: ReportRunFlags,
  io: CliIO,
  keep: ReportKeep = {},
): Promise<{ run: LintRun; lang: Lang; cwd: string } | undefined> {
  const cwd = process.cwd();
  try {
    const config = resolveConfig({
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      rules: getRules(),
      knownRules: getRules(),
    });
    const lang: Lang = flags.lang ?? config.lang ?? 'zh';
    const progress = progressReporter(io);
    const results: CaseResult[] = [];
    const strings = new StringPool();
    const run = await lintPaths(paths, {
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      rules: getRules(),
      knownRules: getRules(),
      // the reports read each case's summary (CaseResult.summary: status, dates, fine, tools), not the case
      workers: workerSetting(undefined),
      onCase: progress.update,
      // each result is trimmed to what the report reads as it arrives, not kept whole until the end
      keepResults: false,
      onResult: (r, index) => {
        results[index] = reportResult(r, keep, strings);
      },
    });
    progress.done();
    if (run.fatalInputError) io.exit(2);
    // the reports judge each case: its cross-case findings (duplicate number, second fine) count with its own
    return { run: { ...run, results: withCrossCase(results, run.crossCase) }, lang, cwd };
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.text(flags.lang, cwd)}\n`);
      io.exit(2);
      return undefined;
    }
    throw error;
  }
}
