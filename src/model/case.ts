/**
 * The normalised case the rules see: the validated data plus resolved law references, typed timeline
 * access and the key dates. Built by src/model/build.ts; rules never see raw YAML.
 */
import type {
  CaseData,
  IsoDate,
  LawRefData,
  TimelineEventData,
  TimelineEventType,
  DocumentData,
  DocumentType,
} from './case-data.js';
import type { AgencyKind } from './agency.js';

export interface LawRef {
  /** law line id (src/law/data/laws.yaml), or undefined when the name is unknown */
  law: string | undefined;
  /** the name as written in the case file */
  written: string;
  article: number;
  paragraph?: number;
  item?: number;
  clause?: string;
  /** JSON pointer of the reference in the case data */
  pointer: string;
}

export interface TimelineEvent extends TimelineEventData {
  /** index in the case file's timeline */
  index: number;
  /** JSON pointer, e.g. /timeline/3 */
  pointer: string;
}

/** A step the record says happened but without an exact date (date absent, `unknown`, or only `2021-03` / `2021`). */
export interface UndatedEvent extends Omit<TimelineEventData, 'date'> {
  /** the partial date as written (YYYY-MM or YYYY), when one was */
  when?: string;
  index: number;
  pointer: string;
}

/**
 * How much of the file the record holds. `dossier`: the whole case file, so a step missing from the timeline is
 * missing from the file; `partial`: a published decision or an incomplete archive, so a step not listed is only
 * not recorded.
 */
export type RecordExtent = 'dossier' | 'partial';

export interface Case {
  data: CaseData;
  record: RecordExtent;
  /** steps known to have happened without an exact date; they are not in `timeline` */
  undated: UndatedEvent[];
  /**
   * JSON pointers of the facts the file states, for the sections the normalised data fills with a default when
   * absent: /case/number|cause|source|procedure|status, /officers, /timeline, /documents, /measures, /violation/facts,
   * /penalty/kinds, /party/type, /party/name
   */
  known: Set<string>;
  /**
   * the procedure is known: recorded, or shown by the steps (an oral notice, a filed on-the-spot decision: simple; a
   * filing step: general) or by a penalty only the general procedure imposes. Otherwise `data.case.procedure` is
   * the default 'general', which rules of the general procedure must not take for a fact.
   */
  procedureShown: boolean;
  /** dates the file gives only partly (`2021-03`, `2021`) or as `unknown`, by JSON pointer, with the days they span */
  approx: Map<string, { from: IsoDate; to: IsoDate } | undefined>;
  /** citations that name a law without its article (JSON pointers) */
  unresolvedRefs: string[];
  /** kind of the deciding agency, recorded or read from its name; undefined when neither says */
  agencyKind: AgencyKind | undefined;
  /** case number (case.number) */
  id: string;
  /** absolute path of the case folder */
  dir: string;
  /** path of the case file relative to the working directory (for display) */
  file: string;
  timeline: TimelineEvent[];
  violated: LawRef[];
  basis: LawRef[];
  /** the legal basis of a no-penalty decision (penalty.no_penalty.basis), when recorded */
  noPenaltyBasis?: LawRef;
  dates: {
    /** the day the act occurred, or ended when continuing (行政处罚法 2021 §36(2)) */
    act?: IsoDate;
    discovered?: IsoDate;
    filed?: IsoDate;
    decided?: IsoDate;
    /**
     * the date that decides which law versions apply to the case as a whole: the decision date, else the latest
     * recorded step (never --as-of). Undefined when the record dates nothing. See `caseLawDate`.
     */
    law?: IsoDate;
  };
}

export function eventsOf(c: Case, type: TimelineEventType): TimelineEvent[] {
  return c.timeline.filter((e) => e.event === type);
}

export function firstEvent(c: Case, type: TimelineEventType): TimelineEvent | undefined {
  return c.timeline.find((e) => e.event === type);
}

export function lastEvent(c: Case, type: TimelineEventType): TimelineEvent | undefined {
  return eventsOf(c, type).at(-1);
}

/** the step is on the timeline, dated or not */
export function hasEvent(c: Case, type: TimelineEventType): boolean {
  return c.timeline.some((e) => e.event === type) || c.undated.some((e) => e.event === type);
}

/**
 * No decision has been made yet (none recorded, dated or not, and the case is open): `penalty` records the penalty
 * the agency proposes, not one it decided.
 */
export function penaltyIsProposal(c: Case): boolean {
  return c.data.case.status === 'open' && !hasEvent(c, 'decision');
}

/** a step the rule would report as missing: absent from a full dossier (not merely unrecorded in a partial record) */
export function provedAbsent(c: Case, type: TimelineEventType): boolean {
  return c.record === 'dossier' && !hasEvent(c, type);
}

export function documentsOf(c: Case, type: DocumentType): DocumentData[] {
  return (c.data.documents ?? []).filter((d) => d.type === type);
}

export function documentById(c: Case, id: string): DocumentData | undefined {
  return (c.data.documents ?? []).find((d) => d.id === id);
}

/** JSON pointer of a document entry */
export function documentPointer(c: Case, id: string): string | undefined {
  const i = (c.data.documents ?? []).findIndex((d) => d.id === id);
  return i < 0 ? undefined : `/documents/${i}`;
}

export type { LawRefData };

/**
 * The one date that decides the law versions for a case: its decision date; without one, the latest step the record
 * dates. `--as-of` never stands in for it: a case that dates nothing has no version, and rules that need one report
 * it as not checked (fact `case-date`).
 */
export function caseLawDate(timeline: readonly { event: string; date: IsoDate }[]): IsoDate | undefined {
  const decision = timeline.find((e) => e.event === 'decision');
  if (decision) return decision.date;
  let latest: IsoDate | undefined;
  for (const e of timeline) if (latest === undefined || e.date > latest) latest = e.date;
  return latest;
}
