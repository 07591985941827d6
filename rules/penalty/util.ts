/** Helpers shared by the penalty pack (pure functions over the case and the context). */
import type { Case, LawRef } from '../../src/model/case.js';
import type { IsoDate, Yuan } from '../../src/model/case-data.js';
import { isNaturalPerson, tierTargets } from '../../src/model/party.js';
import type { LegalBasis, Msg, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notChecked, notRecorded } from '../../src/engine/coverage.js';
import { matchScore } from '../../src/law/catalogue.js';
import type {
  ApplicableClause,
  ClauseCatalogue,
  ClauseProvision,
  FineBase,
  FineSpec,
  PenaltyClause,
  PenaltyTier,
} from '../../src/law/types.js';
import { groupedEn, groupedZh } from '../../src/text/grouped.js';
import { MITIGATING_GROUNDS } from '../../src/load/enums.js';
import { addDays } from '../../src/model/dates.js';

export type Bases = Parameters<ClauseCatalogue['bounds']>[1];

/**
 * the day penalty ranges are judged at: the case's law date (the decision, else the latest recorded step; never
 * --as-of). Rules that call it declare `needs: ['case-date']`, so the engine does not run them on a case that
 * dates nothing.
 */
export function decisionDate(c: Case, _ctx?: RuleContext): IsoDate {
  const date = c.dates.law;
  if (date === undefined) throw new Error("the case dates nothing: declare needs: ['case-date']");
  return date;
}

export function query(
  ref: LawRef,
): { law: string; article: number; paragraph?: number; item?: number } | undefined {
  if (!ref.law) return undefined;
  const q: { law: string; article: number; paragraph?: number; item?: number } = {
    law: ref.law,
    article: ref.article,
  };
  if (ref.paragraph !== undefined) q.paragraph = ref.paragraph;
  if (ref.item !== undefined) q.item = ref.item;
  return q;
}

/**
 * The query for one cited penalty provision, read with the other citations of the same article: 固废法 2020
 * §102/§112 list the items in ¶1 and set the amounts in ¶2, so "第一百零二条第一款第（九）项、第二款" cites one clause,
 * and the ¶2 citation means the row of item 9 (¥100,000–1,000,000), not the article's first ¶2 row (items 1 and 8,
 * ¥50,000–200,000). A citation without an item takes the item cited beside it in the same article (as penalty basis
 * or as violated provision) when the catalogue has a row for that pair; otherwise it is read as written.
 */
export function basisQuery(c: Case, ctx: RuleContext, ref: LawRef, date: IsoDate): ReturnType<typeof query> {
  const q = query(ref);
  if (!q || q.item !== undefined) return q;
  // the item named beside it: in the penalty basis, or in the violated provisions (固废法 2020 §102 ¶1(9) recorded
  // as the conduct, ¶2 as the penalty)
  for (const other of [...c.basis, ...c.violated]) {
    if (other === ref || other.item === undefined) continue;
    if (other.law !== ref.law || other.article !== ref.article) continue;
    const withItem = { ...q, item: other.item };
    if (ctx.catalogue.find(withItem, date)) return withItem;
  }
  return q;
}

/**
 * The catalogue rows a paragraph cited without its item can mean, when they are more than one and tell nothing
 * apart but the item (固废法 2020 §102 ¶2 alone: items 1 and 8 carry ¥50,000–200,000, items 2–6 and 9–11
 * ¥100,000–1,000,000), and no other citation of the article (basis or violated) names the item. Empty when the
 * citation picks one row. A range or a pairing judged on the first of them would rest on a guess.
 */
