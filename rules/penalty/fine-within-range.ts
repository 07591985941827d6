import { unfoundedMitigationCause } from '../shared/causes.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { Case, LawRef } from '../../src/model/case.js';
import type { IsoDate } from '../../src/model/case-data.js';
import type {
  ClauseQuery,
  ClauseSuccessor,
  LawVersion,
  PenaltyClause,
  PenaltyTier,
} from '../../src/law/types.js';
import { isMilder, matchScore } from '../../src/law/catalogue.js';
import { addDays } from '../../src/model/dates.js';
import {
  itemNotCited,
  itemlessRows,
  apl,
  appliedOverActSpan,
  type ActSpan,
  baseName,
  basesOf,
  basisQuery,
  clauseVersion,
  decisionDate,
  hasComputableFine,
  mitigationGrounds,
  provisionBasis,
  query,
  range,
  recordedMitigationGrounds,
  tiersFor,
  yuan,
} from './util.js';

const STAGE: Record<PenaltyTier['stage'], { zh: string; en: string }> = {
  initial: { zh: '一般情形', en: 'the initial tier' },
  after_deadline: { zh: '逾期不改正情形', en: 'the tier for failing to correct by the deadline' },
  after_refusal: { zh: '拒不改正情形', en: 'the tier for refusing to correct' },
  serious: { zh: '情节严重情形', en: 'the tier for serious cases' },
  serious_consequence: { zh: '造成严重后果情形', en: 'the tier for serious consequences' },
};

/** the check as coverage names it */
const CHECK = { zh: '罚款幅度（从旧兼从轻）', en: 'fine range (act-time or milder later law)' };

/**
 * A cited clause the catalogue knows only in a text that took effect after the act (e.g. 固废法 2020 art. 112 for an
 * act in August 2020): the act-time text governs unless the later one is milder (APL 2021 art. 37). When the
 * catalogue holds the act-time clause that the later text renumbered into the cited one (a successor link of that
 * row names the cited provision) and the later range is not milder, the case applies a text the act does not fall
 * under: a finding (a warning unless both rows and the link were read from the statute texts). Without the
 * act-time clause, or with ranges that cannot be compared, neither the range nor which text applies can be judged:
 * a gap in caselint's clause catalogue, not a defect shown by the record — coverage (not-in-catalogue).
 */
function laterTextCited(c: Case, ctx: RuleContext, span: ActSpan | undefined): RuleFinding[] {
  if (!span) return [];
  const act = span.shown;
  const decided = decisionDate(c, ctx);
  return c.basis.flatMap((ref) => {
    const q = query(ref);
    if (!q || ctx.catalogue.find(q, span.from) || ctx.catalogue.find(q, span.to)) return [];
    const later = ctx.catalogue.find(q, decided);
    if (!later || later.effectiveFrom <= span.to) return [];
    const wrong = laterTextNotMilder(c, ctx, span, ref, q, later, decided);
    if (wrong) return [wrong];
    // the provision as the case cites it, in the text the catalogue holds
    const written: LegalBasis = {
      law: later.provision.law,
      version: clauseVersion(ctx, later),
      article: ref.article,
    };
    if (ref.paragraph !== undefined) written.paragraph = ref.paragraph;
    if (ref.item !== undefined) written.item = ref.item;
    const cited = ctx.law.cite(written);
    return [
      notChecked(
        {
          fact: `act-time-clause:${later.key}:${act}`,
          kind: 'not-in-catalogue',
          label: {
            zh: `违法行为时（${act}）有效的罚则（所引${cited.zh}自${later.effectiveFrom}起施行；行为时的法律适用，新法更轻的除外）`,
            en: `the penalty clause in force at the act (${act}) (the cited ${cited.en} is in force from ${later.effectiveFrom}; the act-time law applies unless the later one is milder)`,
          },
          path: ref.pointer,
        },
        CHECK,
      ),
    ];
  });
}

