/** The briefing numbers for a period: cases filed, decided and closed, fines by type and source, overdue open cases. */
import type { LintRun } from '../engine/run-types.js';
import type { IsoDate } from '../model/case-data.js';
import { collectDeadlines } from './deadlines.js';
import { inPeriod, type Period } from './period.js';

export interface Tally {
  cases: number;
  fines: number;
}

export interface OverdueCase {
  case: string;
  file: string;
  deadlines: { label: string; due: IsoDate; ruleId: string; daysOverdue: number }[];
}

export interface PeriodStats {
  period: Period;
  asOf: IsoDate;
  /** cases read (whatever their dates) */
  casesRead: number;
  unreadable: number;
  filed: number;
  decided: number;
  closed: number;
  /** decisions in the period that imposed a fine */
  finedDecisions: number;
  fineTotal: number;
  /** decisions in the period, by violation type (violation.type, or 未分类) */
  byType: Record<string, Tally>;
  /** decisions in the period, by case source */
  bySource: Record<string, Tally>;
  /** cases filed in the period, by case source */
  filedBySource: Record<string, number>;
  openPastDeadline: OverdueCase[];
}

const UNTYPED = '未分类';

/** case sources the briefings always list, even at zero (others appear when present) */
export const BRIEFING_SOURCES: readonly string[] = ['双随机', '信访', '12345', '移送'];

export function seededTallies(): Record<string, Tally> {
  return Object.fromEntries(BRIEFING_SOURCES.map((s) => [s, { cases: 0, fines: 0 }]));
}

function add(map: Record<string, Tally>, key: string, fine: number): void {
  const t = (map[key] ??= { cases: 0, fines: 0 });
  t.cases++;
  t.fines += fine;
}

export function computeStats(run: LintRun, period: Period, language: 'zh' | 'en' = 'zh'): PeriodStats {
  const stats: PeriodStats = {
    period,
    asOf: run.asOf,
    casesRead: 0,
    unreadable: 0,
    filed: 0,
    decided: 0,
    closed: 0,
    finedDecisions: 0,
    fineTotal: 0,
    byType: {},
    bySource: seededTallies(),
    filedBySource: Object.fromEntries(BRIEFING_SOURCES.map((s) => [s, 0])),
    openPastDeadline: [],
  };
  for (const r of run.results) {
    const c = r.summary;
    if (!c) {
      stats.unreadable++;
      continue;
    }
    stats.casesRead++;
    const source = c.source;
    if (inPeriod(c.filed, period)) {
      stats.filed++;
      stats.filedBySource[source] = (stats.filedBySource[source] ?? 0) + 1;
    }
    if (inPeriod(c.closed, period)) stats.closed++;
    if (inPeriod(c.decided, period)) {
      stats.decided++;
      // a no-penalty decision (不予行政处罚决定) counts as a decision with no fine
      const fine = c.fine;
      if (fine > 0) stats.finedDecisions++;
      stats.fineTotal += fine;
      add(stats.byType, c.violationType ?? UNTYPED, fine);
      add(stats.bySource, source, fine);
    }
  }
  const overdue = collectDeadlines(run, { asOf: run.asOf }).filter((d) => d.status === 'overdue');
  const byCase = new Map<string, OverdueCase>();
  for (const d of overdue) {
    const entry = byCase.get(d.case) ?? { case: d.case, file: d.file, deadlines: [] };
    entry.deadlines.push({
      label: d.label[language],
      due: d.due,
      ruleId: d.ruleId,
      daysOverdue: -d.daysLeft,
    });
    byCase.set(d.case, entry);
  }
  stats.openPastDeadline = [...byCase.values()];
  return stats;
}
