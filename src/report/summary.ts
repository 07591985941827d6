/**
 * What the reports (report --docx/--json, stats, deadlines) read of a case, taken from the normalised `Case` in
 * lintOneCase and carried on `CaseResult.summary`: a dozen small values instead of the whole case, so a report
 * over thousands of cases keeps only these and the findings (issue 13, memory flat in the number of cases).
 */
import type { CaseSource, CaseStatus, IsoDate } from '../model/case-data.js';
import { firstEvent, lastEvent, type Case } from '../model/case.js';
import { toolsUsed, type EnforcementTool } from './tools.js';
import { casePlaces, type CasePlaces } from './location.js';

export interface CaseSummary {
  status: CaseStatus;
  source: CaseSource;
  party: string;
  cause: string;
  /** violation.type, when recorded */
  violationType?: string;
  /** the filing date (Case.dates.filed, else the first filing-approved step) */
  filed?: IsoDate;
  /** the decision date (Case.dates.decided, else the first decision step) */
  decided?: IsoDate;
  /** Case.dates.decided as the case file gives it (the docx report's 决定日期) */
  decidedOnRecord?: IsoDate;
  /** the last closing step */
  closed?: IsoDate;
  /** the fine the decision imposes (0 for no penalty or no fine among the penalty kinds) */
  fine: number;
  /** penalty.fine as recorded, whatever the penalty kinds (the docx report's table) */
  recordedFine?: number;
  /** the enforcement tools the case used (the score's bonus item) */
  tools: EnforcementTool[];
  /**
   * each timeline step and document, to name where a finding sits (the docx report's 位置); a report that does not
   * name places drops them (src/report/lint-for-report.ts)
   */
  places?: CasePlaces;
}

export function filingDate(c: Case): IsoDate | undefined {
  return c.dates.filed ?? firstEvent(c, 'filing-approved')?.date;
}

export function decisionDate(c: Case): IsoDate | undefined {
  return c.dates.decided ?? firstEvent(c, 'decision')?.date;
}

export function closingDate(c: Case): IsoDate | undefined {
  return lastEvent(c, 'closed')?.date;
}

export function summariseCase(c: Case): CaseSummary {
  const d = c.data;
  const fined = !d.penalty.no_penalty && d.penalty.kinds.includes('fine');
  const s: CaseSummary = {
    status: d.case.status,
    source: d.case.source,
    party: d.party.name,
    cause: d.case.cause,
    fine: fined ? (d.penalty.fine ?? 0) : 0,
    tools: toolsUsed(c),
    places: casePlaces(d),
  };
  if (d.penalty.fine !== undefined) s.recordedFine = d.penalty.fine;
  if (d.violation.type !== undefined) s.violationType = d.violation.type;
  const filed = filingDate(c);
  if (filed !== undefined) s.filed = filed;
  const decided = decisionDate(c);
  if (decided !== undefined) s.decided = decided;
  if (c.dates.decided !== undefined) s.decidedOnRecord = c.dates.decided;
  const closed = closingDate(c);
  if (closed !== undefined) s.closed = closed;
  return s;
}
