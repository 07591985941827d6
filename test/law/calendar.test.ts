import { describe, expect, it } from 'vitest';
import { ChinaCalendar, addHours, countingRule, hoursBetween, loadKnowledge } from '../../src/law/index.js';
import { allCountingRules } from '../../src/law/index.js';

const { calendar } = loadKnowledge();

describe('working-day periods (start day not counted)', () => {
  it('5 working days from 2020-09-29 skip National Day and end on 2020-10-13', () => {
    const r = calendar.add('2020-09-29', 5, 'workday');
    expect(r.to).toBe('2020-10-13');
    expect(r.skipped.map((s) => s.date)).toEqual([
      '2020-10-01',
      '2020-10-02',
      '2020-10-03',
      '2020-10-04',
      '2020-10-05',
      '2020-10-06',
      '2020-10-07',
      '2020-10-08',
      '2020-10-11',
    ]);
    expect(r.skipped[0]?.reason.zh).toContain('国庆节');
    expect(r.skipped.at(-1)?.reason.zh).toContain('周末');
    expect(r.warnings).toEqual([]);
  });

  it('counts a make-up Saturday as a working day (2020-10-10)', () => {
    expect(calendar.add('2020-10-09', 1, 'workday').to).toBe('2020-10-10');
  });

  it('crosses the year end over New Year 2021 (Jan 1–3 off)', () => {
    const r = calendar.add('2020-12-28', 5, 'workday');
    expect(r.to).toBe('2021-01-05');
    expect(r.skipped.map((s) => s.date)).toEqual(['2021-01-01', '2021-01-02', '2021-01-03']);
  });

  it('a zero-length period ends on its start day', () => {
    expect(calendar.add('2020-10-01', 0, 'workday').to).toBe('2020-10-01');
  });

  it('workdaysBetween counts (from, to] and is antisymmetric', () => {
    expect(calendar.workdaysBetween('2020-09-29', '2020-10-13')).toBe(5);
    expect(calendar.workdaysBetween('2020-10-13', '2020-09-29')).toBe(-5);
    expect(calendar.workdaysBetween('2020-10-01', '2020-10-08')).toBe(0);
  });
});

describe('calendar-day, month and year periods', () => {
  it('15 calendar days from 2020-09-29 end on 2020-10-14', () => {
    const r = calendar.add('2020-09-29', 15, 'day');
    expect(r).toMatchObject({ to: '2020-10-14', unit: 'day', count: 15, skipped: [] });
    expect(r.rolledFrom).toBeUndefined();
  });

  it('a last day on a statutory holiday moves to the next working day', () => {
    const r = calendar.add('2020-09-23', 8, 'day');
    expect(r.rolledFrom).toBe('2020-10-01');
    expect(r.to).toBe('2020-10-09');
    expect(r.skipped).toHaveLength(8);
  });

  it('a last day on a make-up Saturday stays there', () => {
    const r = calendar.add('2020-09-29', 11, 'day');
    expect(r.to).toBe('2020-10-10');
    expect(r.rolledFrom).toBeUndefined();
  });

  it('a last day on a plain weekend moves to Monday, unless rolling is off', () => {
    expect(calendar.add('2020-10-31', 1, 'day').to).toBe('2020-11-02');
    expect(calendar.add('2020-10-31', 1, 'day', { rollToWorkday: false }).to).toBe('2020-11-01');
  });

  it('months keep the day of month: 3 months from 2020-09-29', () => {
    expect(calendar.add('2020-09-29', 3, 'month').to).toBe('2020-12-29');
  });

  it('months clamp to the month end (民法典 §202) and then roll over a weekend', () => {
    // 2021-02-28 is a Sunday
    const r = calendar.add('2021-01-31', 1, 'month');
    expect(r.rolledFrom).toBe('2021-02-28');
    expect(r.to).toBe('2021-03-01');
    expect(calendar.add('2021-01-31', 1, 'month', { rollToWorkday: false }).to).toBe('2021-02-28');
  });

  it('ends on 29 February in a leap year, and clamps from it a year later', () => {
    expect(calendar.add('2024-02-19', 10, 'day').to).toBe('2024-02-29');
    expect(calendar.add('2024-01-31', 1, 'month').to).toBe('2024-02-29');
    expect(calendar.add('2024-02-29', 1, 'year').to).toBe('2025-02-28');
  });

  it('rejects invalid input', () => {
    expect(() => calendar.add('2020-02-30', 1, 'day')).toThrow(RangeError);
    expect(() => calendar.add('2020-02-01', -1, 'day')).toThrow(RangeError);
    expect(() => calendar.add('2020-02-01', 1.5, 'day')).toThrow(RangeError);
  });
});

