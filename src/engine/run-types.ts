/** What one lint run produces; formatters, reports, deadlines and stats all read this. */
import type { Case } from '../model/case.js';
import type { CaseCoverage, Finding, Rule, RuleMeta } from './types.js';
import type { IsoDate } from '../model/case-data.js';
import type { ResolvedConfig } from './config.js';
import type { CaseSummary } from '../report/summary.js';
import type { CrossCaseFacts } from './cross-facts.js';
import type { CrossCaseItem } from './cross-case.js';

/**
 * The result of one case. It is plain data (structured-cloneable): it crosses from worker threads and is stored in
 * the result cache, so any per-case result added here (findings, coverage, …) flows through both unchanged.
 */
export interface CaseResult {
  /** path of the case file (or folder, when no file was found), relative to the working directory */
  file: string;
  /** the case number, when the case could be loaded (present whether or not `case` is kept) */
  caseId?: string;
  /**
   * the normalised case: only when the caller asked for it (`keepCase`, e.g. the html format and the reports);
   * otherwise dropped as soon as the rules have run, so memory stays flat in the number of cases
   */
  case?: Case;
  /** what the reports read of the case (status, dates, fine, tools…), when the case could be loaded */
  summary?: CaseSummary;
  /** active findings and waived ones (`waived` set) */
  findings: Finding[];
  /** what was checked and what was not (absent when the case could not be loaded) */
  coverage?: CaseCoverage;
  /**
   * the case's compact facts for the cross-case rules (number, agency, party codes, violated provisions, act dates,
   * outcome); present when a cross-case rule is active and the case loaded
   */
  facts?: CrossCaseFacts;
}

export interface LintRun {
  /** every case's result in input order; empty when the caller took them from `onResult` (`keepResults: false`) */
  results: CaseResult[];
  /** how many results there were (kept or not) */
  caseCount?: number;
  /** metadata of the rules that ran */
  rules: RuleMeta[];
  asOf: IsoDate;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** a case file or path could not be read at all */
  fatalInputError: boolean;
  durationMs: number;
  /** how the run went: cases answered from the result cache, and the worker threads used (0: in this thread) */
  stats?: { cached: number; workers: number };
  /**
   * the cross-case findings (pack repo), known only after every case ran, in input order of their cases: they are
   * not in `results[index].findings` (formats show them after the cases; `withCrossCase` merges them for a
   * per-case view); the counts include them
   */
  crossCase?: CrossCaseItem[];
}

/** Worker threads for a run: `entry` is a module that serves lint jobs with the same rule set (see lint-worker.ts). */
export interface WorkerSetting {
  /** URL of the module to start in each worker (the bundle, which calls serveLintWorker at load) */
  entry: string;
  /** number of workers (default: the available cores); runs with fewer cases than `minCases` stay in this thread */
  count?: number;
  minCases?: number;
}

/** what of each case's result the caller reads (LintOptions.results) */
export type ResultShape = 'full' | 'scores' | 'deadlines';

export interface LintOptions {
  cwd: string;
  /** the rule set to run (the caller chooses it: all packs, one pack, a test rule …) */
  rules: Rule[];
  /**
   * every rule the caller knows of, a superset of `rules` (the CLI and the API give caselint's full list; the engine
   * never imports the rule packs): a waiver of one of these that is not in `rules` is not judged, a waiver of an id
   * in neither is an unknown rule. Default: `rules`.
   */
  knownRules?: Rule[];
  asOf?: IsoDate;
  configPath?: string;
  /** an already resolved configuration (the CLI resolves it once to report config errors); configPath is then unused */
  config?: ResolvedConfig;
  /** --rule id=severity overrides */
  ruleOverrides?: Record<string, string>;
  /** keep each result's normalised `Case` (formats and reports that draw the case need it) */
  keepCase?: boolean;
  /** per-case result cache file (--cache / --cache-location); absent: no cache */
  cacheFile?: string;
  /** worker threads; absent or false: every case runs in this thread */
  workers?: WorkerSetting | false;
  /** called after each case, for progress displays */
  onCase?: (done: number, total: number) => void;
  /** called once the rules are selected, before the first result: what a streamed format writes before the cases */
  onStart?: (start: { rules: RuleMeta[]; asOf: IsoDate }) => void;
  /** called with each result as soon as it and every result before it are known (input order) */
  onResult?: (result: CaseResult, index: number) => void;
  /**
   * called once, after every result was handed to onResult, with the cross-case findings (also in
   * `LintRun.crossCase`; never added to the results already handed on); not called when there are none
   */
  onCrossCase?: (items: CrossCaseItem[]) => void;
  /**
   * keep every result in `LintRun.results` (default true); false when `onResult` consumes them (streamed formats),
   * so that memory stays flat in the number of cases
   */
  keepResults?: boolean;
  /**
   * what the caller reads of each result (default `full`). `scores`: the summary without its places and each
   * finding's rule, severity, category, case and waiver; `deadlines`: those, and whole findings that carry a
   * deadline. A worker thread sends only that, so that the run's main thread does not receive (and collect) what
   * nobody reads; the cross-case facts always come. Never cached.
   */
  results?: ResultShape;
  /** lint this text as the case file `file` instead of the paths (an editor's buffer, --stdin) */
  stdin?: { file: string; contents: Uint8Array };
}
