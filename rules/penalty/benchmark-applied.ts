import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { applyBenchmark, benchmarkById, benchmarkFor, inForce } from '../../src/law/benchmark/index.js';
import { notChecked } from '../../src/engine/coverage.js';
import {
  actDateGap,
  appliedClauses,
  type AppliedBasis,
  basesOf,
  discretionNeed,
  judgeOverReadings,
  decisionDate,
  hasComputableFine,
  range,
  tiersFor,
  yuan,
} from './util.js';

const LEVEL_ZH: Record<string, string> = {
  lighter: '从轻',
  mitigated: '减轻',
  ordinary: '一般',
  heavier: '从重',
  none: '不予处罚',
};

const APL_34: LegalBasis = { law: 'admin-penalty-law', version: '2021', article: 34 };

/**
 * 行政处罚法 2021 §34 (benchmarks) has no counterpart in the 2017 text; before 2021-07-15 the discretion duty is
 * 环境行政处罚办法 (2010) §6 (factors to weigh; like cases alike).
 */
function benchmarkBasis(decided: string): LegalBasis {
  return decided >= '2021-07-15' ? APL_34 : { law: 'env-penalty-measures', version: '2010', article: 6 };
}

export const rule: Rule = {
  meta: {
    id: 'penalty/benchmark-applied',
    title: { zh: '裁量基准的选用和计算', en: 'Discretion benchmark chosen and applied' },
    description: {
      zh:
        '裁量基准按决定日期选用（上海：2020年9月1日前为2017年规定，其后为2020年规定）。核查：所引基准存在且在决定日有效、' +
        '与案件辖区一致、不是示例数据；基准有公式且案卷记录了因素档次时，按公式重算金额；案卷记载的计算结果应当与决定的罚款一致。' +
        '其他辖区的基准 caselint 未收录时列为未覆盖、未检查（各局可在 src/law/data/benchmarks/ 中按辖区和施行日期补充）。' +
        '案卷未记录裁量过程（discretion）的，列为未检查（覆盖情况），不作为问题报告；罚款为法定最低数额或由法律确定的除外（无裁量可查）。',
      en:
        'The benchmark is chosen by the decision date (Shanghai: the 2017 rule before 2020-09-01, the 2020 rule after). ' +
        'Checks that the cited benchmark exists, was in force at the decision date, belongs to the case jurisdiction and is ' +
        'not example data; recomputes the amount where the benchmark has a formula and the case records factor levels; ' +
        'and that the computed amount shown in the file equals the fine decided. A benchmark of a jurisdiction caselint does not ' +
        'hold is reported as not covered (a bureau can add its own in src/law/data/benchmarks/, keyed by jurisdiction and dates). ' +
        'A case that records no discretion section is reported as not checked (coverage), not as a finding, unless the fine is ' +
        'the statutory minimum or an amount fixed by law (nothing to check).',
    },
    severity: 'warning',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [
      APL_34,
      { law: 'env-penalty-measures', version: '2010', article: 6 },
      { law: 'admin-penalty-law', version: '2021', article: 5, paragraph: 2 },
    ],
    candidates: ['APL-052', 'CAT-7'],
    options: {
      tolerance: {
        description: {
          zh: '重算金额与记载金额允许的差额（元）',
          en: 'allowed difference between recomputed and recorded amounts (yuan)',
        },
        default: 0,
        type: 'number',
        minimum: 0,
      },
    },
  },
  check(c, ctx) {
    const fine = c.data.penalty.fine;
    if (fine === undefined || fine <= 0) return [];
    const d = c.data.discretion;
    if (!d) {
      // an amount fixed by law or the statutory minimum leaves the benchmark nothing to decide; otherwise the
      // unrecorded discretion is coverage (what was not checked), not silence and not an accusation
      const need = discretionNeed(c, ctx);
      if (need.reason) return [];
      return need.gaps.length > 0 ? need.gaps : [notChecked('discretion')];
    }
    const findings: RuleFinding[] = [];
    const decided = decisionDate(c, ctx);
    const jurisdiction = c.data.case.jurisdiction ?? ctx.settings.jurisdiction;
    const expected = benchmarkFor(jurisdiction, decided);
    const tolerance = Number(ctx.options.tolerance ?? 0);
    const basis = benchmarkBasis(decided);
    const cite = ctx.law.cite(basis);
    if (!d.benchmark) {
      // an amount fixed by law or the statutory minimum leaves the benchmark nothing to decide
      const need = expected ? discretionNeed(c, ctx) : undefined;
      // whether the fine left any discretion may turn on the item of a paragraph the record does not name
      if (need && !need.reason && need.gaps.length > 0) findings.push(...need.gaps);
      else if (expected && !need?.reason) {
        findings.push({
          path: '/discretion',
          basis: [basis],
          message: {
            zh: `未记载适用的裁量基准；决定日${decided}有效的基准为${expected.title}（${expected.id}）（${cite.zh}）`,
            en: `No benchmark applied is recorded; on the decision date ${decided} the benchmark in force was ${expected.title_en} (${expected.id}) (${cite.en})`,
          },
        });
      }
      return findings;
    }
    const b = benchmarkById(d.benchmark);
    if (!b && !expected) {
      // a benchmark of a province or city caselint holds no data for: coverage, not a fault of the case
      return [
        notChecked(
          {
            fact: `benchmark:${jurisdiction}:${d.benchmark}`,
            kind: 'not-covered',
            label: {
              zh: `${jurisdiction}的裁量基准“${d.benchmark}”`,
              en: `the benchmark "${d.benchmark}" of ${jurisdiction}`,
            },
            path: '/discretion/benchmark',
          },
          { zh: '裁量基准的适用与裁量计算', en: 'the benchmark applied and its computation' },
        ),
      ];
    }
    if (!b) {
      findings.push({
        path: '/discretion/benchmark',
        basis: [basis],
        message: {
          zh: `裁量基准“${d.benchmark}”不在已知基准数据中，无法确认其存在并已公布（${cite.zh}）`,
          en: `The benchmark "${d.benchmark}" is not in the benchmark data; it cannot be confirmed as existing and published (${cite.en})`,
        },
        suggestion: {
          zh: '使用src/law/data/benchmarks/中的基准编号，或由本局补充基准数据文件',
          en: 'use an id from src/law/data/benchmarks/, or add the bureau benchmark file',
        },
      });
      return findings;
    }
    if (b.illustrative) {
      findings.push({
        path: '/discretion/benchmark',
        basis: [basis],
        message: {
          zh: `“${b.id}”是示例数据，不是任何机关公布的裁量基准，不能作为裁量依据`,
          en: `"${b.id}" is example data, not a benchmark any agency published; it cannot ground the discretion`,
        },
      });
    } else {
      if (!inForce(b, decided)) {
        findings.push({
          path: '/discretion/benchmark',
          basis: [basis],
          message: {
            zh: `${b.title}（${b.id}）有效期为${b.effective_from}至${b.effective_to ?? '今'}，决定日${decided}不在其内${expected ? `，应适用${expected.title}（${expected.id}）` : ''}`,
            en: `${b.title_en} (${b.id}) is in force ${b.effective_from} to ${b.effective_to ?? 'now'}, not on the decision date ${decided}${expected ? `; ${expected.id} applies` : ''}`,
          },
        });
      }
      if (b.jurisdiction !== jurisdiction) {
        findings.push({
          path: '/discretion/benchmark',
          basis: [basis],
          message: {
            zh: `${b.title}（${b.id}）适用于${b.jurisdiction}，本案辖区为${jurisdiction}`,
            en: `${b.title_en} (${b.id}) is for ${b.jurisdiction}; the case is in ${jurisdiction}`,
          },
        });
      }
    }
    // the formula, where the benchmark has one and the case records levels
    // the formula works on the range of the clause in force at the act (行政处罚法 2021 §37): without the act date,
    // coverage
    const actGap = b.model.kind !== 'none' ? actDateGap(c) : undefined;
    if (actGap) findings.push(actGap);
    else if (b.model.kind !== 'none') {
      // the formula works on the range of the first cited clause; a paragraph cited without the item that sets it
      // (固废法 2020 §102 ¶2 alone) is read as each row it can mean, and where they differ, coverage
      const formula = (readings: AppliedBasis[]): RuleFinding[] => {
        const out: RuleFinding[] = [];
        const applied = readings[0]?.applied.clause;
        const tier = applied ? tiersFor(applied, c).find((t) => hasComputableFine(t.fine)) : undefined;
        const computed = tier?.fine ? ctx.catalogue.bounds(tier.fine, basesOf(c)) : {};
        // bounds assumed for an unrecorded base are not the statutory range of this case
        const bounds = computed.missingBase ? {} : computed;
        const result = applyBenchmark(b, {
          clauseKey: applied?.key,
          statutoryMin: bounds.min,
          statutoryMax: bounds.max,
          factors: (d.factors ?? []).map((f) => ({ factor: f.factor, level: f.level })),
          level: d.level,
        });
        if (result.kind === 'unknown-factors') {
          out.push({
            path: '/discretion/factors',
            basis: [basis],
            message: {
              zh: `裁量因素或档次不在${b.id}中：${result.unknown.join('、')}`,
              en: `Factors or levels not in ${b.id}: ${result.unknown.join(', ')}`,
            },
          });
        } else if (result.kind === 'amount') {
          const recorded = d.computed_fine ?? fine;
          if (Math.abs(recorded - result.amount) > tolerance) {
            out.push({
              path: d.computed_fine !== undefined ? '/discretion/computed_fine' : '/penalty/fine',
              basis: [basis],
              message: {
                zh: `按${b.id}的公式重算为${yuan(result.amount).zh}（${result.explanation.zh}），案卷为${yuan(recorded).zh}，相差${yuan(Math.abs(recorded - result.amount)).zh}（${cite.zh}）`,
                en: `${b.id}'s formula gives ${yuan(result.amount).en} (${result.explanation.en}); the case has ${yuan(recorded).en}, off by ${yuan(Math.abs(recorded - result.amount)).en} (${cite.en})`,
              },
            });
          }
        } else if (result.kind === 'band') {
          if (
            (result.min !== undefined && fine < result.min) ||
            (result.max !== undefined && fine > result.max)
          ) {
            out.push({
              path: '/penalty/fine',
              basis: [basis],
              message: {
                zh: `${result.explanation.zh}，“${LEVEL_ZH[d.level ?? ''] ?? d.level}”档罚款应在${range(result.min, result.max).zh}，决定为${yuan(fine).zh}（${cite.zh}）`,
                en: `${result.explanation.en}; a "${d.level}" fine should be ${range(result.min, result.max).en}, the decision has ${yuan(fine).en} (${cite.en})`,
              },
            });
          }
        }
        return out;
      };
      findings.push(...judgeOverReadings(c, ctx, appliedClauses(c, ctx), formula));
    }
    // the arithmetic shown in the file reproduces the amount decided
    if (d.computed_fine !== undefined && Math.abs(d.computed_fine - fine) > tolerance) {
      findings.push({
        path: '/discretion/computed_fine',
        basis: [basis],
        message: {
          zh: `裁量计算结果为${yuan(d.computed_fine).zh}，决定罚款为${yuan(fine).zh}，相差${yuan(Math.abs(d.computed_fine - fine)).zh}，且未说明差异（${cite.zh}）`,
          en: `The discretion computation gives ${yuan(d.computed_fine).en} but the fine decided is ${yuan(fine).en}, off by ${yuan(Math.abs(d.computed_fine - fine)).en}, unexplained (${cite.en})`,
        },
        suggestion: {
          zh: '核对计算过程，或在裁量说明中写明调整理由并更新computed_fine',
          en: 'check the computation, or explain the adjustment and update computed_fine',
        },
      });
    }
    return findings;
  },
};
