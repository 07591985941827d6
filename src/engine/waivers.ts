/**
 * Waivers in a case file ({rule, reason, approved_by, date, path?}) silence matching findings. A waived finding
 * stays in the output, marked; a waiver of a rule that ran and matched nothing is itself reported, and so is a
 * waiver naming a rule caselint does not know at all. A waiver of a rule caselint knows but that did not run (off
 * in the configuration, or outside the rule set an API caller gave) cannot be judged: it is accepted silently.
 * What "caselint knows" is given by the caller (`WaiverScope.knownRules`): the engine never imports the rule packs.
 */
import type { Case } from '../model/case.js';
import type { Finding, Msg, Rule } from './types.js';
import { rulesOf } from './merge.js';
import { knownRuleList, unknownRuleMessage } from './rule-options.js';

export interface WaiverScope {
  /** every rule of the run, on or off (a caller's own rules included) */
  ruleSet?: readonly Rule[];
  /**
   * every rule the caller knows of, a superset of `ruleSet` (the CLI and the API give caselint's full list): a
   * waiver naming one of these that is not in the run is not judged; one naming neither is an unknown rule.
   * Default: `ruleSet`. Neither given: every id is taken as a rule of the run.
   */
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
  const { ruleSet, knownRules, ran, deferred } = scope;
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
  const named = ruleSet || knownRules ? knownRuleList(ruleSet, knownRules) : undefined;
  const knownIds = named ? new Set(named.map((r) => r.meta.id)) : undefined;
  const runIds = ruleSet ? new Set(ruleSet.map((r) => r.meta.id)) : knownIds;
  const inRun = (id: string): boolean => !runIds || runIds.has(id);
  waivers.forEach((w, i) => {
    if (used.has(i)) return;
    const known = !knownIds || knownIds.has(w.rule);
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
        : unknownWaiverRule(w.rule, named ?? []),
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
