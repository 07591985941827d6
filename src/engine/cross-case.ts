/**
 * The cross-case pass: after every case of a run is linted, the cross-case rules (`Rule.across`, pack `repo`)
 * compare the cases' compact facts (CaseResult.facts). Their findings get the configured severity, a location in
 * the case file (found by reading that file again, only for the cases that have a finding) and the case file's
 * waivers of those rules. With fewer than two cases nothing is compared and nothing is reported.
 */
import type { LawRegistry } from '../law/types.js';
import type { CaseResult } from './run-types.js';
import type { CrossWaiver } from './cross-facts.js';
import { findingSeverity, type ActiveRule } from './run.js';
import type { CrossCase, CrossRuleFinding, Finding } from './types.js';
import { rulesOf } from './merge.js';

export type Locator = (pointer: string) => { line: number; column: number };

export interface CrossCaseInput extends CrossCase {
  /** the case number (CaseResult.caseId) */
  caseId: string;
}

/** one cross-case finding, on the result at `index` */
export interface CrossCaseItem {
  index: number;
  file: string;
  caseId: string;
  finding: Finding;
}

/** the active rules that compare cases */
export function crossRulesOf(active: readonly ActiveRule[]): ActiveRule[] {
  return active.filter((a) => a.rule.across !== undefined);
}

/**
 * Runs the active cross-case rules over the cases; `locator(index)` gives a pointer locator for a case's file (it
 * is asked only for cases with a finding or a waiver to report). Findings come back in input order of the cases.
 */
export async function crossCaseFindings(
  cases: readonly CrossCaseInput[],
  active: readonly ActiveRule[],
  law: LawRegistry,
  locator: (index: number, pointers: string[]) => Promise<Locator>,
): Promise<CrossCaseItem[]> {
  const rules = crossRulesOf(active);
  if (cases.length < 2 || rules.length === 0) return [];
  const byIndex = new Map(cases.map((c) => [c.index, c]));
  const raw = new Map<number, { active: ActiveRule; found: CrossRuleFinding }[]>();
  for (const a of rules) {
    let found: CrossRuleFinding[];
    try {
      found = a.rule.across?.(cases, { law, options: a.options }) ?? [];
    } catch {
      // a crash of a cross-case rule must not lose the run: it is reported on the first case
      found = [
        {
          index: cases[0]?.index ?? 0,
          severity: 'error',
          message: {
            zh: `规则 ${a.rule.meta.id} 执行出错（请向 caselint 维护者报告）`,
            en: `Rule ${a.rule.meta.id} failed (please report this to the caselint maintainers)`,
          },
        },
      ];
    }
    for (const f of found) {
      if (!byIndex.has(f.index)) continue;
      raw.set(f.index, [...(raw.get(f.index) ?? []), { active: a, found: f }]);
    }
  }
  const activeIds = new Set(rules.map((a) => a.rule.meta.id));
  const out: CrossCaseItem[] = [];
  for (const c of [...cases].sort((x, y) => x.index - y.index)) {
    const list = raw.get(c.index) ?? [];
    const waivers = c.facts.waivers.filter((w) => activeIds.has(w.rule));
    if (list.length === 0 && waivers.length === 0) continue;
    const pointers = [
      ...list.map(({ found }) => found.path ?? '/case/number'),
      ...waivers.map((w) => `/waivers/${String(w.index)}`),
    ];
    const locate = await locator(c.index, pointers);
    const findings = list.map(({ active: a, found: f }) => {
      const path = f.path ?? '/case/number';
      const pos = safe(locate, path);
      const finding: Finding = {
        ruleId: a.rule.meta.id,
        severity: findingSeverity(a, f),
        category: a.rule.meta.category,
        message: f.message,
        case: c.caseId,
        file: c.file,
        line: pos.line,
        column: pos.column,
        path,
        basis: f.basis ?? a.rule.meta.basis,
      };
      if (f.suggestion) finding.suggestion = f.suggestion;
      if (f.cause !== undefined) finding.cause = f.cause;
      return finding;
    });
    for (const finding of waive(findings, waivers, locate, c)) {
      out.push({ index: c.index, file: c.file, caseId: c.caseId, finding });
    }
  }
  return out;
}

function safe(locate: Locator, pointer: string): { line: number; column: number } {
  try {
    return locate(pointer);
  } catch {
    return { line: 1, column: 1 };
  }
}

/** the case file's waivers of cross-case rules, as src/engine/waivers.ts applies them per case */
function waive(findings: Finding[], waivers: CrossWaiver[], locate: Locator, c: CrossCaseInput): Finding[] {
  const used = new Set<number>();
  const out = findings.map((f) => {
    const waiver = waivers.find(
      (w) => rulesOf(f).includes(w.rule) && (w.path === undefined || (f.path ?? '').startsWith(w.path)),
    );
    if (!waiver) return f;
    used.add(waiver.index);
    return { ...f, waived: { reason: waiver.reason, approved_by: waiver.approved_by, date: waiver.date } };
  });
  for (const w of waivers) {
    if (used.has(w.index)) continue;
    const path = `/waivers/${String(w.index)}`;
    const pos = safe(locate, path);
    out.push({
      ruleId: 'core/unused-waiver',
      severity: 'warning',
      category: '归档规范',
      message: {
        zh: `豁免未匹配任何问题：规则 ${w.rule}${w.path ? `（位置 ${w.path}）` : ''}（跨案卷检查）。请删除过时的豁免，或核对规则编号`,
        en: `Waiver matched no finding: rule ${w.rule}${w.path ? ` at ${w.path}` : ''} (cross-case check). Remove the stale waiver or check the rule id`,
      },
      case: c.caseId,
      file: c.file,
      line: pos.line,
      column: pos.column,
      path,
      basis: [],
    });
  }
  return out;
}

/**
 * The results with each cross-case finding appended to its case (new objects), for consumers that show findings per
 * case from kept results (the Excel list, reports) rather than in a trailing section.
 */
export function withCrossCase(
  results: readonly CaseResult[],
  items: readonly CrossCaseItem[] = [],
): CaseResult[] {
  if (items.length === 0) return [...results];
  const out = [...results];
  for (const item of items) {
    const r = out[item.index];
    if (r) out[item.index] = { ...r, findings: [...r.findings, item.finding] };
  }
  return out;
}
