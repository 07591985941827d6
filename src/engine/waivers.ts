/**
 * Waivers in a case file ({rule, reason, approved_by, date, path?}) silence matching findings. A waived finding
 * stays in the output, marked; a waiver that matched nothing is itself reported.
 */
import type { Case } from '../model/case.js';
import type { Finding, Msg, Rule } from './types.js';
import { rulesOf } from './merge.js';
import { unknownRuleMessage } from './rule-options.js';

export function applyWaivers(
  c: Case,
  findings: Finding[],
  locate: (pointer: string) => { line: number; column: number },
  knownRules?: readonly Rule[],
  /** rules whose waivers are judged elsewhere (the cross-case rules, after all cases): never "unused" here */
  deferred: ReadonlySet<string> = new Set(),
): Finding[] {
  const waivers = c.data.waivers ?? [];
  if (waivers.length === 0) return findings;
  const used = new Set<number>();
  waivers.forEach((w, i) => {
    if (deferred.has(w.rule)) used.add(i);
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
  waivers.forEach((w, i) => {
    if (used.has(i)) return;
    const known = !knownRules || knownRules.some((r) => r.meta.id === w.rule);
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
        : unknownWaiverRule(w.rule, knownRules),
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
  const unknown = unknownRuleMessage(id, rules);
  return { zh: `豁免未匹配任何问题：${unknown.zh}`, en: `Waiver matched no finding: ${unknown.en}` };
}
