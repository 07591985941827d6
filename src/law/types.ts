/**
 * The legal knowledge base API. Rules only ask these questions; the answers come from dated YAML data in
 * src/law/data/ (laws.yaml, clauses.yaml, thresholds.yaml, calendar-overrides.yaml).
 */
import type { IsoDate, PartyType, PenaltyKind, Yuan } from '../model/case-data.js';
import type { LegalBasis, Msg } from '../engine/types.js';

export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';

export interface LawVersion {
  /** `${lawId}@${effectiveFrom}` */
  id: string;
  /** law line id, e.g. admin-penalty-law */
  law: string;
  /** short version label used in messages and LegalBasis.version, e.g. '2017', '2021', '2010', '2023' */
  label: string;
  /** full title of this version's instrument, e.g. 中华人民共和国行政处罚法 */
  title: string;
  /** short display name, e.g. 行政处罚法 / 环境行政处罚办法 */
  shortTitle: string;
  effectiveFrom: IsoDate;
  /** last day in force (inclusive), when repealed or superseded */
  effectiveTo?: IsoDate;
  /** where this version was verified: a text in shared/law/texts, a digest section, an official number */
  source: string;
  confidence: Confidence;
  /** partial entry into force, e.g. 2017 §38(3) from 2018-01-01 */
  notes?: string[];
  /** number of articles (第X条 headings) of this version's full text in shared/law/texts; absent when not held */
  articles?: number;
  /**
   * the paragraphs (款) and items (项) of each article of this version's own text: article → items per paragraph
   * ([0] = one paragraph without items); from src/law/data/article-structure.yaml; absent when the text is not held
   */
  structure?: Readonly<Record<number, readonly number[]>>;
}

export interface LawLine {
  id: string;
  /** canonical Chinese short name */
  name: string;
  nameEn: string;
  aliases: string[];
  kind:
    | 'law'
    | 'admin-regulation'
    | 'dept-rule'
    | 'local-regulation'
    | 'local-gov-rule'
    | 'normative-doc'
    | 'judicial-interpretation';
  jurisdiction: 'CN' | 'CN-SH';
  versions: LawVersion[];
}

export interface LawRegistry {
  /** law line id for any alias (大气法, 《中华人民共和国大气污染防治法》 …), or undefined */
  resolve(nameOrAlias: string): string | undefined;
  line(lawId: string): LawLine | undefined;
  lines(): LawLine[];
  /** the version in force on a date; undefined if the law did not exist yet (or was repealed) */
  versionAt(lawId: string, date: IsoDate): LawVersion | undefined;
  /** procedure follows the law in force on the date of the step (程序从新) */
  proceduralVersion(lawId: string, stepDate: IsoDate): LawVersion | undefined;
  /** true when the date falls before the first version took effect */
  isBeforeLaw(lawId: string, date: IsoDate): boolean;
  /** display name of a law version: 行政处罚法(2021) / Administrative Penalty Law (2021) */
  display(lawId: string, versionLabel?: string): Msg;
  /** renders a LegalBasis: 行政处罚法(2021)第六十四条第一款第（二）项 / Administrative Penalty Law (2021) art. 64(1)(2) */
  cite(basis: LegalBasis): Msg;
}

// ---------------------------------------------------------------------------------------------
// Penalty-clause catalogue

export type FineBase =
  | 'illegal_gains'
  | 'goods_value'
  | 'disposal_cost'
  | 'direct_loss'
  | 'fees_owed'
  | 'fees_collected'
  | 'total_investment'
  | 'prior_year_income';

export type FineSpec =
  | { kind: 'fixed_range'; min: Yuan; max: Yuan }
  | { kind: 'max_only'; max: Yuan }
  | { kind: 'fixed_amount'; amount: Yuan }
  | { kind: 'per_unit'; amount: Yuan; unit: string }
  | { kind: 'per_occurrence'; min: Yuan; max: Yuan }
  | { kind: 'multiple_of_base'; base: FineBase; minMult: number; maxMult: number; baseFloor?: Yuan }
  | { kind: 'percentage_of_base'; base: FineBase; minPct: number; maxPct: number }
  | {
      kind: 'tiered_by_illegal_gains';
      threshold: Yuan;
      atOrAbove: { minMult: number; maxMult: number };
      below: { min: Yuan; max: Yuan };
    }
  | { kind: 'per_day' }
  | { kind: 'unspecified' };

