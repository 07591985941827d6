/**
 * Coverage: what was checked for a case and what was not, and why. A rule that lacks a fact neither guesses nor
 * accuses: it returns `notChecked(gap)` (or lists the fact in `meta.needs`). The engine turns the gaps into one
 * grouped info finding per missing fact ("未记录处罚决定日期，未检查：决定期限、送达期限") and the case's coverage.
 */
import type { Case } from '../model/case.js';
import { FACTS, type FactKey } from './facts.js';
import type { CaseCoverage, CheckNotRun, Finding, Gap, Msg, RuleFinding, RuleMeta } from './types.js';

/** A gap for a fact of src/engine/facts.ts */
export function factGap(key: FactKey, path?: string): Gap {
  const spec = FACTS[key];
  return { fact: key, kind: 'not-recorded', label: spec.label, path: path ?? spec.path };
}

/**
 * What a rule returns instead of a finding when it cannot check: the check (default: the rule's) is reported as
 * not run because of `gap`. Pass a fact key for the common facts, or a whole Gap.
 */
export function notChecked(gap: Gap | FactKey, check?: Msg): RuleFinding {
  const g = typeof gap === 'string' ? factGap(gap) : gap;
  const out: RuleFinding = { message: gapReason(g), gap: g };
  if (g.path !== undefined) out.path = g.path;
  if (check) out.check = check;
  return out;
}

/**
 * A check not run because a fact the record does not give (one outside src/engine/facts.ts: its own label, often
 * its own place, such as the officers of one step) is missing: `notChecked` of a not-recorded gap.
 */
export function notRecorded(fact: string, label: Msg, path?: string, check?: Msg): RuleFinding {
  const gap: Gap = { fact, kind: 'not-recorded', label };
  if (path !== undefined) gap.path = path;
  return notChecked(gap, check);
}

/** the check's short name for coverage lines */
export function checkName(meta: RuleMeta): Msg {
  return meta.check ?? meta.title;
}

/** the reason as shown in parentheses after a check: 未记录处罚决定日期 / decision date not recorded */
export function gapReason(g: Gap): Msg {
  switch (g.kind) {
    case 'not-recorded':
      return { zh: `未记录${g.label.zh}`, en: `${g.label.en} not recorded` };
    case 'not-in-catalogue':
      return { zh: `${g.label.zh}不在条款目录`, en: `${g.label.en} not in the clause catalogue` };
    case 'not-covered':
      return {
        zh: `${g.label.zh}不在 caselint 法律数据范围内`,
        en: `${g.label.en} not covered by caselint's law data`,
      };
    case 'out-of-scope':
      return g.label;
  }
}

const LIST_ZH = '、';
const LIST_EN = ', ';

/** one info finding per missing fact (fact + kind), naming every check it blocked */
export function groupedGapFindings(
  c: Case,
  notRun: CheckNotRun[],
  locate: (pointer: string) => { line: number; column: number },
): Finding[] {
  const groups = new Map<string, { gap: Gap; checks: Msg[] }>();
  for (const entry of notRun) {
    for (const gap of entry.reasons) {
      const key = `${gap.kind}\u0000${gap.fact}`;
      const group = groups.get(key) ?? { gap, checks: [] };
      if (!group.checks.some((m) => m.zh === entry.check.zh)) group.checks.push(entry.check);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ gap, checks }) => {
    const zhChecks = checks.map((m) => m.zh).join(LIST_ZH);
    const enChecks = checks.map((m) => m.en).join(LIST_EN);
    const message: Msg =
      gap.kind === 'not-recorded'
        ? {
            zh: `未记录${gap.label.zh}，未检查：${zhChecks}`,
            en: `${gap.label.en} not recorded, not checked: ${enChecks}`,
          }
        : {
            zh: `${gapReason(gap).zh}，未检查：${zhChecks}`,
            en: `${gapReason(gap).en}, not checked: ${enChecks}`,
          };
    const pos = locate(gap.path ?? '');
    const f: Finding = {
      ruleId: `coverage/${gap.kind}`,
      severity: 'info',
      category: 'coverage',
      message,
      case: c.id,
      file: c.file,
      line: pos.line,
      column: pos.column,
      basis: [],
    };
    if (gap.path !== undefined) f.path = gap.path;
    return f;
  });
}

/** collects the not-run checks of one case as rules report them */
export class CoverageCollector {
  private readonly checked: string[] = [];
  private readonly notRun: CheckNotRun[] = [];

  /** a rule ran; `gaps` are the gap findings it returned (or the facts the engine found missing) */
  record(meta: RuleMeta, gaps: RuleFinding[]): void {
    const blocked = gaps.filter((f): f is RuleFinding & { gap: Gap } => f.gap !== undefined);
    if (blocked.length === 0) {
      this.checked.push(meta.id);
      return;
    }
    for (const f of blocked) {
      const check = f.check ?? checkName(meta);
      const entry = this.notRun.find((e) => e.ruleId === meta.id && e.check.zh === check.zh);
      if (!entry) this.notRun.push({ ruleId: meta.id, check, reasons: [f.gap] });
      else if (!entry.reasons.some((g) => g.fact === f.gap.fact && g.kind === f.gap.kind))
        entry.reasons.push(f.gap);
    }
  }

  result(): CaseCoverage {
    return {
      checked: [...this.checked],
      notChecked: this.notRun.map((e) => ({ ...e, reasons: [...e.reasons] })),
    };
  }
}

/** how many checks a coverage line names per reason before "等 N 项" */
const LINE_CHECKS = 6;

/**
 * 已检查 64 项；未检查 9 项：罚款幅度（罚款条款不在条款目录）；立案期限、法制审核等 7 项（未记录完整办案过程）
 * Checks with the same reasons are listed together; the JSON output has every check and reason.
 */
export function coverageLine(coverage: CaseCoverage, lang: 'zh' | 'en'): string {
  const checked = coverage.checked.length;
  const notRun = coverage.notChecked;
  const groups = new Map<string, { reason: string; checks: string[] }>();
  for (const e of notRun) {
    const reason = e.reasons.map((g) => gapReason(g)[lang]).join(lang === 'zh' ? '；' : '; ');
    const group = groups.get(reason) ?? { reason, checks: [] };
    group.checks.push(e.check[lang]);
    groups.set(reason, group);
  }
  const items = [...groups.values()].map(({ reason, checks }) => {
    const shown = checks.slice(0, LINE_CHECKS);
    if (lang === 'zh') {
      const list = shown.join(LIST_ZH) + (checks.length > shown.length ? `等 ${checks.length} 项` : '');
      return `${list}（${reason}）`;
    }
    const list =
      shown.join(LIST_EN) + (checks.length > shown.length ? ` and ${checks.length - shown.length} more` : '');
    return `${list} (${reason})`;
  });
  if (lang === 'zh')
    return notRun.length === 0
      ? `已检查 ${checked} 项，全部可检查`
      : `已检查 ${checked} 项；未检查 ${notRun.length} 项：${items.join('；')}`;
  const runs = `${checked} check${checked === 1 ? '' : 's'} run`;
  return notRun.length === 0
    ? `${runs}, none left unchecked`
    : `${runs}; ${notRun.length} not run: ${items.join('; ')}`;
}