describe('coverage and overrides', () => {
  it('covers 2004–2026 from chinese-days', () => {
    expect(calendar.coverage()).toEqual({ first: 2004, last: 2026 });
  });

  it('warns for a period that reaches an uncovered year and marks the day as not covered', () => {
    const r = calendar.add('2026-12-20', 10, 'workday');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.zh).toContain('2027');
    expect(r.warnings[0]?.en).toContain('2027');
    expect(calendar.day('2027-01-04').covered).toBe(false);
    expect(calendar.day('2003-12-31').covered).toBe(false);
    expect(calendar.add('2003-12-01', 1, 'day').warnings).toHaveLength(1);
  });

  it('accepts override entries (e.g. a bureau adds 2027) that win over the package data', () => {
    const custom = new ChinaCalendar(
      {},
      [
        { date: '2027-01-01', day: 'off', name: '元旦', nameEn: "New Year's Day" },
        { date: '2020-10-09', day: 'off', name: '测试' },
      ],
      [2027],
    );
    expect(custom.day('2027-01-01')).toMatchObject({ workday: false, holiday: '元旦', covered: true });
    expect(custom.day('2027-01-04')).toMatchObject({ workday: true, covered: true });
    expect(custom.coverage().last).toBe(2027);
    expect(custom.add('2026-12-31', 1, 'workday')).toMatchObject({ to: '2027-01-04', warnings: [] });
    expect(custom.isWorkday('2020-10-09')).toBe(false);
    expect(calendar.isWorkday('2020-10-09')).toBe(true);
  });
});

describe('hours (24-hour hand-over)', () => {
  it('adds hours across midnight and month end', () => {
    expect(addHours('2020-09-30T10:00', 24)).toBe('2020-10-01T10:00');
    expect(addHours('2020-12-31 23:30', 1)).toBe('2021-01-01T00:30');
    expect(hoursBetween('2020-09-30T10:00', '2020-10-01T12:30')).toBe(26.5);
    expect(() => addHours('2020-09-30', 1)).toThrow(RangeError);
  });
});

describe('counting rules with their basis', () => {
  it('行政处罚法 2021 §85: 2, 3, 5, 7 days are working days; 15 and 90 are calendar days', () => {
    const r = countingRule('apl-2021-85');
    expect(r.basis).toMatchObject({ law: 'admin-penalty-law', version: '2021', article: 85 });
    expect([2, 3, 5, 7].map((n) => r.unitFor(n))).toEqual(['workday', 'workday', 'workday', 'workday']);
    expect(r.unitFor(15)).toBe('day');
    expect(r.unitFor(90)).toBe('day');
  });

  it('生态环境行政处罚办法 2023 §90 and 2010 §79', () => {
    expect(countingRule('env-2023-90').unitFor(5)).toBe('workday');
    expect(countingRule('env-2023-90').unitFor(2)).toBe('day');
    expect(countingRule('env-2010-79').unitFor(7)).toBe('day');
    expect(countingRule('env-2010-79').unitFor(7, true)).toBe('workday');
  });

  it('行政强制法 §69: periods of ten days or less are working days', () => {
    expect(countingRule('compulsion-69').unitFor(10)).toBe('workday');
    expect(countingRule('compulsion-69').unitFor(30)).toBe('day');
  });

  it('every counting rule names a basis and a source; unknown ids throw', () => {
    const { law } = loadKnowledge();
    for (const r of allCountingRules()) {
      expect(law.line(r.basis.law), r.id).toBeDefined();
      expect(
        law.line(r.basis.law)?.versions.some((v) => v.label === r.basis.version),
        r.id,
      ).toBe(true);
      expect(r.source.length).toBeGreaterThan(5);
    }
    expect(countingRule('civil-procedure-period').basis.article).toBe(85);
    expect(() => countingRule('nope')).toThrow();
  });
});
