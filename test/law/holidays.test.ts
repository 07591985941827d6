/**
 * The State Council's holiday arrangements (国务院办公厅关于某年部分节假日安排的通知), 2019–2026: for each year the
 * Spring Festival, Labour Day and National Day days off and their make-up workdays, as published.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/law/index.js';
import { addDays } from '../../src/model/dates.js';

const { calendar } = loadKnowledge();

function span(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

interface Holiday {
  name: string;
  off: [string, string];
  work: string[];
}

const ARRANGEMENTS: Record<number, Holiday[]> = {
  2019: [
    { name: '春节', off: ['2019-02-04', '2019-02-10'], work: ['2019-02-02', '2019-02-03'] },
    { name: '劳动节', off: ['2019-05-01', '2019-05-04'], work: ['2019-04-28', '2019-05-05'] },
    { name: '国庆节', off: ['2019-10-01', '2019-10-07'], work: ['2019-09-29', '2019-10-12'] },
  ],
  2020: [
    { name: '春节', off: ['2020-01-24', '2020-01-30'], work: ['2020-01-19'] },
    { name: '劳动节', off: ['2020-05-01', '2020-05-05'], work: ['2020-04-26', '2020-05-09'] },
    { name: '国庆节', off: ['2020-10-01', '2020-10-08'], work: ['2020-09-27', '2020-10-10'] },
  ],
  2021: [
    { name: '春节', off: ['2021-02-11', '2021-02-17'], work: ['2021-02-07', '2021-02-20'] },
    { name: '劳动节', off: ['2021-05-01', '2021-05-05'], work: ['2021-04-25', '2021-05-08'] },
    { name: '国庆节', off: ['2021-10-01', '2021-10-07'], work: ['2021-09-26', '2021-10-09'] },
  ],
  2022: [
    { name: '春节', off: ['2022-01-31', '2022-02-06'], work: ['2022-01-29', '2022-01-30'] },
    { name: '劳动节', off: ['2022-04-30', '2022-05-04'], work: ['2022-04-24', '2022-05-07'] },
    { name: '国庆节', off: ['2022-10-01', '2022-10-07'], work: ['2022-10-08', '2022-10-09'] },
  ],
  2023: [
    { name: '春节', off: ['2023-01-21', '2023-01-27'], work: ['2023-01-28', '2023-01-29'] },
    { name: '劳动节', off: ['2023-04-29', '2023-05-03'], work: ['2023-04-23', '2023-05-06'] },
    { name: '国庆节', off: ['2023-09-29', '2023-10-06'], work: ['2023-10-07', '2023-10-08'] },
  ],
  2024: [
    { name: '春节', off: ['2024-02-10', '2024-02-17'], work: ['2024-02-04', '2024-02-18'] },
    { name: '劳动节', off: ['2024-05-01', '2024-05-05'], work: ['2024-04-28', '2024-05-11'] },
    { name: '国庆节', off: ['2024-10-01', '2024-10-07'], work: ['2024-09-29', '2024-10-12'] },
  ],
  2025: [
    { name: '春节', off: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
    { name: '劳动节', off: ['2025-05-01', '2025-05-05'], work: ['2025-04-27'] },
    { name: '国庆节', off: ['2025-10-01', '2025-10-08'], work: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [
    { name: '春节', off: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
    { name: '劳动节', off: ['2026-05-01', '2026-05-05'], work: ['2026-05-09'] },
    { name: '国庆节', off: ['2026-10-01', '2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
  ],
};

describe('State Council holiday arrangements 2019–2026', () => {
  for (const [year, holidays] of Object.entries(ARRANGEMENTS)) {
    for (const h of holidays) {
      it(`${year} ${h.name}: ${h.off[0]}–${h.off[1]} off, make-up days ${h.work.join(', ')}`, () => {
        for (const d of span(h.off[0], h.off[1])) {
          const info = calendar.day(d);
          expect(info.workday, d).toBe(false);
          expect(info.covered).toBe(true);
        }
        // the holiday is named (not just a weekend) on its weekdays
        const weekdayOff = span(h.off[0], h.off[1]).find((d) => !calendar.day(d).weekend);
        expect(weekdayOff).toBeDefined();
        expect(calendar.day(weekdayOff ?? '').holiday).toBeTruthy();
        for (const d of h.work) {
          const info = calendar.day(d);
          expect(info.workday, d).toBe(true);
          expect(info.weekend, d).toBe(true);
          expect(info.makeUpWorkday, d).toBe(true);
        }
        // the days around the block are ordinary: the day before the first day off is a working day
        // unless it is a weekend
        const before = calendar.day(addDays(h.off[0], -1));
        expect(before.workday || before.weekend).toBe(true);
      });
    }
  }

  it('includes the 2020 Spring Festival extension to 2020-02-02 (COVID-19 notice)', () => {
    for (const d of ['2020-01-31', '2020-02-01', '2020-02-02']) expect(calendar.isWorkday(d), d).toBe(false);
    expect(calendar.isWorkday('2020-02-03')).toBe(true);
  });

  it('names National Day 2020 and tells a holiday from a plain weekend', () => {
    expect(calendar.day('2020-10-01')).toMatchObject({
      workday: false,
      holiday: '国庆节',
      holidayEn: 'National Day',
    });
    expect(calendar.day('2020-10-11')).toMatchObject({ workday: false, weekend: true });
    expect(calendar.day('2020-10-11').holiday).toBeUndefined();
    expect(calendar.day('2020-10-10')).toMatchObject({
      workday: true,
      makeUpWorkday: true,
      makeUpFor: '国庆节',
    });
    expect(calendar.day('2020-10-09')).toMatchObject({ workday: true, weekend: false });
    expect(calendar.day('2020-10-09').makeUpWorkday).toBeUndefined();
  });
});
