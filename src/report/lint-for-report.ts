/** Runs the linter for the report commands (deadlines, stats, report), with the lint command's config handling. */
import { ConfigError, resolveConfig } from '../engine/config.js';
import { lintPaths } from '../engine/run.js';
import { getRules } from '../engine/registry.js';
import { workerSetting } from '../cli/runtime.js';
import type { CaseResult, LintRun } from '../engine/run-types.js';
import type { Finding } from '../engine/types.js';
import { StringPool } from '../engine/intern.js';
import type { Lang } from '../format/types.js';
import { progressReporter } from '../format/progress.js';
import type { CliIO } from '../cli/io.js';
import { leanFinding, summaryWithoutPlaces } from '../engine/lean-result.js';
import type { ScoredFinding, ScoredResult } from './scoring.js';

export interface ReportRunFlags {
  asOf?: string;
  config?: string;
  lang?: Lang;
}

/**
 * What a report keeps of each case until the end of the run, taken from each result as it arrives (issue 13, memory
 * flat in the number of cases); never the normalised case nor the cross-case facts:
 * - `scores` (report --json): the file, the case number, the summary without the places of the steps and documents,
 *   and each finding reduced to what the scores read (rule, severity, category, case, waiver);
 * - `deadlines` (stats, deadlines): the file, the case number, the summary without the places, and the active
 *   findings that carry a deadline (what the deadline list and the overdue count read);
 * - `all` (report --docx, which names where each finding sits and prints each case's coverage): the rest too.
 */
export type ReportKeep = 'scores' | 'deadlines' | 'all';

/** the lint run of a report, its results as `keep` keeps them, in input order */
export interface ReportRun<R extends ScoredResult> {
  run: Omit<LintRun, 'results'> & { results: R[] };
  lang: Lang;
  cwd: string;
}

/** what `keep` keeps of one finding; undefined: nothing */
function keptFinding(f: Finding, keep: ReportKeep): Finding | ScoredFinding | undefined {
  if (keep === 'all') return f;
  if (keep === 'scores') return leanFinding(f);
  return f.deadline && !f.waived ? f : undefined;
}

function keptFindings(findings: readonly Finding[], keep: ReportKeep): (Finding | ScoredFinding)[] {
  const out: (Finding | ScoredFinding)[] = [];
  for (const f of findings) {
    const kept = keptFinding(f, keep);
    if (kept) out.push(kept);
  }
  return out;
}

/** the part of a result a report keeps, its strings shared with the other cases' through `strings` */
export function reportResult(r: CaseResult, keep: 'scores', strings: StringPool): ScoredResult;
export function reportResult(r: CaseResult, keep: 'deadlines' | 'all', strings: StringPool): CaseResult;
export function reportResult(
  r: CaseResult,
  keep: ReportKeep,
  strings: StringPool,
): ScoredResult | CaseResult {
  const out = { file: r.file, findings: keptFindings(r.findings, keep) } as CaseResult;
  if (r.caseId !== undefined) out.caseId = r.caseId;
  if (r.summary) out.summary = keep === 'all' ? r.summary : summaryWithoutPlaces(r.summary);
  if (keep === 'all' && r.coverage) out.coverage = r.coverage;
  return strings.internResult(out);
}

/** undefined when the configuration is unusable (the error is printed and exit code 2 set) */
export async function lintForReport(
  paths: string[],
  flags: ReportRunFlags,
  io: CliIO,
  keep: 'scores',
): Promise<ReportRun<ScoredResult> | undefined>;
export async function lintForReport(
  paths: string[],
  flags: ReportRunFlags,
  io: CliIO,
  keep: 'deadlines' | 'all',
): Promise<ReportRun<CaseResult> | undefined>;
export async function lintForReport(
  paths: string[],
  flags: ReportRunFlags,
  io: CliIO,
  keep: ReportKeep,
): Promise<ReportRun<ScoredResult> | undefined> {
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
    const results: ScoredResult[] = [];
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
      // each result is trimmed to what the report reads as it arrives, not kept whole until the end; a worker sends
      // only that
      keepResults: false,
      results: keep === 'all' ? 'full' : keep,
      onResult: (r, index) => {
        results[index] = reportResult(r, keep as 'all', strings);
      },
    });
    progress.done();
    if (run.fatalInputError) io.exit(2);
    // the reports judge each case: its cross-case findings (duplicate number, second fine) count with its own
    // (as withCrossCase adds them to whole results)
    for (const item of run.crossCase ?? []) {
      const r = results[item.index];
      const kept = keptFinding(item.finding, keep);
      if (r && kept) results[item.index] = { ...r, findings: [...r.findings, kept] };
    }
    return { run: { ...run, results }, lang, cwd };
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.text(flags.lang, cwd)}\n`);
      io.exit(2);
      return undefined;
    }
    throw error;
  }
}
