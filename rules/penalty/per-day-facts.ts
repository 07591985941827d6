/** Shared facts of a per-day (按日连续处罚) case; not a rule. */
import type { Case, LawRef, TimelineEvent } from '../../src/model/case.js';
import type { LegalBasis, RuleContext } from '../../src/engine/types.js';
import type { PenaltyClause } from '../../src/law/types.js';
import { normaliseRefs } from '../../src/model/build.js';
import { appliedClauses, itemlessRows, query } from './util.js';

/** 环境保护主管部门实施按日连续处罚办法 (环境保护部令第28号, in force 2015-01-01) */
const DAILY_MEASURES = 'daily-penalty-measures';

export function dailyMeasures(article: number, extra: Partial<LegalBasis> = {}): LegalBasis {
  return { law: DAILY_MEASURES, version: '2015', article, ...extra };
}

export const EPL_59: LegalBasis = { law: 'env-protection-law', version: '2015', article: 59, paragraph: 1 };

/** cited penalty clauses that are per-day provisions (EPL 59, air law 123, …) */
export function perDayClauses(c: Case, ctx: RuleContext): PenaltyClause[] {
  return appliedClauses(c, ctx)
    .map((a) => a.applied.clause)
    .filter((cl) => cl.tiers.some((t) => t.fine?.kind === 'per_day'));
}

export function isDailyCase(c: Case, ctx: RuleContext): boolean {
  return c.data.penalty.daily !== undefined || perDayClauses(c, ctx).length > 0;
}

/**
 * A cited per-day clause that names the conduct itself: 大气法 §123 with its item, 水污染防治法 §95 (违法排放水污染物),
 * 固废法 §119 (排放固体废物), 上海市环境保护条例 §66 with its item, 上海市大气污染防治条例 §102. 环境保护法 §59 alone
 * does not say which conduct (the list is in 按日连续处罚办法 §5 and the laws).
 */
function namesListedConduct(clause: PenaltyClause, item: number | undefined): boolean {
  if (clause.provision.law === 'env-protection-law') return false;
  return clause.provision.items?.length ? item !== undefined && clause.provision.items.includes(item) : true;
}

/**
 * cited clauses (penalty or conduct, in this decision or recorded as the original decision's basis in
 * penalty.daily.original_basis) whose conduct is on a per-day list
 */
export function perDayListed(c: Case, ctx: RuleContext): PenaltyClause[] {
  return perDayReadings(c, ctx).listed;
}

/** whether a catalogue row, as the reference cites it, is on a per-day list */
function rowListed(clause: PenaltyClause, ref: LawRef): boolean {
  const perDayClause = clause.tiers.some((t) => t.fine?.kind === 'per_day');
  return Boolean(perDayClause ? namesListedConduct(clause, ref.item) : clause.perDay);
}

/**
 * perDayListed, and the cited paragraphs without their item (itemlessRows) whose rows disagree: 固废法 2020 §102 ¶2
 * alone can mean items 1/8 (no per-day penalty) or items 2–7/9–11 (§119). Such a citation counts as listed only when
 * every row it can mean is; when only some are, it is `undetermined` and the rules report coverage (itemNotCited).
 */
export function perDayReadings(
  c: Case,
  ctx: RuleContext,
): { listed: PenaltyClause[]; undetermined: LawRef[] } {
  const act = c.dates.act;
  if (!act) return { listed: [], undetermined: [] };
  const listed: PenaltyClause[] = [];
  const undetermined: LawRef[] = [];
  for (const ref of [...c.basis, ...c.violated, ...originalBasis(c, ctx)]) {
    const rows = itemlessRows(c, ctx, ref, act);
    if (rows.length > 0) {
      const on = rows.filter((row) => rowListed(row, ref));
      if (on.length === rows.length && on[0]) listed.push(on[0]);
      else if (on.length > 0) undetermined.push(ref);
      continue;
    }
    const q = query(ref);
    const clause = q ? ctx.catalogue.find(q, act) : undefined;
    if (clause && rowListed(clause, ref)) listed.push(clause);
  }
  return { listed, undetermined };
}

/** the penalty provisions of the original decision, as penalty.daily.original_basis records them */
function originalBasis(c: Case, ctx: RuleContext) {
  return normaliseRefs(c.data.penalty.daily?.original_basis, '/penalty/daily/original_basis', ctx.law);
}

/**
 * whether perDayListed could judge every cited clause: the act date is recorded and the catalogue holds each cited
 * clause at that date (otherwise an empty list proves nothing)
 */
export function perDayListKnown(c: Case, ctx: RuleContext): boolean {
  const act = c.dates.act;
  if (!act) return false;
  // the penalty clauses, without the per-day provisions themselves (the violated provisions are not rows)
  const clauses = [...c.basis, ...originalBasis(c, ctx)].filter(
    (ref) => ref.law !== DAILY_MEASURES && !(ref.law === EPL_59.law && ref.article === EPL_59.article),
  );
  return (
    clauses.length > 0 &&
    clauses.every((ref) => {
      const q = query(ref);
      return q !== undefined && ctx.catalogue.find(q, act) !== undefined;
    })
  );
}

export function reinspectionOn(c: Case, date: string | undefined): TimelineEvent | undefined {
  return date === undefined
    ? undefined
    : c.timeline.find((e) => e.event === 'reinspection' && e.date === date);
}

/** the re-inspection found the discharge continuing, or was refused or obstructed (办法 arts. 12–13) */
export function refusalConfirmed(e: TimelineEvent | undefined): boolean {
  if (!e) return false;
  if (e.result !== undefined) return e.result === 'continuing' || e.result === 'obstructed';
  return e.outcome === 'fail' || /拒不改正|继续|仍在|拒绝|阻挠/.test(`${e.note ?? ''}${e.ground ?? ''}`);
}