export type SanctionKind =
  PenaltyKind | 'order-correct' | 'stop-construction' | 'restore' | 'proxy-performance';

export interface PenaltyTier {
  /** which situation of the clause this tier covers */
  stage: 'initial' | 'after_deadline' | 'after_refusal' | 'serious' | 'serious_consequence';
  target: 'unit' | 'individual' | 'responsible_person' | 'any';
  fine?: FineSpec;
  /** 并处/处 (true) vs 可以处 (false) */
  fineMandatory: boolean;
  otherSanctions: SanctionKind[];
}

export interface ClauseProvision {
  law: string;
  article: number;
  paragraph?: number;
  /** items covered by this clause (empty = the whole article/paragraph) */
  items?: number[];
  /**
   * the paragraph that lists the items, when it is not `paragraph` (固废法 2020 §102/§112 list the items in ¶1 and
   * set the amounts in ¶2): a citation of either paragraph with one of the items matches the clause
   */
  itemsParagraph?: number;
}

/**
 * Where the conduct of a clause continues after its law was renumbered (固废法 2016 → 2020, 环境噪声污染防治法 →
 * 噪声污染防治法 2022). 从旧兼从轻 compares the act-time clause with the clause this link names, never with whatever
 * the later text has under the old article number.
 */
export interface ClauseSuccessor {
  /** the act-time items this link covers (absent = every item of the clause) */
  items?: number[];
  /** the provision of the later text carrying the same conduct; absent = no later provision is recorded */
  to?: ClauseQuery;
  /** true when the link could not be read from both texts (e.g. the earlier text is not in shared/law/texts) */
  derived: boolean;
  note?: string;
}

export interface PenaltyClause {
  /** stable catalogue key, e.g. APL-108-1 (air law art. 108 item 1) */
  key: string;
  /** the penalty provision */
  provision: ClauseProvision;
  /** the law versions (LawVersion.id) whose text this row was read from */
  versions: string[];
  /** first and last dates this row's text is in force */
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  /** conduct provisions it pairs with */
  conduct: ClauseProvision[];
  summary: Msg;
  tiers: PenaltyTier[];
  /** the order to correct that must accompany the fine (责令改正 / 限期改正 …) */
  requiresOrderToCorrect: boolean;
  /** per-day (按日连续处罚) provision covering this conduct, e.g. air-law art. 123 */
  perDay?: ClauseProvision;
  /** detention transfer provision (环境保护法 §63 item) */
  detention?: ClauseProvision;
  /**
   * the clause penalises a duty other than discharging pollutants (土壤污染防治法 §86: a key soil unit's monitoring,
   * reporting and soil-protection duties): conduct flagged as falsified monitoring data under it is not discharge by
   * evasion (环境保护法 §63(3), 查封扣押办法 §4 ¶1(4))
   */
  notDischarge?: boolean;
  /**
   * set when a later text renumbered this clause's article: the successors by conduct (empty = none recorded).
   * Absent = the later text keeps the numbering, so the same article number is the same clause.
   */
  successors?: ClauseSuccessor[];
  /** verified against the statute text in shared/law/texts */
  confirmed: boolean;
  source: string;
}

export interface ClauseQuery {
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}

export interface ApplicableClause {
  clause: PenaltyClause;
  /** act-time law, or a later milder version (行政处罚法 2021 §37 从旧兼从轻) */
  reason: 'act-time' | 'milder-later';
  actTimeClause?: PenaltyClause;
  /** the clause in force at the decision date that was compared with the act-time clause (when one was) */
  laterClause?: PenaltyClause;
  /**
   * true when the act-time clause was renumbered by a later text in force at the decision date and no successor is
   * recorded for the cited conduct: nothing was compared (ask whether the later law still penalises the conduct)
   */
  noSuccessor?: boolean;
}

/** catalogue keys that can cover the same act (行政处罚法 2021 §29; local clauses yield to national ones) */
export interface ClauseOverlap {
  keys: string[];
  conduct: Msg;
}

