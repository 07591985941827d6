import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { FineSpec, PenaltyClause } from '../../src/law/types.js';
import type { IsoDate } from '../../src/model/case-data.js';
import {
  type ActSpan,
  appliedAtAct,
  type AppliedBasis,
  basesOf,
  cite,
  decisionDate,
  judgeOverReadings,
  provisionBasis,
  range,
  tiersFor,
} from './util.js';
import type { Case } from '../../src/model/case.js';

const SHANGHAI_LAWS = new Set(['sh-env-regs', 'sh-air-regs']);

/**
 * A Shanghai regulation's penalty yields where a law or administrative regulation already punishes the act:
 * 上海市环境保护条例 第六十五条; 上海市大气污染防治条例 第七十四条 (read in shared/law/texts).
 */
const YIELD_ARTICLE: Record<string, number> = { 'sh-env-regs': 65, 'sh-air-regs': 74 };

function inForce(clause: PenaltyClause, date: IsoDate): boolean {
  return clause.effectiveFrom <= date && (clause.effectiveTo === undefined || date <= clause.effectiveTo);
}

/** the fine range a clause allows the party at its first stage, where it can be computed */
function fineRange(
  clause: PenaltyClause,
  c: Case,
  ctx: RuleContext,
): { min: number; max: number } | undefined {
  const fine: FineSpec | undefined = tiersFor(clause, c).find((t) => t.stage === 'initial')?.fine;
  if (!fine || fine.kind === 'per_day' || fine.kind === 'unspecified') return undefined;
  const b = ctx.catalogue.bounds(fine, basesOf(c));
  if (b.missingBase || b.max === undefined) return undefined;
  return { min: b.min ?? 0, max: b.max };
}

/**
 * 排污许可管理条例 §34 punishes a permit holder discharging beyond its permit (超过许可排放浓度、许可排放量): it can
 * overlap only for a party under 重点 or 简化 management (§6). A 登记管理 unit holds no permit, and an unrecorded
 * class leaves the point open, so neither raises it.
 */
function reaches(c: Case, other: PenaltyClause): boolean {
  if (other.provision.law !== 'discharge-permit-regs' || other.provision.article !== 34) return true;
  const cls = c.data.party.permit_class;
  return cls === 'key' || cls === 'simplified';
}

/** "higher fine": the higher maximum, then the higher minimum */
function isHigher(a: { min: number; max: number }, b: { min: number; max: number }): boolean {
  return a.max > b.max || (a.max === b.max && a.min > b.min);
}

/** the file shows the other provision was weighed: the discretion explanation names its law */
function considered(c: Case, ctx: RuleContext, other: PenaltyClause): boolean {
  const text = c.data.discretion?.explanation ?? '';
  const line = ctx.law.line(other.provision.law);
  return line !== undefined && [line.name, ...line.aliases].some((n) => n.length > 1 && text.includes(n));
}

export const rule: Rule = {
  meta: {
    id: 'penalty/overlapping-clauses',
    title: {
      zh: '法条竞合：罚款数额高的规定与地方规定让位',
      en: 'Overlapping clauses: the higher fine, and local rules yielding',
    },
    description: {
      zh:
        '同一违法行为违反多个法律规范应当给予罚款的，按照罚款数额高的规定处罚（行政处罚法2021年第二十九条，2021年7月15日起）；' +
        '上海市地方性法规规定的处罚，在法律、行政法规已有处罚规定时应当让位（上海市环境保护条例第六十五条、上海市大气污染防治条例第七十四条）。' +
        '排污许可管理条例第三十四条仅在当事人为重点管理或简化管理的排污许可证持有者（party.permit_class）时提示。' +
        '哪些条款可能竞合来自本项目对法律文本的梳理（src/law/data/clause-overlaps.yaml），因此提示为警告，请人工核对违法事实是否同时符合另一条款；' +
        '“罚款数额高”先比上限，上限相同再比下限。裁量说明中已写明另一法规名称（已经考虑过）的，不再提示。',
      en:
        'Where one act breaks several provisions that carry fines, the provision with the higher fine applies (Administrative ' +
        "Penalty Law 2021 art. 29, from 2021-07-15); a Shanghai regulation's penalty yields where a law or administrative " +
        'regulation already punishes the act (Shanghai Environmental Protection Regulations art. 65, Shanghai Air Regulations ' +
        "art. 74). 排污许可管理条例 art. 34 is raised only for a permit holder under key or simplified management (party.permit_class). Which clauses can overlap is the project's reading of the texts (src/law/data/clause-overlaps.yaml), so " +
        'findings are warnings asking a person to check whether the facts also meet the other clause. "Higher" compares the ' +
        'maxima, then the minima. No finding when the discretion explanation names the other law (it was considered).',
    },
    severity: 'warning',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 29 },
      { law: 'sh-env-regs', version: '2021', article: 65 },
      { law: 'sh-air-regs', version: '2018', article: 74 },
    ],
    candidates: ['CAT-4'],
  },
  check(c, ctx) {
    if (!ctx.catalogue.overlaps || c.data.penalty.kinds.length === 0) return [];
    // the clauses compared are those in force at the act (行政处罚法 2021 §37): an act known only within a span is
    // compared on every day of it (a competing row that changes within the span is left alone); without any bound,
    // or where a cited clause changes, coverage
    const { applied, span, gap } = appliedAtAct(c, ctx);
    const findings: RuleFinding[] = gap ? [gap] : [];
    if (!span) return findings;
    const decided = decisionDate(c, ctx);
    // a paragraph cited without its item (固废法 2020 §102 ¶2 alone) is read as each row it can mean: whether the
    // other clause of an overlap is among those cited depends on it (judgeOverReadings)
    return [
      ...findings,
      ...judgeOverReadings(c, ctx, applied, (readings) => judgeOverlaps(c, ctx, readings, span, decided)),
    ];
  },
};

