/** Period and deadline helpers: every count goes through ctx.calendar (start day not counted). */
import type { IsoDate } from '../../../src/model/case-data.js';
import type { Deadline, Msg, RuleContext, Severity } from '../../../src/engine/types.js';
import type { Case } from '../../../src/model/case.js';
import type { PeriodUnit } from '../../../src/law/types.js';
import { addDays, daysBetween } from '../../../src/model/dates.js';

export type DayUnit = 'workday' | 'day';

/** last day of a period of n units counted from `from` (start day excluded). */
export function periodEnd(
  ctx: RuleContext,
  from: IsoDate,
  n: number,
  unit: PeriodUnit,
  roll = true,
): IsoDate {
  return ctx.calendar.add(from, n, unit, { rollToWorkday: roll }).to;
}

/** moves a date on a rest day to the next working day (calendar periods, 民事诉讼法 期间 rule). */
export function rollToWorkday(ctx: RuleContext, date: IsoDate): IsoDate {
  let d = date;
  for (let i = 0; i < 40 && !ctx.calendar.isWorkday(d); i++) d = addDays(d, 1);
  return d;
}

/** how far b lies after a, in the unit of the period (working days counts days in (a, b]). */
export function distance(ctx: RuleContext, a: IsoDate, b: IsoDate, unit: DayUnit): number {
  return unit === 'workday' ? ctx.calendar.workdaysBetween(a, b) : daysBetween(a, b);
}

export function unitZh(unit: DayUnit): string {
  return unit === 'workday' ? '个工作日' : '日';
}

export function unitEn(unit: DayUnit, n: number): string {
  return unit === 'workday' ? `working day${n === 1 ? '' : 's'}` : `day${n === 1 ? '' : 's'}`;
}

export function countText(n: number, unit: DayUnit): Msg {
  return { zh: `${n}${unitZh(unit)}`, en: `${n} ${unitEn(unit, n)}` };
}

export function isOpen(c: Case): boolean {
  return c.data.case.status === 'open';
}

export interface PendingCheck {
  label: Msg;
  from: IsoDate;
  due: IsoDate;
  unit: DayUnit;
}

/**
 * For a period whose closing act has not happened: in an open case before the due date it is pending
 * (severity info, with the days left); otherwise it has passed.
 */
export function pendingOrOverdue(
  c: Case,
  ctx: RuleContext,
  p: PendingCheck,
): { deadline: Deadline; severity?: Severity; remaining: number; pending: boolean } {
  const pending = isOpen(c) && ctx.asOf <= p.due;
  const remaining = pending ? distance(ctx, ctx.asOf, p.due, p.unit) : 0;
  return {
    deadline: { label: p.label, due: p.due, from: p.from, status: pending ? 'pending' : 'overdue' },
    ...(pending ? { severity: 'info' as const } : {}),
    remaining,
    pending,
  };
}

export function overdueDeadline(label: Msg, from: IsoDate, due: IsoDate): Deadline {
  return { label, due, from, status: 'overdue' };
}