export interface ClauseCatalogue {
  all(): PenaltyClause[];
  /** groups of keys that can cover the same act as this key (optional; see src/law/data/clause-overlaps.yaml) */
  overlaps?(key: string): ClauseOverlap[];
  byKey(key: string): PenaltyClause[];
  /**
   * the clause whose provision matches the reference and is in force on the date: an exact match of the cited
   * paragraph and item first, else the most specific row; when several rows match equally (an article cited without
   * the paragraph or item that tells its rows apart, e.g. 大气法 §118) the first in catalogue order — use findAll
   */
  find(ref: ClauseQuery, date: IsoDate): PenaltyClause | undefined;
  /** every clause in force on the date that the reference can mean, best match first (more than one = ambiguous) */
  findAll?(ref: ClauseQuery, date: IsoDate): PenaltyClause[];
  /**
   * 从旧兼从轻: the act-time clause unless the clause in force at the decision date is milder. The later clause is the
   * act-time clause's successor by conduct when a later text renumbered it (PenaltyClause.successors), else the same
   * provision.
   */
  applicable(ref: ClauseQuery, actDate: IsoDate, decisionDate: IsoDate): ApplicableClause | undefined;
  /**
   * fine bounds of a tier given the recorded bases; undefined bounds when the base is missing.
   * tiered_by_illegal_gains (放射性同位素条例 §52, 放射性污染防治法 §53): record illegal_gains 0 when there were no
   * gains (没有违法所得 → the fixed range, no missingBase). When gains are not recorded at all the bounds are still the
   * fixed range for gains below the threshold, and missingBase is 'illegal_gains' so a rule can say the check assumed
   * gains under the threshold.
   */
  bounds(
    spec: FineSpec,
    bases: Partial<Record<FineBase | 'units' | 'occurrences' | 'days' | 'original_fine', number>>,
  ): { min?: Yuan; max?: Yuan; missingBase?: string };
}

// ---------------------------------------------------------------------------------------------
// Thresholds

export interface Threshold {
  amount: Yuan;
  /** true when 以上 includes the amount itself */
  inclusive: boolean;
  basis: LegalBasis;
  confidence: Confidence;
  note?: Msg;
}

export interface Thresholds {
  /** 较大数额罚款 that triggers the hearing right, by the instrument in force on the date of the prior notice */
  hearing(date: IsoDate, party: PartyType, jurisdiction: string): Threshold;
  /** 2023 measures §52: collective discussion at or above ¥500,000 */
  collectiveDiscussion(date: IsoDate): Threshold | undefined;
  /** simple procedure ceiling (行政处罚法 2017 §33 / 2021 §51) */
  simpleProcedure(date: IsoDate, party: PartyType): Threshold;
  /** on-the-spot collection ceiling (2017 §47 / 2021 §68) */
  onTheSpotCollection(date: IsoDate): Threshold;
  /** does the amount reach the threshold, honouring inclusivity */
  reaches(amount: Yuan, t: Threshold): boolean;
}

// ---------------------------------------------------------------------------------------------
// Calendar

export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  /** statutory holiday name (zh), e.g. 国庆节 */
  holiday?: string;
  /** statutory holiday name (en), e.g. National Day */
  holidayEn?: string;
  /** a weekend day that is a make-up workday (调休) */
  makeUpWorkday?: boolean;
  /** the holiday a make-up workday belongs to (zh / en) */
  makeUpFor?: string;
  makeUpForEn?: string;
  weekend: boolean;
  /** false when the date is outside the holiday data (2004–2026 + overrides) */
  covered: boolean;
}

export type PeriodUnit = 'workday' | 'day' | 'month' | 'year';

export interface SkippedDay {
  date: IsoDate;
  reason: Msg;
}

export interface PeriodResult {
  from: IsoDate;
  /** last day of the period (inclusive) */
  to: IsoDate;
  unit: PeriodUnit;
  count: number;
  /** days not counted (working-day periods) or the roll-over days (calendar periods) */
  skipped: SkippedDay[];
  /** calendar periods whose last day fell on a rest day and moved to the next workday */
  rolledFrom?: IsoDate;
  /** e.g. the period reaches a year without holiday data */
  warnings: Msg[];
}

export interface PeriodOptions {
  /** calendar/month/year periods: move a last day on a rest day or holiday to the next workday (default true) */
  rollToWorkday?: boolean;
}

export interface Calendar {
  day(date: IsoDate): DayInfo;
  isWorkday(date: IsoDate): boolean;
  /** the start day is not counted (行政处罚法 2021 §85 with 民事诉讼法 期间; 生态环境行政处罚办法 2023 §90) */
  add(from: IsoDate, count: number, unit: PeriodUnit, options?: PeriodOptions): PeriodResult;
  /** number of working days in (from, to] */
  workdaysBetween(from: IsoDate, to: IsoDate): number;
  /** first and last year with holiday data */
  coverage(): { first: number; last: number };
}
