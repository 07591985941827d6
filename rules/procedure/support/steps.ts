/** Case helpers of the procedure pack: the decision, investigative steps, investigators. */
import { notChecked } from '../../../src/engine/coverage.js';
import type { RuleFinding } from '../../../src/engine/types.js';
import type { PenaltyKind, TimelineEventType } from '../../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../../src/model/case.js';
import { eventsOf, firstEvent, lastEvent } from '../../../src/model/case.js';
import { groupedEn } from '../../../src/text/grouped.js';

/** steps that gather evidence and need two certified officers (行政处罚法 2021 §42, §55; 2017 §37). */
export const INVESTIGATIVE_STEPS: readonly TimelineEventType[] = [
  'inspection',
  'reinspection',
  'inquiry',
  'sampling',
  'evidence-preserved',
];

/**
 * The general procedure, as the record gives it or shows it (Case.procedureShown). An unrecorded procedure is not
 * assumed general (the model's default): a simple-procedure case would be charged with the steps it does not have.
 */
export function isGeneral(c: Case): boolean {
  return c.data.case.procedure === 'general' && c.procedureShown;
}

/**
 * what a rule of the general procedure says of a case that is not one: nothing (simple, as recorded or as its steps
 * show), or that the procedure is not recorded
 */
export function notGeneral(c: Case): RuleFinding[] {
  return c.procedureShown ? [] : [notChecked('procedure')];
}

/** the penalty decision (the first one; a later one is a change recorded as decision-changed). */
export function decisionOf(c: Case): TimelineEvent | undefined {
  return firstEvent(c, 'decision');
}

/** a decision imposing a penalty (not a 不予处罚 decision). */
export function imposesPenalty(c: Case): boolean {
  return c.data.penalty.no_penalty === undefined && c.data.penalty.kinds.length > 0;
}

/** the last prior notice served on or before the date (or the last one at all). */
export function priorNoticeBefore(c: Case, date?: string): TimelineEvent | undefined {
  const notices = eventsOf(c, 'prior-notice-served');
  if (date === undefined) return notices.at(-1);
  return notices.filter((e) => e.date <= date).at(-1);
}

export function filingOf(c: Case): TimelineEvent | undefined {
  return firstEvent(c, 'filing-approved');
}

export function hearingHeld(c: Case): TimelineEvent | undefined {
  return lastEvent(c, 'hearing-held');
}

/** events of the given types dated within [from, to] */
export function eventsBetween(
  c: Case,
  types: readonly TimelineEventType[],
  from: string,
  to: string,
): TimelineEvent[] {
  return c.timeline.filter((e) => types.includes(e.event) && e.date >= from && e.date <= to);
}

/** names of the case investigators: officers with the investigator role and officers on investigative steps. */
export function investigators(c: Case): Set<string> {
  const names = new Set<string>();
  for (const o of c.data.officers) if (o.roles?.includes('investigator')) names.add(o.name);
  for (const e of c.timeline) {
    if (INVESTIGATIVE_STEPS.includes(e.event) || e.event === 'investigation-report') {
      for (const n of e.officers ?? []) names.add(n);
    }
  }
  return names;
}

/** the penalty proposed in a notice, falling back on the decided penalty when the notice does not record it. */
export function proposedOf(
  c: Case,
  notice: TimelineEvent | undefined,
): { kinds: PenaltyKind[]; fine?: number; recorded: boolean } {
  if (notice?.proposed) {
    const p: { kinds: PenaltyKind[]; fine?: number; recorded: boolean } = {
      kinds: notice.proposed.kinds,
      recorded: true,
    };
    if (notice.proposed.fine !== undefined) p.fine = notice.proposed.fine;
    return p;
  }
  const p: { kinds: PenaltyKind[]; fine?: number; recorded: boolean } = {
    kinds: c.data.penalty.kinds,
    recorded: false,
  };
  if (c.data.penalty.fine !== undefined) p.fine = c.data.penalty.fine;
  return p;
}

export function formatYuan(n: number): string {
  return `¥${groupedEn(n)}`;
}
