/**
 * 当场处罚 (simple procedure): the prior notice of 行政处罚法 2021 §44 (2017 §31) is given orally by the officers and
 * recorded on the on-the-spot decision (§52; 2017 §34); there is no written 事先告知书 and no proof of its service.
 * The case format records it as a prior-notice-served event with `oral: true` and `recorded_in` (a document id).
 */
import type { TimelineEventData } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';

/**
 * An oral prior notice of a simple-procedure case. In the general procedure the notice is a written 告知书
 * (环境行政处罚办法 2010 §48; 生态环境行政处罚办法 2023 §44), so `oral: true` there changes nothing.
 */
export function isOralNotice(c: Case, e: Pick<TimelineEventData, 'event' | 'oral'>): boolean {
  return c.data.case.procedure === 'simple' && e.event === 'prior-notice-served' && e.oral === true;
}

/**
 * A decision handed to the party on the spot (当场交付, 行政处罚法 2021 §52 ¶1 / §61 ¶1; 2017 §34 ¶2, §40): the
 * party signs the decision itself (a refusal is noted on it), so no separate 送达回证 is required.
 */
export function handedOverOnTheSpot(c: Case, e: Pick<TimelineEventData, 'event' | 'method'>): boolean {
  return c.data.case.procedure === 'simple' && e.event === 'decision-served' && e.method === 'on-the-spot';
}
