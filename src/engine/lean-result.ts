/**
 * The part of a case's result a caller reads (LintOptions.results), cut where the result is made: in a lint worker
 * before it is posted, so that the run's main thread neither receives nor collects what nobody reads (issue 13:
 * memory flat in the number of cases). The cross-case facts always stay.
 */
import type { CaseResult, ResultShape } from './run-types.js';
import type { Finding } from './types.js';

/**
 * A finding reduced to what the counts and the scores read (rule, severity, category, case, waiver). Typed as a
 * Finding for the run's plumbing; a caller that asked for `scores` or `deadlines` reads no other field of it.
 */
function leanFinding(f: Finding): Finding {
  const out = { ruleId: f.ruleId, severity: f.severity, category: f.category, case: f.case } as Finding;
  if (f.waived) out.waived = f.waived;
  return out;
}

export function leanResult(r: CaseResult, shape: ResultShape = 'full'): CaseResult {
  if (shape === 'full') return r;
  const { coverage: _coverage, case: _case, ...rest } = r;
  const out: CaseResult = {
    ...rest,
    findings: r.findings.map((f) => (shape === 'deadlines' && f.deadline && !f.waived ? f : leanFinding(f))),
  };
  if (r.summary?.places) {
    const { places: _places, ...summary } = r.summary;
    out.summary = summary;
  }
  return out;
}
