/**
 * The part of a case's result a caller reads (LintOptions.results), cut where the result is made: in a lint worker
 * before it is posted, so that the run's main thread neither receives nor collects what nobody reads (issue 13:
 * memory flat in the number of cases). The cross-case facts always stay.
 */
import type { CaseSummary } from '../report/summary.js';
import type { CaseResult, ResultShape } from './run-types.js';
import type { Finding } from './types.js';

/** what the counts and the scores read of a finding (rule, severity, category, case, waiver) */
export type LeanFinding = Pick<Finding, 'ruleId' | 'severity' | 'category' | 'case' | 'waived'>;

export function leanFinding(f: LeanFinding): LeanFinding {
  const out: LeanFinding = { ruleId: f.ruleId, severity: f.severity, category: f.category, case: f.case };
  if (f.waived) out.waived = f.waived;
  return out;
}

export function leanResult(r: CaseResult, shape: ResultShape = 'full'): CaseResult {
  if (shape === 'full') return r;
  const { coverage: _coverage, case: _case, ...rest } = r;
  const out: CaseResult = {
    ...rest,
    // typed as findings for the run's plumbing: a caller that asked for `scores` or `deadlines` reads no other field
    findings: r.findings.map((f) =>
      shape === 'deadlines' && f.deadline && !f.waived ? f : (leanFinding(f) as Finding),
    ),
  };
  if (r.summary) out.summary = summaryWithoutPlaces(r.summary);
  return out;
}

/** a summary without the places of the steps and documents (only the Word report names where a finding sits) */
export function summaryWithoutPlaces(summary: CaseSummary): CaseSummary {
  const { places: _places, ...rest } = summary;
  return rest;
}