export function itemlessRows(c: Case, ctx: RuleContext, ref: LawRef, date: IsoDate): PenaltyClause[] {
  if (ref.item !== undefined || !ctx.catalogue.findAll) return [];
  const q = basisQuery(c, ctx, ref, date);
  if (!q || q.item !== undefined) return [];
  const rows = ctx.catalogue.findAll(q, date);
  const first = rows[0];
  if (!first || rows.length < 2) return [];
  const resolved = { ...q, law: first.provision.law };
  const top = matchScore(first, resolved);
  const tied = rows.filter((r) => matchScore(r, resolved) === top && r.provision.items?.length);
  return new Set(tied.map((r) => r.key)).size > 1 ? tied : [];
}

/** the coverage line of a check that needs the item of such a citation (see itemlessRows) */
export function itemNotCited(ctx: RuleContext, ref: LawRef, date: IsoDate, check?: Msg): RuleFinding {
  const version = ref.law ? ctx.law.versionAt(ref.law, date) : undefined;
  const cited: LegalBasis = {
    law: version?.law ?? ref.law ?? '',
    version: version?.label ?? '',
    article: ref.article,
  };
  if (ref.paragraph !== undefined) cited.paragraph = ref.paragraph;
  const name = ctx.law.cite(cited);
  return notRecorded(
    `clause-item:${ref.law ?? ''}:${String(ref.article)}:${String(ref.paragraph ?? '')}`,
    {
      zh: `所引${name.zh}适用的项（该款各项的罚则不同）`,
      en: `the item of the cited ${name.en} that applies (its items carry different penalties)`,
    },
    ref.pointer,
    check,
  );
}

/**
 * Every cited penalty provision is a catalogue clause marked notDischarge (土壤污染防治法 §86): the record then
 * shows that the conduct penalised is not a discharge of pollutants, so a falsified-data or other evasion flag is
 * not "逃避监管的方式违法排放污染物" (环境保护法 §63(3), 查封扣押办法 §4 ¶1(4)). False when no provision is cited,
 * the act date is not recorded or any citation is not in the catalogue: the flags are then read as written.
 */
export function basisNotDischarge(c: Case, ctx: RuleContext): boolean {
  const act = c.dates.act;
  if (!act || c.basis.length === 0) return false;
  return c.basis.every((ref) => {
    const q = basisQuery(c, ctx, ref, act);
    return q !== undefined && ctx.catalogue.find(q, act)?.notDischarge === true;
  });
}

export interface AppliedBasis {
  ref: LawRef;
  applied: ApplicableClause;
}

/**
 * The clause each row of an item-less paragraph citation (itemlessRows) applies, by 从旧兼从轻 as appliedClauses
 * does; undefined when the citation picks one row.
 */
export function itemlessReadings(
  c: Case,
  ctx: RuleContext,
  ref: LawRef,
  act: IsoDate,
): ApplicableClause[] | undefined {
  const rows = itemlessRows(c, ctx, ref, act);
  const q = basisQuery(c, ctx, ref, act);
  if (rows.length === 0 || !q) return undefined;
  const decided = decisionDate(c, ctx);
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    if (seen.has(row.key)) return [];
    seen.add(row.key);
    const item = row.provision.items?.[0];
    const applied = item === undefined ? undefined : ctx.catalogue.applicable({ ...q, item }, act, decided);
    return [applied ?? { clause: row, reason: 'act-time' as const }];
  });
}

/** at most this many combinations of readings are judged; past it, the item-less citations are coverage */
const MAX_READINGS = 64;

/**
 * A judgement over the applied clauses that rests on no row the record did not choose. A paragraph cited without
 * the item that picks its row (固废法 2020 §102 ¶2 alone, see itemlessRows) is read as each of its rows in turn:
 * `judge` runs on every combination of readings, and a finding given by every one of them stands (it holds whichever
 * row applies); where the combinations differ, each such citation is reported as coverage (itemNotCited) instead.
 * An act known only within a span (no act date) is not re-read: those citations are coverage and the others judged.
 */
