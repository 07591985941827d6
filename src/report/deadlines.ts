/** Statutory deadlines of open cases, from the `deadline` the rules attach to their findings. */
import type { LintRun } from '../engine/run-types.js';
import type { Deadline, LegalBasis, Msg, Severity } from '../engine/types.js';
import type { CaseStatus, IsoDate } from '../model/case-data.js';
import { daysBetween } from '../model/dates.js';
import type { Calendar } from '../law/types.js';

/** statuses whose deadlines still matter (closed, archived and terminated cases are done) */
export const OPEN_STATUSES: readonly CaseStatus[] = ['open', 'decided', 'executing'];

export interface DeadlineItem {
  case: string;
  file: string;
  line: number;
  column: number;
  ruleId: string;
  severity: Severity;
  label: Msg;
  message: Msg;
  due: IsoDate;
  from?: IsoDate;
  /** pending: due on or after asOf; overdue: due before asOf and not met */
  status: 'pending' | 'overdue';
  /** calendar days from asOf to the due date; negative when overdue */
  daysLeft: number;
  /** working days in (asOf, due] for a pending deadline, when a calendar was given */
  workdaysLeft?: number;
  basis: LegalBasis[];
  /** stable identity of this deadline across runs (case, rule, pointer, label) */
  key: string;
}

export interface DeadlineQuery {
  asOf: IsoDate;
  /** include deadlines of cases whose status is not open (default false) */
  allCases?: boolean;
  /** only deadlines due on or before this date (overdue ones are always kept) */
  until?: IsoDate;
}

function statusOf(d: Deadline, asOf: IsoDate): 'pending' | 'overdue' | 'met' {
  if (d.status === 'met') return 'met';
  return d.due < asOf ? 'overdue' : 'pending';
}

export function collectDeadlines(
  run: LintRun,
  query: DeadlineQuery,
  calendar?: Pick<Calendar, 'workdaysBetween'>,
): DeadlineItem[] {
  const items = new Map<string, DeadlineItem>();
  for (const result of run.results) {
    const status = result.summary?.status;
    if (!query.allCases && (status === undefined || !OPEN_STATUSES.includes(status))) continue;
    for (const f of result.findings) {
      if (!f.deadline || f.waived) continue;
      const s = statusOf(f.deadline, query.asOf);
      if (s === 'met') continue;
      if (query.until && s === 'pending' && f.deadline.due > query.until) continue;
      const key = [f.case, f.ruleId, f.path ?? '', f.deadline.label.zh].join('\u0000');
      if (items.has(key)) continue;
      items.set(key, {
        case: f.case,
        file: f.file,
        line: f.line,
        column: f.column,
        ruleId: f.ruleId,
        severity: f.severity,
        label: f.deadline.label,
        message: f.message,
        due: f.deadline.due,
        ...(f.deadline.from ? { from: f.deadline.from } : {}),
        status: s,
        daysLeft: daysBetween(query.asOf, f.deadline.due),
        ...(calendar && s === 'pending'
          ? { workdaysLeft: calendar.workdaysBetween(query.asOf, f.deadline.due) }
          : {}),
        basis: f.basis,
        key,
      });
    }
  }
  return [...items.values()].sort(
    (a, b) => a.due.localeCompare(b.due) || a.case.localeCompare(b.case) || a.ruleId.localeCompare(b.ruleId),
  );
}
