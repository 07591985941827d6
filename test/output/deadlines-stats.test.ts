import { describe, expect, it } from 'vitest';
import { collectDeadlines } from '../../src/report/deadlines.js';
import { buildIcs, escapeText, foldLine, uidOf } from '../../src/report/ics.js';
import { deadlinesJson, deadlinesTable } from '../../src/report/render-deadlines.js';
import { computeStats } from '../../src/report/stats.js';
import { renderStats } from '../../src/report/render-stats.js';
import { monthPeriod, yearPeriod } from '../../src/report/period.js';
import { periodFromFlags } from '../../src/cli/commands/stats.js';
import { loadKnowledge } from '../../src/law/index.js';
import { sampleRun } from './sample-run.js';

/** unfolds an iCalendar text back into logical lines (RFC 5545 §3.1) */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

describe('deadlines', () => {
  it('lists open cases only, soonest first, with overdue marked', () => {
    const items = collectDeadlines(sampleRun(), { asOf: '2026-11-28' });
    expect(items.map((d) => [d.due, d.status, d.daysLeft])).toEqual([
      ['2026-11-02', 'overdue', -26],
      ['2026-12-20', 'pending', 22],
    ]);
    expect(items[1]!.basis[0]!.article).toBe(57);
  });

  it('counts the working days left with the holiday calendar', () => {
    const [overdue, pending] = collectDeadlines(
      sampleRun(),
      { asOf: '2026-11-28' },
      loadKnowledge().calendar,
    );
    expect(overdue!.workdaysLeft).toBeUndefined();
    // 2026-11-28 (Sat) → 12-20 (Sun): 30 Nov–18 Dec, three full weeks of workdays
    expect(pending!.workdaysLeft).toBe(15);
    expect(deadlinesTable([pending!], 'zh', '2026-11-28')).toContain('剩余22日（15个工作日）');
  });

  it('leaves out closed cases unless asked and respects --until', () => {
    const run = sampleRun();
    run.results[1]!.summary!.status = 'closed';
    expect(collectDeadlines(run, { asOf: '2026-11-28' })).toHaveLength(0);
    expect(collectDeadlines(run, { asOf: '2026-11-28', allCases: true })).toHaveLength(2);
    expect(
      collectDeadlines(sampleRun(), { asOf: '2026-11-28', until: '2026-12-01' }).map((d) => d.due),
    ).toEqual(['2026-11-02']);
  });

  it('renders a table and JSON', () => {
    const items = collectDeadlines(sampleRun(), { asOf: '2026-11-28' });
    const table = deadlinesTable(items, 'zh', '2026-11-28');
    expect(table).toContain('已逾期 1 项，未届满 1 项');
    expect(table).toContain('已逾期26日');
    expect(table).toContain('生态环境行政处罚办法(2023)第五十七条第一款');
    const json = JSON.parse(deadlinesJson(items, '2026-11-28')) as {
      deadlines: { due: string; daysLeft: number }[];
    };
    expect(json.deadlines.map((d) => d.daysLeft)).toEqual([-26, 22]);
  });
});

describe('iCalendar', () => {
  const items = collectDeadlines(sampleRun(), { asOf: '2026-11-28' });
  const ics = buildIcs(items, { lang: 'zh', asOf: '2026-11-28' });

  it('uses CRLF and folds lines at 75 octets without splitting characters', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    const long = `SUMMARY:${'环'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n').length).toBeGreaterThan(2);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });

  it('writes one all-day VEVENT per deadline with a stable UID', () => {
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20261220');
    expect(lines).toContain('DTEND;VALUE=DATE:20261221');
    expect(lines).toContain('SUMMARY:【沪普环罚〔2026〕7号】作出处罚决定（90日）届满');
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(2);
    // a later run with another as-of date keeps the same UIDs
    const again = collectDeadlines(sampleRun(), { asOf: '2026-12-01' });
    expect(again.map(uidOf).sort()).toEqual(items.map(uidOf).sort());
  });

  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const description = unfold(ics).find((l) => l.startsWith('DESCRIPTION:'));
    expect(description).toMatch(/\\n规则: /);
  });
});

describe('stats', () => {
  it('counts cases filed, decided and closed in the period with fines', () => {
    const s = computeStats(sampleRun(), yearPeriod('2020')!);
    expect([s.filed, s.decided, s.closed, s.fineTotal, s.unreadable]).toEqual([1, 1, 1, 30000, 1]);
    expect(s.byType).toEqual({ 大气: { cases: 1, fines: 30000 } });
    expect(s.bySource).toEqual({
      双随机: { cases: 1, fines: 30000 },
      信访: { cases: 0, fines: 0 },
      '12345': { cases: 0, fines: 0 },
      移送: { cases: 0, fines: 0 },
    });
    const sep = computeStats(sampleRun(), monthPeriod('2026-09')!);
    expect([sep.filed, sep.decided, sep.filedBySource['信访']]).toEqual([1, 0, 1]);
    expect(sep.openPastDeadline.map((c) => c.case)).toEqual(['沪普环罚〔2026〕7号']);
    expect(sep.openPastDeadline[0]!.deadlines[0]!.daysOverdue).toBe(26);
  });

  it('renders table, markdown and JSON', () => {
    const s = computeStats(sampleRun(), yearPeriod('2020')!);
    expect(renderStats(s, 'table', 'zh')).toMatch(/罚款总额\s+30,000元/);
    expect(renderStats(s, 'markdown', 'en')).toContain('| Fines in total | ¥30,000 |');
    expect((JSON.parse(renderStats(s, 'json', 'zh')) as { fineTotal: number }).fineTotal).toBe(30000);
  });

  it('parses the period flags', () => {
    expect(periodFromFlags({ month: '2024-02' })).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(() => periodFromFlags({ month: '2024-13' })).toThrow();
    expect(() => periodFromFlags({ month: '2024-01', year: '2024' })).toThrow();
    expect(() => periodFromFlags({})).toThrow();
  });
});
