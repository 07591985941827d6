import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import {
  apl,
  appliedOverActSpan,
  type AppliedBasis,
  basesOf,
  decisionDate,
  hasComputableFine,
  judgeOverReadings,
  provisionBasis,
  range,
  tiersFor,
  yuan,
} from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/disproportionate-fine',
    title: { zh: '处罚畸轻畸重', en: 'Fine plainly too heavy or too light' },
    description: {
      zh:
        '罚款处于法定幅度上限附近却记录了从轻、减轻情节或未记录任何从重情节，或处于下限附近却记录了从重情节，提示可能畸重或畸轻' +
        '（过罚相当，行政处罚法2021年第五条第二款）。“附近”为幅度宽度的一定比例（选项proximityBand，默认10%）。' +
        '幅度取行为时的罚则（第三十七条）：未记录违法行为发生日期的，列为未检查（覆盖情况）。',
      en:
        'Warns when the fine is at or near the statutory maximum while mitigating grounds, or no aggravating facts, are ' +
        'recorded, or at or near the ' +
        'minimum while aggravating ones are (proportionality, APL 2021 art. 5(2)). "Near" is a share of the range width ' +
        '(option proximityBand, default 10%). The range is that of the clause in force at the act (art. 37): without a ' +
        'recorded act date the check is reported as not run (coverage).',
    },
    severity: 'warning',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 5, paragraph: 2 },
      { law: 'admin-penalty-law', version: '2017', article: 4, paragraph: 2 },
    ],
    candidates: ['ENV-DEC-005'],
    options: {
      proximityBand: {
        description: {
          zh: '距上限或下限在幅度宽度的多少比例以内视为“附近”（0.1 = 10%）',
          en: 'share of the range width within which a fine counts as near the maximum or minimum (0.1 = 10%)',
        },
        default: 0.1,
        type: 'number',
        minimum: 0,
        maximum: 0.5,
      },
    },
  },
  check(c, ctx) {
    const fine = c.data.penalty.fine;
    if (fine === undefined || c.data.penalty.daily) return [];
    // the range is the clause's in force at the act (行政处罚法 2021 §37): without the act date, coverage
    const { applied: clauses, undetermined, span } = appliedOverActSpan(c, ctx);
    if (undetermined && !span) return [notChecked('act-date')];
    const d = c.data.discretion;
    const p = c.data.penalty;
    const mitigating = [...(d?.mitigating ?? []), ...(p.treatment_grounds ?? []).map((g) => g.ground)];
    const lighter =
      mitigating.length > 0 ||
      p.treatment === 'lighter' ||
      p.treatment === 'mitigated' ||
      d?.level === 'lighter' ||
      d?.level === 'mitigated';
    const aggravating =
      (d?.aggravating ?? []).length > 0 || p.treatment === 'heavier' || d?.level === 'heavier';
    const band = Number(ctx.options.proximityBand ?? 0.1);
    const findings: RuleFinding[] = undetermined ? [notChecked('act-date')] : [];
    const decided = decisionDate(c, ctx);
    // a paragraph cited without the item that sets its range (固废法 2020 §102 ¶2 alone) is judged on each row it
    // can mean; where they differ, coverage (judgeOverReadings)
    const judge = (readings: AppliedBasis[]): RuleFinding[] => {
      const out: RuleFinding[] = [];
      for (const { ref, applied } of readings) {
        const tier = tiersFor(applied.clause, c).find(
          (t) => t.stage === 'initial' && hasComputableFine(t.fine),
        );
        if (!tier?.fine) continue;
        const b = ctx.catalogue.bounds(tier.fine, basesOf(c));
        // a range assumed for an unrecorded base (e.g. illegal gains) is no ground for a 畸轻/畸重 judgement
        if (b.missingBase || b.min === undefined || b.max === undefined || b.max <= b.min) continue;
        const width = b.max - b.min;
        const basis = [
          provisionBasis(ctx, applied.clause, applied.clause.provision, ref),
          apl(decided, 5, 4, { paragraph: 2 }),
        ];
        const shown = () => range(b.min, b.max);
        const named = {
          zh: basis.map((x) => ctx.law.cite(x).zh).join('、'),
          en: basis.map((x) => ctx.law.cite(x).en).join('; '),
        };
        if (lighter && fine >= b.max - band * width && fine <= b.max) {
          out.push({
            path: '/penalty/fine',
            basis,
            message: {
              zh: `罚款${yuan(fine).zh}处于法定幅度${shown().zh}的上限附近（距上限${yuan(b.max - fine).zh}），但案卷记录了从轻或减轻情节，可能畸重（${named.zh}）`,
              en: `The fine of ${yuan(fine).en} is near the top of the range ${shown().en} (${yuan(b.max - fine).en} below the maximum) while mitigating grounds are recorded; it may be plainly too heavy (${named.en})`,
            },
            suggestion: {
              zh: '复核裁量，或在裁量说明中写明理由',
              en: 'review the discretion, or explain it',
            },
          });
        }
        if (!lighter && !aggravating && fine >= b.max - band * width && fine <= b.max) {
          out.push({
            path: '/penalty/fine',
            basis,
            message: {
              zh: `罚款${yuan(fine).zh}处于法定幅度${shown().zh}的上限附近（距上限${yuan(b.max - fine).zh}），但案卷未记录从重情节（${named.zh}）`,
              en: `The fine of ${yuan(fine).en} is near the top of the range ${shown().en} (${yuan(b.max - fine).en} below the maximum) but no aggravating facts are recorded (${named.en})`,
            },
            suggestion: {
              zh: '在discretion.aggravating中记录从重情节及证据，或复核裁量',
              en: 'record the aggravating facts with evidence in discretion.aggravating, or review the discretion',
            },
          });
        }
        if (aggravating && fine <= b.min + band * width && fine >= b.min) {
          out.push({
            path: '/penalty/fine',
            basis,
            message: {
              zh: `罚款${yuan(fine).zh}处于法定幅度${shown().zh}的下限附近（高于下限${yuan(fine - b.min).zh}），但案卷记录了从重情节，可能畸轻（${named.zh}）`,
              en: `The fine of ${yuan(fine).en} is near the bottom of the range ${shown().en} (${yuan(fine - b.min).en} above the minimum) while aggravating grounds are recorded; it may be plainly too light (${named.en})`,
            },
            suggestion: {
              zh: '复核裁量，或在裁量说明中写明理由',
              en: 'review the discretion, or explain it',
            },
          });
        }
      }
      return out;
    };
    findings.push(...judgeOverReadings(c, ctx, clauses, judge, undefined, span?.from ?? c.dates.act));
    return findings;
  },
};