export function judgeOverReadings(
  c: Case,
  ctx: RuleContext,
  applied: AppliedBasis[],
  judge: (applied: AppliedBasis[]) => RuleFinding[],
  check?: Msg,
  at: IsoDate | undefined = c.dates.act,
): RuleFinding[] {
  if (at === undefined) return judge(applied);
  const exact = c.dates.act !== undefined;
  const options = applied.map((a) => {
    const readings = exact ? itemlessReadings(c, ctx, a.ref, at) : undefined;
    if (readings) {
      // each reading is cited as the record cites it, the paragraph without an item: its provision lists the items
      // of every row it can mean (so provisionBasis names none of them)
      const items = [...new Set(readings.flatMap((r) => r.clause.provision.items ?? []))];
      return readings.map((r): AppliedBasis => ({
        ref: a.ref,
        applied: { ...r, clause: { ...r.clause, provision: { ...r.clause.provision, items } } },
      }));
    }
    return !exact && itemlessRows(c, ctx, a.ref, at).length > 0 ? [] : [a];
  });
  const ambiguous = applied.filter((_, i) => options[i]?.length !== 1);
  if (ambiguous.length === 0) return judge(applied);
  const gaps = ambiguous.map((a) => itemNotCited(ctx, a.ref, at, check));
  const count = options.reduce((n, o) => n * Math.max(o.length, 1), 1);
  if (!exact || count > MAX_READINGS)
    return [...judge(applied.filter((a) => !ambiguous.includes(a))), ...gaps];
  let combos: AppliedBasis[][] = [[]];
  for (const o of options) {
    if (o.length === 0) continue;
    combos = combos.flatMap((combo) => o.map((a) => [...combo, a]));
  }
  const results = combos.map((combo) => judge(combo));
  const key = (f: RuleFinding) => JSON.stringify(f);
  const first = results[0] ?? [];
  const inAll = first.filter((f) => results.every((r) => r.some((g) => key(g) === key(f))));
  const agree = results.every(
    (r) => r.length === first.length && r.every((f) => inAll.some((g) => key(g) === key(f))),
  );
  return agree ? first : [...inAll, ...gaps];
}

/** the catalogue clause (从旧兼从轻) for each cited penalty provision the catalogue knows */
export function appliedClauses(c: Case, ctx: RuleContext): AppliedBasis[] {
  const act = c.dates.act;
  if (!act) return [];
  const decided = decisionDate(c, ctx);
  const seen = new Set<PenaltyClause>();
  return c.basis.flatMap((ref) => {
    const q = basisQuery(c, ctx, ref, act);
    const applied = q
      ? (ctx.catalogue.applicable(q, act, decided) ?? itemWithoutParagraph(ctx, q, act, decided))
      : undefined;
    // two citations of one clause (e.g. 固废法 §112 ¶1 item and ¶2) are one basis
    if (!applied || seen.has(applied.clause)) return [];
    seen.add(applied.clause);
    return [{ ref, applied }];
  });
}

/**
 * The clause a cited penalty provision applies is chosen by the act date (行政处罚法 2021 §37, 从旧兼从轻): a case
 * that cites one but records no act date cannot be checked by a rule built on `appliedClauses`. Such a rule returns
 * this gap instead of staying silent; it is the `act-date` fact of src/engine/facts.ts, so however many checks it
 * blocks, the case shows one line "未记录违法行为发生日期，未检查：…".
 */
export function actDateGap(c: Case): RuleFinding | undefined {
  return c.dates.act === undefined && c.basis.length > 0 ? notChecked('act-date') : undefined;
}

/** the days the act can be on, as far as the record bounds them (both ends included) */
export interface ActSpan {
  from: IsoDate;
  to: IsoDate;
  /** the act as the record gives it: a date, or e.g. 2022-06-01至2022-10-18 */
  shown: string;
}

/**
 * The days the act (its end when continuing, 行政处罚法 2021 §36(2)) can be on: the recorded act date; else, when the
 * record gives the end, or the start, only in part (`2022-06`, `2022`), from the first day it allows to its last day
 * for the end, or to the decision for the start (an act that started then may have gone on, but never past the
 * decision that punishes it). Undefined when nothing bounds it from below or no decision bounds it from above.
 */
