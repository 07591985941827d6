import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/model/dates.js';

/** the calendar as Date knows it: a day is real when Date.UTC does not roll it over */
function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-00-10', false],
    ['2021-13-01', false],
    ['2021-01-00', false],
    ['2021-1-01', false],
    ['2021/01/01', false],
  ] as const)('%s → %s', (text, real) => {
    expect(isIsoDate(text)).toBe(real);
  });

  it('agrees with the Date calendar on every day-month-year written with two-digit fields', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => isIsoDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`) === (m >= 1 && realDay(y, m, d)),
      ),
      { numRuns: 20000 },
    );
  });
});