function judgeOverlaps(
  c: Case,
  ctx: RuleContext,
  applied: AppliedBasis[],
  span: ActSpan,
  decided: IsoDate,
): RuleFinding[] {
  const overlaps = ctx.catalogue.overlaps;
  if (!overlaps) return [];
  const citedKeys = new Set(applied.map((a) => a.applied.clause.key));
  const findings: RuleFinding[] = [];
  for (const { ref, applied: a } of applied) {
    const mine = a.clause;
    for (const group of overlaps(mine.key)) {
      for (const key of group.keys) {
        if (key === mine.key || citedKeys.has(key)) continue;
        const other = ctx.catalogue
          .byKey(key)
          .find((row) => inForce(row, span.from) && inForce(row, span.to));
        if (!other) continue;
        const otherBasis = provisionBasis(ctx, other);
        if (considered(c, ctx, other)) continue;
        if (!reaches(c, other)) continue;
        if (SHANGHAI_LAWS.has(mine.provision.law) && !SHANGHAI_LAWS.has(other.provision.law)) {
          const law = mine.provision.law;
          const article = YIELD_ARTICLE[law];
          const version = ctx.law.versionAt(law, decided)?.label;
          if (article === undefined || version === undefined) continue;
          const yieldBasis: LegalBasis = { law, version, article };
          findings.push({
            path: ref.pointer,
            basis: [yieldBasis, otherBasis],
            message: {
              zh: `处罚依据为上海市地方性法规（${cite(ctx, provisionBasis(ctx, mine)).zh}），但${group.conduct.zh}已由${cite(ctx, otherBasis).zh}规定处罚；法律、行政法规已有处罚规定的，从其规定（${cite(ctx, yieldBasis).zh}）`,
              en: `The penalty rests on a Shanghai regulation (${cite(ctx, provisionBasis(ctx, mine)).en}), but ${group.conduct.en} is already punished by ${cite(ctx, otherBasis).en}; where a law or administrative regulation provides a penalty, it applies (${cite(ctx, yieldBasis).en})`,
            },
            suggestion: {
              zh: '核对违法事实是否符合该法律、行政法规条款；符合的，改以其为处罚依据',
              en: 'check whether the facts meet that provision; if they do, base the penalty on it',
            },
          });
          continue;
        }
        if (SHANGHAI_LAWS.has(other.provision.law) || decided < '2021-07-15') continue;
        const myRange = fineRange(mine, c, ctx);
        const otherRange = fineRange(other, c, ctx);
        if (!myRange || !otherRange || !isHigher(otherRange, myRange)) continue;
        const higher: LegalBasis = { law: 'admin-penalty-law', version: '2021', article: 29 };
        findings.push({
          path: ref.pointer,
          basis: [higher, otherBasis],
          message: {
            zh: `${group.conduct.zh}：所引${cite(ctx, provisionBasis(ctx, mine)).zh}罚款幅度为${range(myRange.min, myRange.max).zh}，而${cite(ctx, otherBasis).zh}为${range(otherRange.min, otherRange.max).zh}；同一违法行为违反多个法律规范的，应按罚款数额高的规定处罚（${cite(ctx, higher).zh}）`,
            en: `${group.conduct.en}: the cited ${cite(ctx, provisionBasis(ctx, mine)).en} allows ${range(myRange.min, myRange.max).en}, while ${cite(ctx, otherBasis).en} allows ${range(otherRange.min, otherRange.max).en}; where one act breaks several provisions, the one with the higher fine applies (${cite(ctx, higher).en})`,
          },
          suggestion: {
            zh: '核对违法事实是否同时符合该条款；符合的，按罚款数额高的规定处罚，不符合的在裁量说明中写明理由',
            en: 'check whether the facts also meet that provision; if so apply the higher one, otherwise state why in the discretion explanation',
          },
        });
      }
    }
  }
  return findings;
}