export function actSpan(c: Case): ActSpan | undefined {
  const act = c.dates.act;
  if (act !== undefined) return { from: act, to: act, shown: act };
  const decided = c.dates.decided;
  if (decided === undefined) return undefined;
  const span = (key: string) => c.approx.get(`/violation/${key}`);
  const v = c.data.violation;
  let from: IsoDate | undefined;
  let to: IsoDate | undefined;
  if (c.approx.has('/violation/ended_on')) {
    from = span('ended_on')?.from;
    to = span('ended_on')?.to;
  } else if (!v.continuing) {
    from = v.started_on ?? span('started_on')?.from;
    to = decided;
  }
  if (from === undefined || to === undefined) return undefined;
  if (to > decided) to = decided;
  if (from > to) return undefined;
  return { from, to, shown: from === to ? from : `${from}至${to}` };
}

/**
 * The clauses of `appliedClauses` for an act known only within a span: a cited provision counts when the same
 * catalogue row applies (行为时的法律, or the milder later one, 行政处罚法 2021 §37) on every day of the span — so its
 * range is the one the law gives whatever day the act was on; a provision whose row changes within the span (a new text
 * in force, another row) is `undetermined`. With a recorded act date this is `appliedClauses`. `span` is undefined
 * when the record does not bound the act (then nothing is applied and, with a cited provision, it is undetermined).
 */
export function appliedOverActSpan(
  c: Case,
  ctx: RuleContext,
): { applied: AppliedBasis[]; undetermined: boolean; span?: ActSpan } {
  const span = actSpan(c);
  if (!span) return { applied: [], undetermined: c.basis.length > 0 };
  if (span.from === span.to && c.dates.act !== undefined)
    return { applied: appliedClauses(c, ctx), undetermined: false, span };
  const decided = decisionDate(c, ctx);
  const seen = new Set<PenaltyClause>();
  let undetermined = false;
  const applied = c.basis.flatMap((ref) => {
    const q = basisQuery(c, ctx, ref, span.from);
    if (!q) return [];
    const at = (date: IsoDate) =>
      ctx.catalogue.applicable(q, date, decided) ?? itemWithoutParagraph(ctx, q, date, decided);
    // the rows of the cited article change only on the days one of them starts or ends
    const days = new Set<IsoDate>([span.from]);
    for (const row of ctx.catalogue.all()) {
      if (row.provision.law !== q.law || row.provision.article !== q.article) continue;
      if (row.effectiveFrom > span.from && row.effectiveFrom <= span.to) days.add(row.effectiveFrom);
      const after = row.effectiveTo === undefined ? undefined : addDays(row.effectiveTo, 1);
      if (after !== undefined && after > span.from && after <= span.to) days.add(after);
    }
    // the decision day itself has no later text to compare (从旧兼从轻 looks past the act only)
    if (span.to === decided) days.add(decided);
    const results = [...days].map(at);
    const first = results[0];
    const same = results.every((r) => r?.clause === first?.clause && r?.reason === first?.reason);
    if (!same) {
      undetermined = true;
      return [];
    }
    if (!first || seen.has(first.clause)) return [];
    seen.add(first.clause);
    return [{ ref, applied: first }];
  });
  return { applied, undetermined, span };
}

/**
 * The cited clauses as read in their text in force at the act, for the rules that pair, limit or compare them
 * (basis-matches-violation, kinds-allowed-by-clause, overlapping-clauses): with the act dated to the day,
 * `appliedClauses`; with the act known only within a span (`2023-03` to `2023-06`), the clauses that apply on every
 * day of it (`appliedOverActSpan`). `gap` is the act-date coverage line when nothing bounds the act or a cited clause
 * changes within the span; the clauses that do not change are still returned.
 */
