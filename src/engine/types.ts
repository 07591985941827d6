import type { IsoDate } from '../model/case-data.js';
import type { Case } from '../model/case.js';
import type { Calendar, ClauseCatalogue, LawRegistry, Thresholds } from '../law/types.js';
import type { FactKey } from './facts.js';
import type { CrossCaseFacts } from './cross-facts.js';

/** A message in both languages; formatters pick one by --lang. */
export interface Msg {
  zh: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** The eight review categories of 环境行政处罚案卷评查指南 (环办〔2012〕98号). */
export type ReviewCategory =
  '主体合法' | '事实清楚' | '证据充分' | '适用法律正确' | '程序合法' | '文书规范' | '执行到位' | '归档规范';

export const REVIEW_CATEGORIES: readonly ReviewCategory[] = [
  '主体合法',
  '事实清楚',
  '证据充分',
  '适用法律正确',
  '程序合法',
  '文书规范',
  '执行到位',
  '归档规范',
];

/**
 * A legal basis: law line id (see src/law/data/laws.yaml), the version label in force for the act
 * (e.g. '2021', '2017', '2010', '2023'), and the provision.
 */
export interface LegalBasis {
  law: string;
  version: string;
  article: number;
  paragraph?: number;
  item?: number;
  /** a short qualifier, e.g. "by analogy" or "unconfirmed" */
  note?: string;
}

/** A statutory deadline a rule computed; `caselint deadlines` and --as-of use it. */
export interface Deadline {
  label: Msg;
  /** the last day of the period (inclusive) */
  due: IsoDate;
  /** the day the period started (not counted) */
  from?: IsoDate;
  status: 'pending' | 'met' | 'overdue';
}

/** What a rule's check returns. The engine adds rule id, case, file and location. */
export interface RuleFinding {
  message: Msg;
  /** JSON pointer into the case data, e.g. /timeline/4/date; the engine maps it to line:column */
  path?: string;
  /** overrides the rule's configured severity (e.g. an unconfirmed catalogue row gives a warning) */
  severity?: Severity;
  /** overrides / refines the rule's basis for this finding (e.g. the version that applied) */
  basis?: LegalBasis[];
  suggestion?: Msg;
  /** an attachment file (relative to the case folder) the finding is about, instead of the case file */
  file?: string;
  /** location in that attachment, if known */
  line?: number;
  column?: number;
  deadline?: Deadline;
  /**
   * The root cause, when more than one rule can see the same defect: findings of one case with the same key are
   * merged into one (the engine keeps the most severe and lists the others' rules in `related`). Keys are
   * `<defect>:<where>`, e.g. `service-proof:/timeline/10` for a service step recorded without proof of service.
   */
  cause?: string;
  /**
   * Set when the check could not run: the engine does not report this as a finding but as coverage (one grouped
   * info finding per missing fact, and the case's `coverage`). Build it with `notChecked()` (src/engine/coverage.ts).
   */
  gap?: Gap;
  /** the check the gap blocked (noun phrase, e.g. 罚款幅度); default: the rule's `check` or title */
  check?: Msg;
}

/**
 * Why a check did not run. `fact` is a stable key: all gaps with the same fact and kind become one grouped
 * finding. `kind`:
 * - not-recorded: the case file does not record the fact (absent, `unknown`, or only partly known);
 * - not-in-catalogue: the cited provision is not in caselint's clause catalogue or article data;
 * - not-covered: caselint's law data does not reach the date or jurisdiction;
 * - out-of-scope: the check does not apply to this kind of case (e.g. a public-security decision).
 */
export interface Gap {
  fact: string;
  kind: 'not-recorded' | 'not-in-catalogue' | 'not-covered' | 'out-of-scope';
  /** the fact as a noun phrase: 处罚决定日期 / the decision date; for out-of-scope, the reason as a clause */
  label: Msg;
  /** JSON pointer where the fact would be recorded */
  path?: string;
}

export interface RuleExample {
  /** fixture file path relative to the repository root */
  fixture: string;
  note?: Msg;
}

/**
 * A rule option as declared by the rule: the configuration's value is checked against it (src/engine/rule-options.ts)
 * and a wrong name, type or value is a located configuration error.
 */
export interface RuleOptionSpec {
  description: Msg;
  default: unknown;
  /** `date`: YYYY-MM-DD; `string[]`: a list of strings (of `enum` when given) */
  type: 'boolean' | 'number' | 'integer' | 'string' | 'date' | 'string[]';
  /** the allowed strings (of the value, or of each item of a list) */
  enum?: readonly string[];
  /** inclusive bounds of a number */
  minimum?: number;
  maximum?: number;
}

export interface RuleMeta {
  /** pack/name, e.g. apl/prior-notice-before-decision */
  id: string;
  title: Msg;
  /** what the rule checks and why it matters */
  description: Msg;
  severity: Severity;
  category: ReviewCategory;
  /** every rule cites its basis; the version label says which text the rule applies */
  basis: LegalBasis[];
  /** ids of the digest candidates this rule implements (APL-014, ENV-NOT-001, …) */
  candidates?: string[];
  /** documented options with their defaults and the values they take (checked in the configuration) */
  options?: Record<string, RuleOptionSpec>;
  /** true if the rule needs attachments to be read (documents pack) */
  needsAttachments?: boolean;
  /** the check as a short noun phrase for coverage lines (罚款幅度 / fine range); default: title */
  check?: Msg;
  /**
   * facts the whole rule needs (keys of src/engine/facts.ts). When one is not recorded the engine does not run the
   * rule and reports the gap as coverage.
   */
  needs?: FactKey[];
  /** agency kinds the rule is written for (default: environmental agencies only; see src/model/agency.ts) */
  agencies?: 'environmental' | 'any';
  /**
   * the rule judges the penalty imposed (amount, kinds, range). On an open case without a decision, `penalty` is the
   * proposal: the engine words the findings as about the proposed penalty and caps error at warning (a proposal
   * outside the law is a defect to fix before deciding, not yet an unlawful decision).
   */
  judgesPenalty?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(c: Case, ctx: RuleContext): RuleFinding[];
  /**
   * A cross-case rule (pack `repo`): compares the cases linted together, after all of them ran. Such a rule never
   * runs per case (`check` is not called by the engine); one case linted alone gives it nothing to compare.
   */
  across?(cases: readonly CrossCase[], ctx: CrossCaseContext): CrossRuleFinding[];
}

/** One loaded case as the cross-case rules see it. */
export interface CrossCase {
  /** the case's position among the run's results (input order) */
  index: number;
  /** path of the case file relative to the working directory */
  file: string;
  /** its folder, relative to the working directory ('.' for the working directory itself) */
  folder: string;
  facts: CrossCaseFacts;
}

/** What a cross-case rule returns: a finding on the case at `index`. */
export interface CrossRuleFinding {
  index: number;
  message: Msg;
  /** JSON pointer into that case's file (default /case/number) */
  path?: string;
  severity?: Severity;
  basis?: LegalBasis[];
  suggestion?: Msg;
  cause?: string;
}

export interface CrossCaseContext {
  law: LawRegistry;
  options: Record<string, unknown>;
}

/** Attachment facts prepared before the rules run (rules never read files). See src/load/attachments.ts. */
export interface AttachmentInfo {
  /** documents[].id */
  id: string;
  file: string;
  status: 'ok' | 'missing' | 'empty' | 'outside' | 'too-large' | 'unreadable';
  size?: number;
  sha256?: string;
  /** extracted text, when the format allows */
  text?: string;
  /** why no text: scanned, encrypted, corrupt, mislabelled, bomb … */
  textStatus?:
    'ok' | 'scanned' | 'unsupported' | 'encrypted' | 'corrupt' | 'mislabelled' | 'too-large' | 'bomb';
  textNote?: Msg;
}

export interface AttachmentIndex {
  byId: Map<string, AttachmentInfo>;
  /** files in the case folder not listed in documents[] */
  unlisted: string[];
}

export interface Settings {
  /** whether 以上 in a threshold includes the amount itself (documented default: true, 民法典 §1259) */
  thresholdInclusive: boolean;
  /** jurisdiction used for local thresholds and benchmarks */
  jurisdiction: string;
}

export interface RuleContext {
  law: LawRegistry;
  calendar: Calendar;
  thresholds: Thresholds;
  catalogue: ClauseCatalogue;
  /** the date deadlines are judged against (--as-of, default today) */
  asOf: IsoDate;
  /** this rule's options, defaults merged with config */
  options: Record<string, unknown>;
  settings: Settings;
  /** present when attachments were read */
  attachments?: AttachmentIndex;
}

/** A finding as reported. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** 'coverage' for the grouped not-recorded / not-checked infos, 'input' for load errors */
  category: ReviewCategory | 'input' | 'coverage';
  message: Msg;
  /** case number, or the folder name when the case could not be read */
  case: string;
  /** path to the file, relative to the working directory */
  file: string;
  line: number;
  column: number;
  path?: string;
  basis: LegalBasis[];
  suggestion?: Msg;
  deadline?: Deadline;
  /** the root-cause key (see RuleFinding.cause) when the rule gave one */
  cause?: string;
  /** the other rules that found the same defect (same `cause`), merged into this finding */
  related?: string[];
  /** set when a waiver in the case file silenced the finding */
  waived?: { reason: string; approved_by: string; date: IsoDate };
}

/** One check that did not run for a case, with every reason. */
export interface CheckNotRun {
  ruleId: string;
  check: Msg;
  reasons: Gap[];
}

/** What was checked for one case: the rules that ran fully and the checks that did not run, with reasons. */
export interface CaseCoverage {
  /** ids of the active rules that ran without a gap */
  checked: string[];
  notChecked: CheckNotRun[];
}
