/**
 * Waivers in a case file ({rule, reason, approved_by, date, path?}) silence matching findings. A waived finding
 * stays in the output, marked; a waiver of a rule that ran and matched nothing is itself reported, and so is a
 * waiver naming a rule caselint does not know at all. A waiver of a rule caselint knows but that did not run (off
 * in the configuration, or outside the rule set an API caller gave) cannot be judged: it is accepted silently.
 */
import type { Case } from '../model/case.js';
import type { Finding, Msg, Rule } from './types.js';
import { rulesOf } from './merge.js';
import { getRule, getRules } from './registry.js';
import { unknownRuleMessage } from './rule-options.js';

export interface WaiverScope {
  /** every rule of the run, on or off (a caller's own rules included): with caselint's rules, the known ids */
  knownRules?: readonly Rule[];
  /** ids of the rules that ran on the case; a waiver of any other known rule is not judged */
  ran?: ReadonlySet<string>;
  /** rules whose waivers are judged elsewhere (the cross-case rules, after all cases): never "unused" here */
  deferred?: ReadonlySet<string>;
}

export function applyWaivers(
  c: Case,
  findings: Finding[],
  locate: (pointer: string) => { line: number; column: number },
  scope: WaiverScope = {},
): Finding[] {
  const waivers = c.data.waivers ?? [];
  if (waivers.length === 0) return findings;
  const { knownRules, ran, deferred } = scope;
  const used = new Set<number>();
  waivers.forEach((w, i) => {
    if (deferred?.has(w.rule)) used.add(i);
  });
  const out = findings.map((f) => {
    const index = waivers.findIndex(
      (w) => rulesOf(f).includes(w.rule) && (w.path === undefined || (f.path ?? '').startsWith(w.path)),
    );
    const waiver = waivers[index];
    if (!waiver) return f;
    used.add(index);
    return { ...f, waived: { reason: waiver.reason, approved_by: waiver.approved_by, date: waiver.date } };
  });
  const inRun = (id: string): boolean => !knownRules || knownRules.some((r) => r.meta.id === id);
  waivers.forEach((w, i) => {
    if (used.has(i)) return;
    const known = inRun(w.rule) || getRule(w.rule) !== undefined;
    // a rule that did not run cannot have matched anything: the waiver is neither used nor stale
    if (known && (!inRun(w.rule) || (ran !== undefined && !ran.has(w.rule)))) return;
    const path = known ? `/waivers/${i}` : `/waivers/${i}/rule`;
    const pos = locate(path);
    out.push({
      ruleId: 'core/unused-waiver',
      severity: 'warning',
      category: '归档规范',
      message: known
        ? {
            zh: `豁免未匹配任何问题：规则 ${w.rule}${w.path ? `（位置 ${w.path}）` : ''}。请删除过时的豁免，或核对规则编号`,
            en: `Waiver matched no finding: rule ${w.rule}${w.path ? ` at ${w.path}` : ''}. Remove the stale waiver or check the rule id`,
          }
        : unknownWaiverRule(w.rule, [...(knownRules ?? []), ...getRules()]),
      case: c.id,
      file: c.file,
      line: pos.line,
      column: pos.column,
      path,
      basis: [],
    });
  });
  return out;
}

/** 豁免的规则 "x" 不存在：未知规则 "x"，是否为 "y"？ */
function unknownWaiverRule(id: string, rules: readonly Rule[]): Msg {
  const unknown = unknownRuleMessage(id, [...new Map(rules.map((r) => [r.meta.id, r])).values()]);
  return { zh: `豁免未匹配任何问题：${unknown.zh}`, en: `Waiver matched no finding: ${unknown.en}` };
}
