/**
 * Civil dates as 'YYYY-MM-DD' strings (China time, no time zone). All arithmetic goes through UTC
 * midnight so that no local time zone can shift a day.
 */
import type { IsoDate } from './case-data.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** a real calendar day written YYYY-MM-DD (proleptic Gregorian; arithmetic only: it is called for every date read) */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : (DAYS_IN_MONTH[mo - 1] ?? 0));
}

/**
 * A date of the case format that may be partial: YYYY-MM-DD (a real day), YYYY-MM, YYYY, or `unknown`.
 * A year written without quotes in YAML arrives as a number.
 */
export function isPartialDate(value: string | number): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999;
  if (value === 'unknown' || /^\d{4}$/.test(value)) return true;
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month) return Number(month[1]) >= 1 && Number(month[1]) <= 12;
  return isIsoDate(value);
}

/** the first and last day a partial date may stand for; undefined for `unknown` or a malformed value */
export function partialDateRange(value: string | number): { from: IsoDate; to: IsoDate } | undefined {
  const v = String(value);
  if (isIsoDate(v)) return { from: v, to: v };
  if (/^\d{4}$/.test(v)) return { from: `${v}-01-01`, to: `${v}-12-31` };
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return undefined;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${v}-01`, to: `${v}-${String(last).padStart(2, '0')}` };
}

export function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** whole days from a to b (b − a) */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** add months with the month-end clamp (民法典 §202: no corresponding day → last day of the month) */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1 + months;
  const d = Number(m[3]);
  const targetYear = y + Math.floor(mo / 12);
  const targetMonth = ((mo % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** weekday, 0 = Sunday … 6 = Saturday */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates.filter((d): d is IsoDate => d !== undefined).sort()[0];
}

export function maxDate(...dates: (IsoDate | undefined)[]): IsoDate | undefined {
  return dates
    .filter((d): d is IsoDate => d !== undefined)
    .sort()
    .at(-1);
}

/** today's civil date in China (UTC+8, no daylight saving) */
export function todayInChina(now: Date = new Date()): IsoDate {
  return fromUtcMs(now.getTime() + 8 * 3_600_000);
}

/** 2020年10月13日 */
export function formatDateZh(date: IsoDate): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}