const inForceOn = (clause: PenaltyClause, date: IsoDate): boolean =>
  clause.effectiveFrom <= date && (clause.effectiveTo === undefined || date <= clause.effectiveTo);

/**
 * The act-time clause a later text renumbered into the cited provision: a row in force on every day the act can be
 * on whose successor link leads, at the decision date, to the cited later clause (and to the cited item when an item
 * is cited). When exactly one such row exists and the later range is not milder (isMilder false), the later text was
 * applied to an act it does not govern (行政处罚法 2021 §37: the law at the time of the act, unless the new one is
 * milder).
 */
function laterTextNotMilder(
  c: Case,
  ctx: RuleContext,
  span: ActSpan,
  ref: LawRef,
  q: ClauseQuery,
  later: PenaltyClause,
  decided: IsoDate,
): RuleFinding | undefined {
  const preds = new Map<PenaltyClause, ClauseSuccessor[]>();
  for (const row of ctx.catalogue.all()) {
    if (!row.successors || !inForceOn(row, span.from) || !inForceOn(row, span.to)) continue;
    const links = row.successors.filter(
      (l) =>
        l.to !== undefined &&
        (q.item === undefined || l.to.item === undefined || l.to.item === q.item) &&
        ctx.catalogue.find(l.to, decided) === later,
    );
    if (links.length > 0) preds.set(row, links);
  }
  const only = preds.size === 1 ? [...preds][0] : undefined;
  if (!only) return undefined;
  const [atAct, links] = only;
  if (isMilder(later, atAct) !== false) return undefined;
  const tier = tiersFor(atAct, c).find((t) => t.stage === 'initial' && hasComputableFine(t.fine));
  const bounds = tier?.fine ? ctx.catalogue.bounds(tier.fine, basesOf(c)) : undefined;
  const oldItems = [...new Set(links.flatMap((l) => l.items ?? []))];
  const oldProvision = oldItems.length === 1 ? { ...atAct.provision, items: oldItems } : atAct.provision;
  const oldBasis = provisionBasis(ctx, atAct, oldProvision);
  // the later provision as the case cites it
  const laterBasis: LegalBasis = {
    law: later.provision.law,
    version: clauseVersion(ctx, later),
    article: ref.article,
  };
  if (ref.paragraph !== undefined) laterBasis.paragraph = ref.paragraph;
  if (ref.item !== undefined) laterBasis.item = ref.item;
  const oldCited = ctx.law.cite(oldBasis);
  const laterCited = ctx.law.cite(laterBasis);
  const rangeMsg =
    bounds && bounds.missingBase === undefined
      ? { zh: `，罚款${range(bounds.min, bounds.max).zh}`, en: ` (fine ${range(bounds.min, bounds.max).en})` }
      : { zh: '', en: '' };
  const basis: LegalBasis[] = [laterBasis, oldBasis];
  if (decided >= '2021-07-15') basis.unshift({ law: 'admin-penalty-law', version: '2021', article: 37 });
  const confirmed = atAct.confirmed && later.confirmed && links.every((l) => !l.derived);
  const finding: RuleFinding = {
    path: ref.pointer,
    basis,
    message: {
      zh:
        `处罚依据引用${laterCited.zh}，该条自${later.effectiveFrom}起施行，晚于违法行为（${span.shown}）；` +
        `行为时有效的是${oldCited.zh}${rangeMsg.zh}，新规定处罚并不较轻，应适用违法行为发生时的规定（从旧兼从轻）`,
      en:
        `The penalty provision cited is ${laterCited.en}, in force from ${later.effectiveFrom}, after the act (${span.shown}); ` +
        `the provision in force at the act is ${oldCited.en}${rangeMsg.en}, and the later one is not milder, so the act-time provision applies`,
    },
    suggestion: {
      zh: `改引${oldCited.zh}，并按其幅度核对罚款`,
      en: `cite ${oldCited.en} and check the fine against its range`,
    },
  };
  if (!confirmed) finding.severity = 'warning';
  return finding;
}

