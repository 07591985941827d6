/** Runs the linter for the report commands (deadlines, stats, report), with the lint command's config handling. */
import { ConfigError, resolveConfig } from '../engine/config.js';
import { lintPaths } from '../engine/run.js';
import { withCrossCase } from '../engine/cross-case.js';
import { getRules } from '../engine/registry.js';
import { workerSetting } from '../cli/runtime.js';
import type { LintRun } from '../engine/run-types.js';
import type { Lang } from '../format/types.js';
import { progressReporter } from '../format/progress.js';
import type { CliIO } from '../cli/io.js';

export interface ReportRunFlags {
  asOf?: string;
  config?: string;
  lang?: Lang;
}

/** undefined when the configuration is unusable (the error is printed and exit code 2 set) */
export async function lintForReport(
  paths: string[],
  flags: ReportRunFlags,
  io: CliIO,
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
    const run = await lintPaths(paths, {
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      rules: getRules(),
      knownRules: getRules(),
      // the reports read each case's summary (CaseResult.summary: status, dates, fine, tools), not the case
      workers: workerSetting(undefined),
      onCase: progress.update,
    });
    progress.done();
    if (run.fatalInputError) io.exit(2);
    // the reports judge each case: its cross-case findings (duplicate number, second fine) count with its own
    return { run: { ...run, results: withCrossCase(run.results, run.crossCase) }, lang, cwd };
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.text(flags.lang, cwd)}\n`);
      io.exit(2);
      return undefined;
    }
    throw error;
  }
}
