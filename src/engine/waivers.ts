/**
 * Waivers in a case file ({rule, reason, approved_by, date, path?}) silence matching findings. A waived finding
 * stays in the output, marked; a waiver that matched nothing is itself reported.
 */
import type { Case } from '../model/case.js';
import type { Finding } from './types.js';
import { rulesOf } from './merge.js';

export function applyWaivers(
  c: Case,
  findings: Finding[],
  locate: (pointer: string) => { line: number; column: number },
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
    const path = `/waivers/${i}`;
    const pos = locate(path);
    out.push({
      ruleId: 'core/unused-waiver',
      severity: 'warning',
      category: '归档规范',
      message: {
        zh: `豁免未匹配任何问题：规则 ${w.rule}${w.path ? `（位置 ${w.path}）` : ''}。请删除过时的豁免，或核对规则编号`,
        en: `Waiver matched no finding: rule ${w.rule}${w.path ? ` at ${w.path}` : ''}. Remove the stale waiver or check the rule id`,
      },
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