/** the finding of outsideEveryVersion: the versions considered, each with its range */
function outsideEveryVersionFinding(
  ctx: RuleContext,
  ref: LawRef,
  fine: number,
  ranges: VersionRange[],
  span: ActSpan | undefined,
): RuleFinding {
  const basis = ranges.map((r) => provisionBasis(ctx, r.clause, r.clause.provision, ref));
  const considered = ranges.map((r, i) => {
    const name = ctx.law.cite(basis[i]!);
    const shown = range(r.min, r.max);
    return { zh: `${name.zh}（${shown.zh}）`, en: `${name.en} (${shown.en})` };
  });
  const when = span
    ? { zh: `违法行为日期只知在${span.shown}之间`, en: `the act known only to lie within ${span.shown}` }
    : { zh: '未记录违法行为发生日期', en: 'the act date not recorded' };
  const above = ranges.every((r) => r.max !== undefined && fine > r.max);
  const below = ranges.every((r) => fine < r.min);
  const side = above
    ? { zh: '超过其上限', en: 'above the maximum of each' }
    : below
      ? {
          zh: '低于其下限且案卷未记录减轻处罚的法定情节',
          en: 'below the minimum of each, with no mitigation ground recorded',
        }
      : { zh: '均不在其幅度内', en: 'outside the range of each' };
  return {
    path: '/penalty/fine',
    severity: ranges.every((r) => r.clause.confirmed) ? undefined : 'warning',
    basis: [...basis, { law: 'admin-penalty-law', version: '2021', article: 37 }],
    message: {
      zh: `罚款${yuan(fine).zh}不在所引罚则任何可能适用的文本的法定幅度内（${when.zh}；已考虑行为时可能适用及决定时有效的各文本：${considered.map((x) => x.zh).join('、')}，${side.zh}）`,
      en: `The fine of ${yuan(fine).en} is outside the statutory range of every text of the cited clause that can apply (${when.en}; considered every text that can apply at the act or at the decision: ${considered.map((x) => x.en).join('; ')}, ${side.en})`,
    },
    suggestion: {
      zh: '在法定幅度内重新裁量罚款数额，并记录违法行为发生日期',
      en: 'set the fine again within the statutory range, and record the act date',
    },
  };
}

/** whether a version's own text has the cited article, paragraph and item (unknown text: it may) */
function textHas(structure: LawVersion['structure'], ref: LawRef): boolean {
  if (!structure) return true;
  const paragraphs = structure[ref.article];
  if (!paragraphs) return false;
  if (ref.paragraph !== undefined) {
    const items = paragraphs[ref.paragraph - 1];
    if (items === undefined) return false;
    return ref.item === undefined || ref.item <= items;
  }
  return ref.item === undefined || paragraphs.some((n) => ref.item! <= n);
}

interface VersionRange {
  clause: PenaltyClause;
  min: number;
  max: number | undefined;
}

/**
 * The fine checked without the act date: every version of the cited clause that can apply — each text of the law in
 * force on a day the act can be on (from the start of the recorded span, else from the first text), up to the
 * decision (a milder later text applies as of then, 行政处罚法 2021 §37), whose own text has the cited
 * article/paragraph/item — and every catalogue row the citation can mean in it. Their ranges, when the fine is outside
 * each of them (and, below a minimum, no mitigation ground is recorded); undefined when any text has no row in the
 * catalogue, a range needs an unrecorded base, or the fine fits one of them.
 */
