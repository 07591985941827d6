/**
 * The document the JSON format writes (`caselint lint --format json`) and the API (`lint`, `lintCase`) returns.
 * src/format/json.ts builds it typed as `JsonReport`, so these types cannot drift from the output.
 */
import type { Deadline, Finding, Gap, LegalBasis, Msg, Severity } from '../engine/types.js';
import type { IsoDate } from '../model/case-data.js';

/** A legal basis with its citation in the report's language, e.g. 行政处罚法(2021)第五十七条. */
export interface JsonBasis extends LegalBasis {
  citation: string;
}

/** One finding as the JSON format writes it. */
export interface JsonFinding {
  /** pack/name, e.g. procedure/decision-time-limit; input/* for load errors, coverage/* for grouped gaps */
  ruleId: string;
  severity: Severity;
  category: Finding['category'];
  /** the message in the report's language (`lang`) */
  message: string;
  /** the message in both languages */
  messages: Msg;
  /** the case file, relative to the working directory */
  file: string;
  line: number;
  column: number;
  /** JSON pointer into the case data, e.g. /timeline/4/date */
  path: string | null;
  basis: JsonBasis[];
  suggestion: string | null;
  deadline: Deadline | null;
  /** the root-cause key shared by the rules that can see this defect */
  cause: string | null;
  /** the other rules that found the same defect, merged into this finding */
  related: string[];
  /** the waiver that silenced this finding (waived findings are listed, not counted) */
  waived: NonNullable<Finding['waived']> | null;
}

/** Why one check did not run for a case. */
export interface JsonGap {
  fact: string;
  kind: Gap['kind'];
  /** the reason in the report's language, e.g. 未记录处罚决定日期 */
  reason: string;
  path: string | null;
}

/** What was checked for one case and what could not be. */
export interface JsonCoverage {
  /** how many active rules ran without a gap */
  checked: number;
  notChecked: { ruleId: string; check: string; reasons: JsonGap[] }[];
  /** one line, e.g. 已检查 80 项，未检查 3 项（未记录…） */
  summary: string;
  checkedRules: string[];
}

/** The result of one case. */
export interface JsonCaseResult {
  file: string;
  /** the case number (or id); null when the case could not be loaded */
  case: string | null;
  /** null when the case could not be loaded */
  coverage: JsonCoverage | null;
  findings: JsonFinding[];
}

/** The JSON format's document. Counts exclude waived findings. */
export interface JsonReport {
  tool: 'caselint';
  asOf: IsoDate;
  summary: { cases: number; errors: number; warnings: number; infos: number };
  results: JsonCaseResult[];
  /**
   * the findings that compare cases (pack repo), known only after the last case: each with the index of its case
   * in `results`; absent when there are none
   */
  crossCase?: { index: number; file: string; case: string; finding: JsonFinding }[];
}
