/**
 * Service of documents (送达) as the procedure and execution packs both need it: which 民事诉讼法 text governs a
 * service step, and the day a served document counts as received — for public-notice service (公告送达) the day
 * the notice period has run (民事诉讼法 2017 §92: sixty days; 2021 and 2023 §95: thirty days), not the day of
 * the notice. Periods the party has "from receipt" (陈述申辩, 听证申请, 缴纳罚款) run from that day.
 */
import type { IsoDate } from '../../src/model/case-data.js';
import type { TimelineEvent } from '../../src/model/case.js';
import type { LegalBasis, RuleContext } from '../../src/engine/types.js';
import { basis } from './law.js';

/** civil procedure law version in force on a date (2017 text until 2021-12-31). */
export function civilProcedureVersion(ctx: RuleContext, date: IsoDate): string {
  return (
    ctx.law.proceduralVersion('civil-procedure-law', date)?.label ??
    (date >= '2024-01-01' ? '2023' : date >= '2022-01-01' ? '2021' : '2017')
  );
}

/** public-notice service periods: 民事诉讼法 2017 §92 sixty days; 2021 and 2023 §95 thirty days */
export function publicNoticePeriod(
  ctx: RuleContext,
  noticeDate: IsoDate,
): { days: number; basis: LegalBasis } {
  const v = civilProcedureVersion(ctx, noticeDate);
  return v === '2017'
    ? { days: 60, basis: basis('civil-procedure-law', '2017', 92) }
    : { days: 30, basis: basis('civil-procedure-law', v, 95) };
}

/**
 * The day the party received (or is deemed to have received) a served document. Public notice: service is
 * deemed complete when the notice period has run (the period counted from the notice, start day excluded).
 */
export function receivedOn(ctx: RuleContext, served: TimelineEvent): IsoDate {
  if (served.method === 'public-notice') {
    const { days } = publicNoticePeriod(ctx, served.date);
    return ctx.calendar.add(served.date, days, 'day').to;
  }
  return served.date;
}