function outsideEveryVersion(
  c: Case,
  ctx: RuleContext,
  ref: LawRef,
  fine: number,
  from: IsoDate | undefined,
  decided: IsoDate,
): VersionRange[] | undefined {
  const law = ref.law ? ctx.law.resolve(ref.law) : undefined;
  const line = law ? ctx.law.line(law) : undefined;
  if (!law || !line) return undefined;
  const rowsOfArticle = ctx.catalogue
    .all()
    .filter((r) => r.provision.law === law && r.provision.article === ref.article);
  const rows = new Map<string, PenaltyClause>();
  let versions = 0;
  for (const v of line.versions) {
    const start = from !== undefined && v.effectiveFrom < from ? from : v.effectiveFrom;
    const end = v.effectiveTo !== undefined && v.effectiveTo < decided ? v.effectiveTo : decided;
    if (start > end || !textHas(v.structure, ref)) continue;
    versions += 1;
    // the rows change only on the days one of them starts or ends
    const days = new Set<IsoDate>([start]);
    for (const r of rowsOfArticle) {
      if (r.effectiveFrom > start && r.effectiveFrom <= end) days.add(r.effectiveFrom);
      const after = r.effectiveTo === undefined ? undefined : addDays(r.effectiveTo, 1);
      if (after !== undefined && after > start && after <= end) days.add(after);
    }
    for (const day of days) {
      const q = basisQuery(c, ctx, ref, day);
      if (!q) return undefined;
      let found = ctx.catalogue.findAll?.(q, day) ?? [];
      if (found.length === 0 && q.paragraph !== undefined && q.item !== undefined)
        found = ctx.catalogue.findAll?.({ law: q.law, article: q.article, item: q.item }, day) ?? [];
      const first = found[0];
      // a text of the law whose row the catalogue does not hold: its range is unknown
      if (!first) return undefined;
      const resolved = { ...q, law: first.provision.law };
      const top = matchScore(first, resolved);
      for (const r of found) if (matchScore(r, resolved) === top) rows.set(r.key + r.effectiveFrom, r);
    }
  }
  if (versions === 0 || rows.size === 0) return undefined;
  const bases = basesOf(c);
  const mitigated = mitigationGrounds(c, decided).length > 0;
  const out: VersionRange[] = [];
  for (const clause of rows.values()) {
    const tiers = tiersFor(clause, c).filter((t) => hasComputableFine(t.fine));
    if (tiers.length === 0) return undefined;
    const bounds = tiers.map((t) => ctx.catalogue.bounds(t.fine!, bases));
    if (bounds.some((b) => b.missingBase !== undefined)) return undefined;
    const fits = bounds.some(
      (b) => (b.min === undefined || fine >= b.min) && (b.max === undefined || fine <= b.max),
    );
    if (fits) return undefined;
    const maxes = bounds.map((b) => b.max);
    const max = maxes.includes(undefined) ? undefined : Math.max(...(maxes as number[]));
    const min = Math.min(...bounds.map((b) => b.min ?? 0));
    // below every tier's minimum: a recorded mitigation ground may allow it (行政处罚法 2021 §32)
    if ((max === undefined || fine <= max) && mitigated) return undefined;
    out.push({ clause, min, max });
  }
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'penalty/fine-within-range',
    title: { zh: '罚款在法定幅度内', en: 'Fine within the statutory range' },
    description: {
      zh:
        '按违法行为发生时的罚则（新法更轻时适用新法，行政处罚法2021年第三十七条）计算法定罚款幅度，' +
        '包括固定幅度、倍数、投资额百分比、按台（辆）、按次、定额等类型；以案卷记录的基数（违法所得、总投资额等）计算上下限，' +
        '缺少基数时指出缺少哪一项。超过上限为错误；低于下限须记录减轻处罚的法定情节（2021年第三十二条/2017年第二十七条）。' +
        '罚则目录中未经核实的条目只给出警告。违法行为日期只记录到月或年（如开始于2022-06）的，行为日在该期间起点至处罚决定日之间（终了日期只知月份的，在该月内），' +
        '其间每一天适用的都是目录中同一罚则行时，按该罚则核对；否则，或未记录违法行为发生日期的，或所引罚则在条款目录中只有行为后施行的文本（目录无行为时文本，无法判断适用行为时法律还是更轻的新法）的，' +
        '或只引用规定数额的款而未写明适用哪一项、各项幅度又不同的（如仅引固废法2020年第一百零二条第二款；同条引用或违反条款中写明的项视为所指），' +
        '列为未检查（覆盖情况），不作为问题报告。所引罚则是行为后施行的文本、目录中有经重新编号而对应的行为时罚则，且新规定处罚并不较轻的，' +
        '报告适用了行为时尚未施行的规定（两行和对应关系均经核实时为错误，否则为警告）。' +
        '但行为日期不能确定时，若罚款不在所引罚则每一个可能适用的文本（行为可能所在期间起至处罚决定日有效、文本含所引条款项的各版本，条款目录中该条可指的各行）的幅度内，' +
        '无论行为在哪一天都违法，报告为错误并列出所考虑的各文本及其幅度；有文本不在条款目录、幅度缺少基数或罚款在某一文本幅度内的，仍列为未检查。',
      en:
        'Computes the statutory fine range of the cited penalty clause in force at the violation date (or a milder later ' +
        'version, APL 2021 art. 37) for every range type (fixed range, multiple of a base, percentage of investment, per ' +
        'unit, per occurrence, fixed amount), from the bases the case records, naming any missing base. Above the maximum ' +
        'is an error; below the minimum needs a recorded mitigation ground (APL 2021 art. 32 / 2017 art. 27). Unconfirmed ' +
        'catalogue rows give warnings. An act dated only to the month or year (e.g. started 2022-06) lies between the ' +
        'first day that allows and the decision (an end known to the month: within that month); when one catalogue row ' +
        'applies on every day of that span the fine is checked against it. Otherwise, without a recorded act date, or when the catalogue holds the cited clause only in a ' +
        'text that took effect after the act (no act-time text, so neither the range nor which text applies can be ' +
        'judged), or when a paragraph that sets the amounts is cited without the item whose range applies and its items ' +
        'differ (固废法 2020 art. 102(2) alone; an item cited beside it, as basis or as violated provision, is the one meant), ' +
        'the check is reported as not run (coverage), never as a finding. When the cited clause is a later text and the ' +
        'catalogue holds the act-time clause it renumbered, and the later range is not milder, the finding is that a ' +
        'text not yet in force at the act was applied (an error when both rows and the link are verified, else a warning).' +
        ' Where the act date cannot be settled, a fine ' +
        'outside the range of every text of the cited clause that can apply (each version in force from the earliest day ' +
        'the act can be on to the decision whose text has the cited article/paragraph/item, each catalogue row the ' +
        'citation can mean) breaks the law whatever the day: it is reported, naming the texts considered and their ranges; ' +
        'a text not in the catalogue, a range needing an unrecorded base, or a fine within one of the ranges leaves it coverage.',
    },
    severity: 'error',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 37 },
      { law: 'admin-penalty-law', version: '2021', article: 32 },
      { law: 'admin-penalty-law', version: '2017', article: 27 },
      { law: 'air-law', version: '2018', article: 99 },
      { law: 'air-law', version: '2018', article: 108 },
    ],
    candidates: ['ENV-DEC-005', 'CAT-1', 'CAT-2', 'CAT-7'],
  },
  check(c, ctx) {
    const fine = c.data.penalty.fine;
    if (fine === undefined || c.data.penalty.daily) return [];
    // the range is the one in force at the act (APL 2021 art. 37): an act known only within a span is checked
    // against the clause that applies on every day of it; where the clause changes within the span, or nothing bounds
    // the act, the check is coverage (act-date)
    const { applied: all, undetermined, span } = appliedOverActSpan(c, ctx);
    const decided = decisionDate(c, ctx);
    // the act date not known (or the clause changes within its span): a fine outside the range of every version
    // that can apply is outside the range that applies, whatever the day
    const unproven: LawRef[] = [];
    const proven: RuleFinding[] = [];
    if (undetermined) {
      const seen = new Set<string>();
      for (const ref of c.basis) {
        if (all.some((a) => a.ref === ref)) continue;
        const ranges = outsideEveryVersion(c, ctx, ref, fine, span?.from, decided);
        if (!ranges) {
          unproven.push(ref);
          continue;
        }
        const key = ranges.map((r) => r.clause.key + r.clause.effectiveFrom).join();
        if (seen.has(key)) continue;
        seen.add(key);
        proven.push(outsideEveryVersionFinding(ctx, ref, fine, ranges, span));
      }
    }
    const gap = undetermined && (unproven.length > 0 || proven.length === 0) ? [notChecked('act-date')] : [];
    if (undetermined && !span) return [...proven, ...gap];
    const findings: RuleFinding[] = [...proven, ...gap];
    const bases = basesOf(c);
    findings.push(...laterTextCited(c, ctx, span));
    const priced = all.filter((a) => tiersFor(a.applied.clause, c).some((t) => hasComputableFine(t.fine)));
    const unpriced = all.filter((a) =>
      tiersFor(a.applied.clause, c).some((t) => t.fine?.kind === 'unspecified'),
    );
    if (priced.length === 0 && unpriced.length > 0) {
      const basis = unpriced.map((a) =>
        provisionBasis(ctx, a.applied.clause, a.applied.clause.provision, a.ref),
      );
      findings.push({
        path: '/violation/basis',
        severity: 'warning',
        basis,
        message: {
          zh: `所引罚则${basis.map((b) => ctx.law.cite(b).zh).join('、')}规定“处以罚款”但未规定数额，无法核对罚款${yuan(fine).zh}的幅度`,
          en: `The cited clause ${basis.map((b) => ctx.law.cite(b).en).join(', ')} provides a fine without an amount; the fine of ${yuan(fine).en} cannot be checked`,
        },
        suggestion: {
          zh: '同时引用规定罚款数额的条款（如环境影响评价法第三十一条）',
          en: 'also cite the provision that sets the amount (e.g. EIA law art. 31)',
        },
      });
    }
    for (const { ref, applied } of all) {
      // a paragraph cited without the item that sets its range (固废法 2020 §102 ¶2 alone): no range to judge by
      const at = span?.from ?? c.dates.act;
      if (at !== undefined && itemlessRows(c, ctx, ref, at).length > 0) {
        findings.push(itemNotCited(ctx, ref, at, CHECK));
        continue;
      }
      const clause = applied.clause;
      const tiers = tiersFor(clause, c).filter((t) => hasComputableFine(t.fine));
      if (tiers.length === 0) continue;
      const basis = provisionBasis(ctx, clause, clause.provision, ref);
      const cited = ctx.law.cite(basis);
      const severity = clause.confirmed ? undefined : ('warning' as const);
      const milder =
        applied.reason === 'milder-later'
          ? { zh: '（依从旧兼从轻适用新法）', en: ' (the milder later text applies, APL 2021 art. 37)' }
          : { zh: '', en: '' };
      const evaluated = tiers.map((t) => ({ tier: t, b: ctx.catalogue.bounds(t.fine!, bases) }));
      const computable = evaluated.filter((e) => e.b.missingBase === undefined);
      const missing = evaluated.find((e) => e.b.missingBase !== undefined)?.b.missingBase;
      const fitsAny = computable.some(
        (e) => (e.b.min === undefined || fine >= e.b.min) && (e.b.max === undefined || fine <= e.b.max),
      );
      if (missing !== undefined && !fitsAny) {
        const name = baseName(missing);
        findings.push({
          path: '/violation/bases',
          severity: 'warning',
          basis: [basis],
          message: {
            zh: `${cited.zh}的罚款幅度以${name.zh}为基数，案卷未记录${name.zh}，无法核对罚款${yuan(fine).zh}是否在法定幅度内`,
            en: `The range of ${cited.en} is computed from the ${name.en}, which the case does not record; the fine of ${yuan(fine).en} cannot be checked`,
          },
          suggestion: {
            zh: `在violation.bases.${missing}中记录${name.zh}及其证据`,
            en: `record violation.bases.${missing} with its evidence`,
          },
        });
        continue;
      }
      const fits = computable.filter(
        (e) => (e.b.min === undefined || fine >= e.b.min) && (e.b.max === undefined || fine <= e.b.max),
      );
      if (fits.length > 0) {
        if (
          !fits.some((e) => e.tier.stage === 'initial') &&
          computable.some((e) => e.tier.stage === 'initial')
        ) {
          const stage = STAGE[fits[0]!.tier.stage];
          findings.push({
            path: '/penalty/fine',
            severity: 'warning',
            basis: [basis],
            message: {
              zh: `罚款${yuan(fine).zh}仅在${cited.zh}的${stage.zh}幅度内，请确认案卷已记录该情形的事实和证据`,
              en: `The fine of ${yuan(fine).en} fits only ${stage.en} of ${cited.en}; make sure the case records the facts for it`,
            },
          });
        }
        continue;
      }
      const maxes = computable.map((e) => e.b.max);
      const top = maxes.includes(undefined) ? undefined : Math.max(...(maxes as number[]));
      const mins = computable.map((e) => e.b.min ?? 0);
      const bottom = Math.min(...mins);
      const shown = () => range(bottom, top);
      if (top !== undefined && fine > top) {
        findings.push({
          path: '/penalty/fine',
          severity,
          basis: [basis],
          message: {
            zh: `罚款${yuan(fine).zh}超过${cited.zh}规定的上限${yuan(top).zh}${milder.zh}，超出${yuan(fine - top).zh}（法定幅度${shown().zh}）`,
            en: `The fine of ${yuan(fine).en} exceeds the maximum of ${cited.en}, ${yuan(top).en}${milder.en}, by ${yuan(fine - top).en} (range ${shown().en})`,
          },
          suggestion: {
            zh: '在法定幅度内重新裁量罚款数额',
            en: 'set the fine again within the statutory range',
          },
        });
      } else if (fine < bottom) {
        const grounds = mitigationGrounds(c, decided);
        if (grounds.length > 0) continue;
        const mitigation = apl(decided, 32, 27);
        // 主动供述 recorded for a decision before 2021-07-15: not a ground under the 2017 text
        const lapsed = recordedMitigationGrounds(c).includes('confessed')
          ? {
              zh: '（主动供述违法行为自2021年7月15日起方为法定情节）',
              en: ' (confessing unknown violations is a ground only from 2021-07-15)',
            }
          : { zh: '', en: '' };
        findings.push({
          path: '/penalty/fine',
          severity,
          cause: unfoundedMitigationCause(),
          basis: [basis, mitigation],
          message: {
            zh: `罚款${yuan(fine).zh}低于${cited.zh}规定的下限${yuan(bottom).zh}${milder.zh}，相差${yuan(bottom - fine).zh}，且案卷未记录减轻处罚的法定情节${lapsed.zh}（${ctx.law.cite(mitigation).zh}）`,
            en: `The fine of ${yuan(fine).en} is ${yuan(bottom - fine).en} below the minimum of ${cited.en}, ${yuan(bottom).en}${milder.en}, and no mitigation ground is recorded${lapsed.en} (${ctx.law.cite(mitigation).en})`,
          },
          suggestion: {
            zh: '记录减轻处罚的法定情节及证据（penalty.treatment_grounds），或在法定幅度内重新裁量',
            en: 'record the legal mitigation ground with its evidence (penalty.treatment_grounds), or set the fine within the range',
          },
        });
      }
    }
    return findings;
  },
};
