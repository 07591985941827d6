/** Reporting periods: --month YYYY-MM, --year YYYY, or --from/--to. */
import type { IsoDate } from '../model/case-data.js';
import { addDays, addMonths, isIsoDate } from '../model/dates.js';

export interface Period {
  from: IsoDate;
  /** inclusive */
  to: IsoDate;
  label: string;
}

export function monthPeriod(month: string): Period | undefined {
  if (!/^\d{4}-\d{2}$/.test(month) || !isIsoDate(`${month}-01`)) return undefined;
  const from = `${month}-01`;
  return { from, to: addDays(addMonths(from, 1), -1), label: month };
}

export function yearPeriod(year: string): Period | undefined {
  if (!/^\d{4}$/.test(year)) return undefined;
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: year };
}

export function rangePeriod(from: IsoDate | undefined, to: IsoDate | undefined): Period {
  const f = from ?? '0001-01-01';
  const t = to ?? '9999-12-31';
  return { from: f, to: t, label: `${from ?? '…'} – ${to ?? '…'}` };
}

export function inPeriod(date: IsoDate | undefined, p: Period): boolean {
  return date !== undefined && p.from <= date && date <= p.to;
}