export function appliedAtAct(
  c: Case,
  ctx: RuleContext,
): { applied: AppliedBasis[]; span?: ActSpan; gap?: RuleFinding } {
  const { applied, undetermined, span } = appliedOverActSpan(c, ctx);
  const out: { applied: AppliedBasis[]; span?: ActSpan; gap?: RuleFinding } = { applied };
  if (span) out.span = span;
  if (undetermined) out.gap = notChecked('act-date');
  return out;
}

/**
 * An article whose items are listed in one paragraph and priced in another (固废法 2020 §112: items in ¶1,
 * amounts in ¶2) is cited by its item: "第一百一十二条第一款第（十三）项" is the same clause as the catalogue's
 * §112 ¶2 row for item 13.
 */
function itemWithoutParagraph(
  ctx: RuleContext,
  q: NonNullable<ReturnType<typeof query>>,
  act: IsoDate,
  decided: IsoDate,
): ApplicableClause | undefined {
  if (q.paragraph === undefined || q.item === undefined) return undefined;
  return ctx.catalogue.applicable({ law: q.law, article: q.article, item: q.item }, act, decided);
}

/** version label of the law text a clause was read from, e.g. '2018' */
export function clauseVersion(ctx: RuleContext, clause: PenaltyClause): string {
  return (
    ctx.law.versionAt(clause.provision.law, clause.effectiveFrom)?.label ?? clause.effectiveFrom.slice(0, 4)
  );
}

export function provisionBasis(
  ctx: RuleContext,
  clause: PenaltyClause,
  p: ClauseProvision = clause.provision,
  cited?: LawRef,
): LegalBasis {
  const b: LegalBasis = { law: p.law, version: clauseVersion(ctx, clause), article: p.article };
  if (p.paragraph !== undefined) b.paragraph = p.paragraph;
  if (p.items?.length === 1 && p.items[0] !== undefined) b.item = p.items[0];
  else if (
    cited?.item !== undefined &&
    p.items?.includes(cited.item) &&
    (cited.paragraph === undefined || cited.paragraph === p.paragraph)
  )
    b.item = cited.item;
  if (!clause.confirmed) b.note = 'unconfirmed';
  return b;
}

/** the 行政处罚法 text by date: 2021 from 2021-07-15, else 2017 */
export function aplLabel(date: IsoDate): '2017' | '2021' {
  return date >= '2021-07-15' ? '2021' : '2017';
}

export function apl(
  date: IsoDate,
  article2021: number,
  article2017: number,
  extra: Partial<LegalBasis> = {},
): LegalBasis {
  const label = aplLabel(date);
  return {
    law: 'admin-penalty-law',
    version: label,
    article: label === '2021' ? article2021 : article2017,
    ...extra,
  };
}

/** the tiers of a clause that apply to the party (units vs individuals) */
export function tiersFor(clause: PenaltyClause, c: Case): PenaltyTier[] {
  const targets: string[] = tierTargets(c.data.party.type);
  return clause.tiers.filter((t) => targets.includes(t.target));
}

export function hasComputableFine(spec: FineSpec | undefined): spec is FineSpec {
  return spec !== undefined && spec.kind !== 'per_day' && spec.kind !== 'unspecified';
}

export function basesOf(c: Case): Bases {
  const b = c.data.violation.bases ?? {};
  const out: Bases = {};
  for (const [k, v] of Object.entries(b))
    if (typeof v === 'number') out[k as FineBase | 'units' | 'occurrences'] = v;
  const daily = c.data.penalty.daily;
  if (daily) {
    out.days = daily.days;
    out.original_fine = daily.original_fine;
  }
  return out;
}

