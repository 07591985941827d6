/** Counting helpers over a lint run, shared by the formatters and reports. */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import type { Finding, RuleMeta, Severity } from '../engine/types.js';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  waived: number;
}

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
  }
  return counts;
}

export function activeFindings<F extends Pick<Finding, 'waived'>>(findings: readonly F[]): F[] {
  return findings.filter((f) => !f.waived);
}

/** The case number of a result: the loaded case id, else the case named by its findings, else the file. */
export function caseLabel(
  result: Pick<CaseResult, 'caseId' | 'file'> & { findings: readonly Pick<Finding, 'case'>[] },
): string {
  return result.caseId ?? result.findings[0]?.case ?? result.file;
}

export function ruleIndex(run: Pick<LintRun, 'rules'>): Map<string, RuleMeta> {
  return new Map(run.rules.map((r) => [r.id, r]));
}

export interface RuleCount {
  ruleId: string;
  count: number;
  cases: number;
  severity: Severity;
}

/** active findings per rule, counted case by case */
export class RuleTally {
  private readonly byRule = new Map<string, { count: number; cases: Set<string>; severity: Severity }>();

  add(findings: readonly Finding[]): void {
    for (const f of activeFindings(findings)) {
      const entry = this.byRule.get(f.ruleId) ?? { count: 0, cases: new Set<string>(), severity: f.severity };
      entry.count++;
      entry.cases.add(f.case);
      if (severityRank(f.severity) > severityRank(entry.severity)) entry.severity = f.severity;
      this.byRule.set(f.ruleId, entry);
    }
  }

  /** most frequent first (ties by rule id) */
  top(): RuleCount[] {
    return [...this.byRule.entries()]
      .map(([ruleId, e]) => ({ ruleId, count: e.count, cases: e.cases.size, severity: e.severity }))
      .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  }
}

/** active findings per rule, most frequent first (ties by rule id) */
export function topRules(run: LintRun): RuleCount[] {
  const tally = new RuleTally();
  for (const r of run.results) tally.add(r.findings);
  return tally.top();
}

export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

/** findings sorted by file position, then rule */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
