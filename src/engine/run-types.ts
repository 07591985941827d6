/** What one lint run produces; formatters, reports, deadlines and stats all read this. */
import type { Case } from '../model/case.js';
import type { CaseCoverage, Finding, RuleMeta } from './types.js';
import type { IsoDate } from '../model/case-data.js';
import type { ResolvedConfig } from './config.js';

export interface CaseResult {
  /** path of the case file (or folder, when no file was found), relative to the working directory */
  file: string;
  /** absent when the case could not be loaded (then findings hold the located load errors) */
  case?: Case;
  /** active findings and waived ones (`waived` set) */
  findings: Finding[];
  /** what was checked and what was not (absent when the case could not be loaded) */
  coverage?: CaseCoverage;
}

export interface LintRun {
  results: CaseResult[];
  /** metadata of the rules that ran */
  rules: RuleMeta[];
  asOf: IsoDate;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** a case file or path could not be read at all */
  fatalInputError: boolean;
  durationMs: number;
}

export interface LintOptions {
  cwd: string;
  asOf?: IsoDate;
  configPath?: string;
  /** an already resolved configuration (the CLI resolves it once to report config errors); configPath is then unused */
  config?: ResolvedConfig;
  /** --rule id=severity overrides */
  ruleOverrides?: Record<string, string>;
  /** called after each case, for progress displays */
  onCase?: (done: number, total: number) => void;
  /** lint this text as the case file `file` instead of the paths (an editor's buffer, --stdin) */
  stdin?: { file: string; contents: Uint8Array };
}
