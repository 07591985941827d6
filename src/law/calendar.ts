import type { IsoDate } from '../model/case-data.js';
import type { Msg } from '../engine/types.js';
import { addDays, addMonths, addYears, compareDates, isIsoDate, weekday } from '../model/dates.js';
import type { Calendar, DayInfo, PeriodOptions, PeriodResult, PeriodUnit, SkippedDay } from './types.js';
import { LawDataError } from './data-files.js';
import { PACKAGE_FIRST_YEAR, PACKAGE_LAST_YEAR, packageDay } from './holiday-table.js';

export { PACKAGE_FIRST_YEAR, PACKAGE_LAST_YEAR };

export interface CalendarOverride {
  date: IsoDate;
  day: 'work' | 'off';
  /** holiday name (zh), e.g. 春节; for a make-up workday, the holiday it makes up for */
  name: string;
  nameEn?: string;
}

export interface CalendarOverrideData {
  /** years whose complete arrangement is in `days` (beyond chinese-days) */
  coveredYears?: number[];
  days?: CalendarOverride[];
}

export function parseCalendarOverrides(raw: unknown): CalendarOverrideData {
  const data = (raw ?? {}) as CalendarOverrideData;
  for (const d of data.days ?? []) {
    if (!isIsoDate(String(d.date)) || (d.day !== 'work' && d.day !== 'off') || !d.name)
      throw new LawDataError(`calendar-overrides: bad entry ${JSON.stringify(d)}`);
  }
  return { coveredYears: data.coveredYears ?? [], days: data.days ?? [] };
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not a valid date (YYYY-MM-DD): ${date}`);
}

/** the chinese-days detail name looks like "National Day,国庆节,3" for holidays and make-up days */
function packageHolidayName(name: string): { zh: string; en: string } | undefined {
  const parts = name.split(',');
  if (parts.length < 2) return undefined;
  return { en: parts[0] ?? '', zh: parts[1] ?? '' };
}

export function skipReason(info: DayInfo): Msg {
  if (info.holiday) {
    return {
      zh: `法定节假日（${info.holiday}）`,
      en: `public holiday (${info.holidayEn ?? info.holiday})`,
    };
  }
  if (info.weekend) return { zh: '休息日（周末）', en: 'rest day (weekend)' };
  return { zh: '休息日', en: 'rest day' };
}

export function countedReason(info: DayInfo): Msg {
  if (info.makeUpWorkday) {
    const zh = info.makeUpFor ?? '';
    const en = info.makeUpForEn ?? zh;
    return { zh: `${zh}调休上班日`, en: `make-up workday${en ? ` (${en})` : ''}` };
  }
  return { zh: '工作日', en: 'working day' };
}

/** China's working-day calendar: chinese-days, overridden by the project table and by config entries. */
export class ChinaCalendar implements Calendar {
  private readonly overrides = new Map<IsoDate, CalendarOverride>();
  private readonly extraYears: Set<number>;
  private readonly cache = new Map<IsoDate, DayInfo>();
  /** the day after each date already stepped over: periods are counted day by day, and the same dates recur */
  private readonly following = new Map<IsoDate, IsoDate>();

  private nextDay(date: IsoDate): IsoDate {
    let next = this.following.get(date);
    if (next === undefined) {
      next = addDays(date, 1);
      this.following.set(date, next);
    }
    return next;
  }

  constructor(
    data: CalendarOverrideData = {},
    extra: CalendarOverride[] = [],
    extraCoveredYears: number[] = [],
  ) {
    for (const d of [...(data.days ?? []), ...extra]) {
      assertDate(d.date);
      this.overrides.set(d.date, d);
    }
    this.extraYears = new Set([...(data.coveredYears ?? []), ...extraCoveredYears]);
  }

  isCoveredYear(year: number): boolean {
    return (year >= PACKAGE_FIRST_YEAR && year <= PACKAGE_LAST_YEAR) || this.extraYears.has(year);
  }

  coverage(): { first: number; last: number } {
    let last = PACKAGE_LAST_YEAR;
    while (this.extraYears.has(last + 1)) last += 1;
    let first = PACKAGE_FIRST_YEAR;
    while (this.extraYears.has(first - 1)) first -= 1;
    return { first, last };
  }

  day(date: IsoDate): DayInfo {
    const hit = this.cache.get(date);
    if (hit) return hit;
    assertDate(date);
    const wd = weekday(date);
    const weekend = wd === 0 || wd === 6;
    const covered = this.isCoveredYear(yearOf(date));
    const override = this.overrides.get(date);
    let info: DayInfo;
    if (override) {
      const workday = override.day === 'work';
      info = { date, workday, weekend, covered: true };
      if (!workday) {
        info.holiday = override.name;
        if (override.nameEn) info.holidayEn = override.nameEn;
      } else if (weekend) {
        info.makeUpWorkday = true;
        info.makeUpFor = override.name;
        if (override.nameEn) info.makeUpForEn = override.nameEn;
      }
    } else if (yearOf(date) >= PACKAGE_FIRST_YEAR && yearOf(date) <= PACKAGE_LAST_YEAR) {
      const pkg = packageDay(date);
      const workday = pkg.work;
      const name = packageHolidayName(pkg.name);
      info = { date, workday, weekend, covered };
      if (!workday && name) {
        info.holiday = name.zh;
        info.holidayEn = name.en;
      }
      if (workday && weekend) {
        info.makeUpWorkday = true;
        if (name) {
          info.makeUpFor = name.zh;
          info.makeUpForEn = name.en;
        }
      }
    } else {
      // outside the holiday data: weekday logic, flagged as not covered (callers must warn)
      info = { date, workday: !weekend, weekend, covered };
    }
    this.cache.set(date, info);
    return info;
  }

  isWorkday(date: IsoDate): boolean {
    return this.day(date).workday;
  }

  add(from: IsoDate, count: number, unit: PeriodUnit, options: PeriodOptions = {}): PeriodResult {
    assertDate(from);
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`period length must be a whole number ≥ 0: ${count}`);
    const skipped: SkippedDay[] = [];
    let to: IsoDate;
    let rolledFrom: IsoDate | undefined;
    if (unit === 'workday') {
      to = from;
      let counted = 0;
      while (counted < count) {
        to = this.nextDay(to);
        const info = this.day(to);
        if (info.workday) counted += 1;
        else skipped.push({ date: to, reason: skipReason(info) });
      }
    } else {
      const nominal =
        unit === 'day'
          ? addDays(from, count)
          : unit === 'month'
            ? addMonths(from, count)
            : addYears(from, count);
      to = nominal;
      if (options.rollToWorkday !== false && count > 0) {
        while (!this.isWorkday(to)) {
          skipped.push({ date: to, reason: skipReason(this.day(to)) });
          to = this.nextDay(to);
        }
        if (to !== nominal) rolledFrom = nominal;
      }
    }
    const result: PeriodResult = {
      from,
      to,
      unit,
      count,
      skipped,
      warnings: this.coverageWarnings(from, to),
    };
    if (rolledFrom) result.rolledFrom = rolledFrom;
    return result;
  }

  workdaysBetween(from: IsoDate, to: IsoDate): number {
    assertDate(from);
    assertDate(to);
    if (compareDates(to, from) < 0) return -this.workdaysBetween(to, from);
    let n = 0;
    for (let d = this.nextDay(from); d <= to; d = this.nextDay(d)) if (this.isWorkday(d)) n += 1;
    return n;
  }

  /** a warning for every year in [from, to] that has no holiday data */
  coverageWarnings(from: IsoDate, to: IsoDate): Msg[] {
    const warnings: Msg[] = [];
    const [a, b] = from <= to ? [yearOf(from), yearOf(to)] : [yearOf(to), yearOf(from)];
    for (let y = a; y <= b; y += 1) {
      if (this.isCoveredYear(y)) continue;
      warnings.push({
        zh: `${y}年不在节假日数据范围内（已有${this.coverage().first}–${this.coverage().last}年），该年按周一至周五为工作日推算，法定节假日和调休未计入；请在 src/law/data/calendar-overrides.yaml 或配置中补充国务院公布的${y}年节假日安排`,
        en: `${y} is outside the holiday data (${this.coverage().first}–${this.coverage().last}); Monday–Friday were taken as working days and no statutory holidays or make-up days were applied; add the State Council's ${y} arrangement to src/law/data/calendar-overrides.yaml or the config`,
      });
    }
    return warnings;
  }
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseDateTime(value: string): number {
  const m = DATE_TIME.exec(value.trim());
  if (!m?.[1] || !isIsoDate(m[1])) throw new RangeError(`not a date and time (YYYY-MM-DDTHH:mm): ${value}`);
  const [h, min, s] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || s > 59) throw new RangeError(`not a valid time: ${value}`);
  return Date.parse(`${m[1]}T00:00:00Z`) + ((h * 60 + min) * 60 + s) * 1000;
}

/** civil date-time + hours (e.g. the 24-hour hand-over of a transferred case): 'YYYY-MM-DDTHH:mm' */
export function addHours(start: string, hours: number): string {
  return new Date(parseDateTime(start) + hours * 3_600_000).toISOString().slice(0, 16);
}

/** hours from a to b (b − a), fractional */
export function hoursBetween(a: string, b: string): number {
  return (parseDateTime(b) - parseDateTime(a)) / 3_600_000;
}
