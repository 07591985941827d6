import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadKnowledge } from '../../src/law/index.js';
import { addDays, daysBetween } from '../../src/model/dates.js';

const { calendar } = loadKnowledge();

const dateIn = (first: string, days: number) =>
  fc.integer({ min: 0, max: days }).map((n) => addDays(first, n));
const covered = dateIn('2004-01-01', daysBetween('2004-01-01', '2026-10-31'));

describe('period arithmetic properties (2004–2026)', () => {
  it('n working days end on a working day with exactly n working days in (from, to]', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 1, max: 40 }), (from, n) => {
        const r = calendar.add(from, n, 'workday');
        expect(calendar.isWorkday(r.to)).toBe(true);
        expect(calendar.workdaysBetween(from, r.to)).toBe(n);
        expect(daysBetween(from, r.to)).toBe(n + r.skipped.length);
        expect(r.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('n calendar days end on the nominal day or the first working day after it', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const r = calendar.add(from, n, 'day');
        const nominal = addDays(from, n);
        expect(calendar.isWorkday(r.to)).toBe(true);
        expect(r.to >= nominal).toBe(true);
        for (let d = nominal; d < r.to; d = addDays(d, 1)) expect(calendar.isWorkday(d)).toBe(false);
        expect(r.rolledFrom === undefined).toBe(r.to === nominal);
      }),
      { numRuns: 300 },
    );
  });

  it('months never overshoot the month and keep the day when it exists', () => {
    fc.assert(
      fc.property(covered, fc.integer({ min: 1, max: 24 }), (from, n) => {
        const r = calendar.add(from, n, 'month', { rollToWorkday: false });
        const day = Number(from.slice(8));
        expect(Number(r.to.slice(8))).toBeLessThanOrEqual(day);
        const total = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + n;
        expect(Number(r.to.slice(0, 4))).toBe(Math.floor(total / 12));
        expect(Number(r.to.slice(5, 7))).toBe((total % 12) + 1);
      }),
      { numRuns: 300 },
    );
  });
});
