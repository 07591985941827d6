/**
 * The State Council holiday arrangements of chinese-days 1.5.7 as a table of the days that differ from the plain
 * week (holidays, make-up workdays and their names), src/law/data/compiled/chinese-days.json. The package computes
 * its data when it is loaded, which a one-case lint would pay at every start (issue 13); the table is read on
 * first use instead. `npx tsx scripts/gen-law-doc.ts` writes it and a test keeps it equal to the package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ChineseDays from 'chinese-days';
import { addDays, weekday } from '../model/dates.js';
import { fromRoot } from '../paths.js';

/** chinese-days 1.5.7 ships the State Council arrangements for these years only. */
export const PACKAGE_FIRST_YEAR = 2004;
export const PACKAGE_LAST_YEAR = 2026;

export interface PackageDay {
  work: boolean;
  /** "National Day,国庆节,3" for holidays and make-up days; empty for a plain day */
  name: string;
}

export interface HolidayTable {
  source: string;
  first: number;
  last: number;
  /** the days whose status or name is not the plain week's: date → [1 workday | 0 day off, name] */
  days: Record<string, [0 | 1, string]>;
}

export function holidayTablePath(): string {
  return fromRoot('src', 'law', 'data', 'compiled', 'chinese-days.json');
}

function isWeekend(date: string): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6;
}

/** the table computed from the package itself (the generator and the test) */
export function computeHolidayTable(): HolidayTable {
  const chineseDays = createRequire(import.meta.url)('chinese-days') as typeof ChineseDays;
  const days: HolidayTable['days'] = {};
  const end = `${PACKAGE_LAST_YEAR}-12-31`;
  for (let d = `${PACKAGE_FIRST_YEAR}-01-01`; d <= end; d = addDays(d, 1)) {
    const detail = chineseDays.getDayDetail(d);
    if (detail.work !== chineseDays.isWorkday(d))
      throw new Error(`chinese-days disagrees with itself on ${d}`);
    if (detail.work === isWeekend(d) || detail.name.includes(','))
      days[d] = [detail.work ? 1 : 0, detail.name];
  }
  return { source: 'chinese-days 1.5.7', first: PACKAGE_FIRST_YEAR, last: PACKAGE_LAST_YEAR, days };
}

let table: HolidayTable | undefined;

/** the package's answer for a date of PACKAGE_FIRST_YEAR–PACKAGE_LAST_YEAR */
export function packageDay(date: string): PackageDay {
  table ??= JSON.parse(readFileSync(holidayTablePath(), 'utf8')) as HolidayTable;
  const hit = table.days[date];
  if (hit) return { work: hit[0] === 1, name: hit[1] };
  return { work: !isWeekend(date), name: '' };
}
