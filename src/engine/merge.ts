/**
 * One defect, one finding: findings of one case that share a root-cause key (`cause`) are merged into the most
 * severe of them (first in rule order on a tie). The merged finding keeps that finding's message, location and
 * deadline, cites the union of the legal bases and lists the other rules in `related`, so that counts, scores and
 * statistics count defects rather than the rules that noticed them.
 */
import type { Finding, LegalBasis, Severity } from './types.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function basisKey(b: LegalBasis): string {
  return [b.law, b.version, b.article, b.paragraph ?? '', b.item ?? ''].join('|');
}

function mergeGroup(group: Finding[]): Finding {
  const primary = group.reduce((best, f) => (RANK[f.severity] > RANK[best.severity] ? f : best));
  const others = group.filter((f) => f !== primary);
  const seen = new Set<string>();
  const basis: LegalBasis[] = [];
  for (const b of [primary, ...others].flatMap((f) => f.basis)) {
    const key = basisKey(b);
    if (seen.has(key)) continue;
    seen.add(key);
    basis.push(b);
  }
  const related = [...new Set(others.map((f) => f.ruleId).filter((id) => id !== primary.ruleId))];
  const merged: Finding = { ...primary, basis };
  if (related.length) merged.related = related;
  const suggestion = primary.suggestion ?? others.find((f) => f.suggestion)?.suggestion;
  if (suggestion) merged.suggestion = suggestion;
  const deadline = primary.deadline ?? others.find((f) => f.deadline)?.deadline;
  if (deadline) merged.deadline = deadline;
  return merged;
}

/** merges findings with the same `cause`; the merged finding takes the place of the group's first finding */
export function mergeByCause(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.cause === undefined) continue;
    const group = groups.get(f.cause) ?? [];
    group.push(f);
    groups.set(f.cause, group);
  }
  if (![...groups.values()].some((g) => g.length > 1)) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.cause === undefined) {
      out.push(f);
      continue;
    }
    const group = groups.get(f.cause);
    if (!group || group[0] !== f) continue;
    out.push(group.length > 1 ? mergeGroup(group) : f);
  }
  return out;
}

/** every rule that found this defect: the reporting rule first, then the related ones */
export function rulesOf(f: Pick<Finding, 'ruleId' | 'related'>): string[] {
  return [f.ruleId, ...(f.related ?? [])];
}