export const BASE_NAMES: Record<string, Msg> = {
  illegal_gains: { zh: '违法所得', en: 'illegal gains' },
  goods_value: { zh: '货值金额', en: 'value of the goods' },
  disposal_cost: { zh: '处置费用', en: 'disposal cost' },
  direct_loss: { zh: '直接损失', en: 'direct loss' },
  fees_owed: { zh: '应缴费用', en: 'fees owed' },
  total_investment: { zh: '建设项目总投资额', en: 'total project investment' },
  prior_year_income: { zh: '上一年度收入', en: "previous year's income" },
  units: { zh: '数量（台/辆）', en: 'number of units' },
  occurrences: { zh: '违法次数', en: 'number of occurrences' },
  days: { zh: '按日计罚日数', en: 'number of days' },
  original_fine: { zh: '原处罚数额', en: 'original fine' },
};

export function baseName(key: string): Msg {
  return BASE_NAMES[key] ?? { zh: key, en: key };
}

// not Number#toLocaleString, which builds a formatter per call (once the hottest line of a lint run)
export function yuan(n: Yuan): Msg {
  return { zh: `${groupedZh(n)}元`, en: `¥${groupedEn(n)}` };
}

export function range(min: Yuan | undefined, max: Yuan | undefined): Msg {
  if (min !== undefined && max !== undefined) {
    return { zh: `${yuan(min).zh}至${yuan(max).zh}`, en: `${yuan(min).en}–${yuan(max).en}` };
  }
  if (max !== undefined) return { zh: `${yuan(max).zh}以下`, en: `up to ${yuan(max).en}` };
  if (min !== undefined) return { zh: `${yuan(min).zh}以上`, en: `at least ${yuan(min).en}` };
  return { zh: '（无法计算）', en: '(not computable)' };
}

/**
 * the schema's mitigating grounds are exactly the statutory ones on which 从轻或者减轻 is mandatory: 行政处罚法 2021
 * §32 (2017 §27 ¶1) and minors 14–18 (2021 §30 / 2017 §25)
 */
export const STATUTORY_GROUNDS: ReadonlySet<string> = new Set(MITIGATING_GROUNDS);

type TreatmentGround = NonNullable<Case['data']['penalty']['treatment_grounds']>[number];

/**
 * A treatment ground is statutory (行政处罚法 2021 §30, §32; 2017 §25, §27) when recorded so, or — kind left out — when
 * it is one of the statutory codes or cites those articles of 行政处罚法; otherwise it is one of the benchmark's
 * discretionary circumstances (首次违法, 及时改正 …), which support 从轻 within the range but never 减轻.
 */
export function isStatutoryGround(g: TreatmentGround): boolean {
  if (g.kind) return g.kind === 'statutory';
  if (STATUTORY_GROUNDS.has(g.ground)) return true;
  const law = g.basis?.law ?? '';
  const article = g.basis?.article;
  return (
    /行政处罚法/.test(law) && !/环境/.test(law) && article !== undefined && [25, 27, 30, 32].includes(article)
  );
}

/** the statutory grounds for lighter or mitigated treatment the case records */
export function recordedMitigationGrounds(c: Case): string[] {
  return [
    ...(c.data.penalty.treatment_grounds ?? []).filter(isStatutoryGround).map((g) => g.ground),
    ...(c.data.discretion?.mitigating ?? []),
  ];
}

/** the benchmark's discretionary circumstances the case records (not statutory grounds) */
export function discretionaryCircumstances(c: Case): string[] {
  return [
    ...(c.data.penalty.treatment_grounds ?? []).filter((g) => !isStatutoryGround(g)).map((g) => g.ground),
    ...(c.data.discretion?.circumstances ?? []),
  ];
}

/** a person aged 14–17 at the act: 从轻或者减轻 is mandatory (行政处罚法 2021 §30; 2017 §25) */
export function isMinor14to18(c: Case): boolean {
  const age = c.data.party.age_at_act;
  return isNaturalPerson(c.data.party.type) && age !== undefined && age >= 14 && age < 18;
}

/**
 * The grounds that allow 从轻 or 减轻 at the decision date: the recorded ones, less 主动供述 before 2021-07-15
 * (added by 行政处罚法 2021 §32(3); the 2017 §27(1) list has no such item), plus a recorded age of 14–17.
 * The date is the decision date because a later, milder rule applies (从旧兼从轻, 2021 §37).
 */
