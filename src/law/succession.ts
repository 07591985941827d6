/**
 * 从旧兼从轻 across a renumbering (行政处罚法 2021 §37): which clause in force at the decision date is the
 * act-time clause's counterpart. A renumbered clause (PenaltyClause.successors set) is followed by conduct; an
 * unrenumbered one by its own provision.
 */
import type { IsoDate } from '../model/case-data.js';
import type { ClauseQuery, ClauseSuccessor, PenaltyClause } from './types.js';
import { LawDataError } from './data-files.js';

export interface RawSuccessor {
  /** act-time items this link covers (absent = the whole row) */
  items?: number[];
  /** the later provision: law (default: the row's law), article, paragraph, item */
  to?: { law?: string; article: number; paragraph?: number; item?: number };
  /** true when one of the two texts was not available to read the link from */
  derived?: boolean;
  note?: string;
}

export function parseSuccessors(key: string, raw: RawSuccessor[], defaultLaw: string): ClauseSuccessor[] {
  return raw.map((r) => {
    if (typeof r.derived !== 'boolean')
      throw new LawDataError(`clauses.yaml: ${key}: each successor link says whether it is derived`);
    const link: ClauseSuccessor = { derived: r.derived };
    if (r.items?.length) link.items = [...r.items];
    if (r.to) {
      const to: ClauseQuery = { law: r.to.law ?? defaultLaw, article: r.to.article };
      if (r.to.paragraph !== undefined) to.paragraph = r.to.paragraph;
      if (r.to.item !== undefined) to.item = r.to.item;
      link.to = to;
    }
    if (r.note) link.note = r.note;
    return link;
  });
}

export const inForce = (c: PenaltyClause, date: IsoDate): boolean =>
  c.effectiveFrom <= date && (c.effectiveTo === undefined || date <= c.effectiveTo);

/** the links of a renumbered clause that can carry the cited conduct */
export function linksFor(clause: PenaltyClause, ref: ClauseQuery): ClauseSuccessor[] {
  const links = clause.successors ?? [];
  // an article cited without its item could mean any item of the row: every link applies
  if (ref.item === undefined) return links;
  const item = ref.item;
  return links.filter((l) => l.items === undefined || l.items.includes(item));
}

export interface LaterCounterpart {
  /** the clause to compare with; undefined when the act-time clause still applies or nothing comparable exists */
  later?: PenaltyClause;
  /** the act-time clause was renumbered and no successor is recorded for the cited conduct */
  noSuccessor?: boolean;
}

export function laterCounterpart(
  atAct: PenaltyClause,
  ref: ClauseQuery,
  decisionDate: IsoDate,
  find: (ref: ClauseQuery, date: IsoDate) => PenaltyClause | undefined,
  sameKeyAt: (key: string, date: IsoDate) => PenaltyClause | undefined = () => undefined,
): LaterCounterpart {
  if (inForce(atAct, decisionDate)) return {};
  // the same clause in a later version of the same text (固废法 2004 → 2016 keeps §75): its own row, before any
  // renumbering link of that text is followed
  const sameKey = sameKeyAt(atAct.key, decisionDate);
  if (sameKey && sameKey !== atAct) return { later: sameKey };
  // same numbering in the later text: the same provision
  if (atAct.successors === undefined) {
    const later = find(ref, decisionDate);
    return later && later !== atAct ? { later } : {};
  }
  const targets = new Set<PenaltyClause>();
  for (const link of linksFor(atAct, ref)) {
    const c = link.to ? find(link.to, decisionDate) : undefined;
    if (c) targets.add(c);
  }
  if (targets.size === 0) return { noSuccessor: true };
  // the citation does not say which item, and the items went to different rows: nothing to compare
  if (targets.size > 1) return {};
  const [later] = targets;
  return later ? { later } : {};
}