export function mitigationGrounds(c: Case, decided: IsoDate): string[] {
  const grounds = recordedMitigationGrounds(c).filter((g) => g !== 'confessed' || decided >= '2021-07-15');
  if (isMinor14to18(c) && !grounds.includes('minor-14-18')) grounds.push('minor-14-18');
  return grounds;
}

export function isDecided(c: Case): boolean {
  return c.timeline.some((e) => e.event === 'decision');
}

/** kinds actually imposed (a penalty decision) */
export function imposedKinds(c: Case): string[] {
  return c.data.penalty.kinds ?? [];
}

export function hasTransfer(c: Case, kind: 'detention' | 'criminal'): boolean {
  return c.timeline.some(
    (e) => (e.event === 'transferred' || e.event === 'transfer-decided') && e.kind === kind,
  );
}

export function cite(ctx: RuleContext, b: LegalBasis): Msg {
  return ctx.law.cite(b);
}

/** why a clause leaves the fine no discretion (discretionNeed), for one clause */
function clauseFixesFine(c: Case, ctx: RuleContext, clause: PenaltyClause, fine: Yuan): Msg | undefined {
  const bases = basesOf(c);
  for (const tier of tiersFor(clause, c)) {
    const spec = tier.fine;
    if (!hasComputableFine(spec)) continue;
    if (spec.kind === 'fixed_amount' && spec.amount === fine)
      return { zh: '罚款数额由法律确定', en: 'the amount is fixed by law' };
    const b = ctx.catalogue.bounds(spec, bases);
    if (b.missingBase) continue;
    if (spec.kind === 'per_unit' && b.min === fine)
      return { zh: '罚款数额由法律按数量确定', en: 'the amount is fixed by law per unit' };
    if (b.min !== undefined && b.min === fine)
      return { zh: '罚款为法定最低数额', en: 'the fine is the statutory minimum' };
  }
  return undefined;
}

/**
 * Why the fine needs no discretion reasoning, if it does not (`reason`): an amount fixed by law (a per-day penalty is
 * the original fine × the days, 环境保护法 §59; a fixed amount; an amount per unit) or the statutory minimum of the
 * clause applied, below which no benchmark can go (减轻 aside, which mitigation-consistent checks). A paragraph cited without its item (itemlessRows) gives a reason only when
 * every row it can mean gives one; where its rows disagree (the statutory minimum of items 1/8 of 固废法 2020 §102 ¶2
 * but not of items 2–6/9–11) and no other citation settles it, `gaps` holds the coverage line (itemNotCited) a rule
 * returns instead of judging the discretion on a row the record did not choose.
 */
export function discretionNeed(c: Case, ctx: RuleContext): { reason?: Msg; gaps: RuleFinding[] } {
  const fine = c.data.penalty.fine;
  if (fine === undefined) return { gaps: [] };
  const daily = c.data.penalty.daily;
  if (daily && fine === daily.original_fine * daily.days)
    return {
      reason: { zh: '按日连续处罚的数额由法律确定', en: 'a per-day amount is fixed by law' },
      gaps: [],
    };
  const act = c.dates.act;
  const gaps: RuleFinding[] = [];
  for (const { ref, applied } of appliedClauses(c, ctx)) {
    const readings = act === undefined ? undefined : itemlessReadings(c, ctx, ref, act);
    if (!readings) {
      const reason = clauseFixesFine(c, ctx, applied.clause, fine);
      if (reason) return { reason, gaps: [] };
      continue;
    }
    const reasons = readings.map((r) => clauseFixesFine(c, ctx, r.clause, fine));
    const first = reasons[0];
    if (first && reasons.every((r) => r !== undefined)) return { reason: first, gaps: [] };
    if (act !== undefined && reasons.some((r) => r !== undefined)) gaps.push(itemNotCited(ctx, ref, act));
  }
  return { gaps };
}
