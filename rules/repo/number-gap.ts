/**
 * An agency's case numbers for a year that skip: 沪普环罚〔2021〕12号 and 14号 among the cases linted, 13号 not. An
 * info (the missing case may simply be outside the linted set, withdrawn before filing, or terminated), one per gap
 * range, on the case that follows the gap. Numbers of other shapes are not compared.
 */
import type { CrossCase, Rule, CrossRuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis } from '../shared/law.js';
import { cite, folderOf, recordBases } from './support.js';

export const rule: Rule = {
  meta: {
    id: 'repo/number-gap',
    title: { zh: '同一年度案件编号不连续', en: 'Gap in a year’s case numbers' },
    description: {
      zh: '一同检查的案卷中，同一编号序列（机关代字和年度相同）的序号有缺号，例如有12号和14号而没有13号。缺号的案卷可能不在本次检查范围内，也可能已撤销立案或终止调查：提示核对案件登记簿，每个缺号区间提示一次。单独检查一个案卷时不运行。',
      en: 'Among the cases linted together, a number series (same agency prefix and year) skips numbers, e.g. 12 and 14 without 13. The missing case may be outside the linted set, or withdrawn or terminated: an info to check the register, once per gap range. Does not run on a case linted alone.',
    },
    severity: 'info',
    category: '归档规范',
    basis: [basis(APL, '2021', 47), basis(ENV, '2023', 79), basis(ENV, '2010', 69)],
    check: { zh: '案件编号连续', en: 'consecutive case numbers' },
    agencies: 'any',
  },
  check: () => [],
  across(cases, ctx) {
    const series = new Map<string, Map<number, CrossCase>>();
    for (const c of cases) {
      const s = c.facts.series;
      if (s === undefined) continue;
      const key = `${s.prefix}〔${String(s.year)}〕`;
      const seqs = series.get(key) ?? new Map<number, CrossCase>();
      if (!seqs.has(s.seq)) seqs.set(s.seq, c);
      series.set(key, seqs);
    }
    const findings: CrossRuleFinding[] = [];
    for (const [prefix, seqs] of series) {
      const sorted = [...seqs.keys()].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1] as number;
        const after = sorted[i] as number;
        if (after - before <= 1) continue;
        const c = seqs.get(after) as CrossCase;
        const prev = seqs.get(before) as CrossCase;
        const first = before + 1;
        const last = after - 1;
        const range =
          first === last
            ? { zh: `${prefix}${String(first)}号`, en: `${prefix}${String(first)}号` }
            : {
                zh: `${prefix}${String(first)}号至${String(last)}号（${String(last - first + 1)}个编号）`,
                en: `${prefix}${String(first)}号 to ${String(last)}号 (${String(last - first + 1)} numbers)`,
              };
        const bases = recordBases(ctx, c.facts.decided ?? c.facts.lawDate);
        const law = cite(ctx, bases);
        findings.push({
          index: c.index,
          path: '/case/number',
          basis: bases,
          message: {
            zh: `本次检查的案卷中未见 ${range.zh}（在 ${folderOf(prev)} 的${prefix}${String(before)}号与本案之间）：可能不在检查范围内，或已撤销立案、终止调查，请核对案件登记簿（${law.zh}）`,
            en: `None of the linted cases has ${range.en} (between ${prefix}${String(before)}号 in ${folderOf(prev)} and this case): it may be outside the linted set, or withdrawn or terminated; check the case register (${law.en})`,
          },
          suggestion: {
            zh: '将缺号的案卷一并检查，或在登记簿中核实缺号原因',
            en: 'Lint the missing cases too, or confirm in the register why the numbers are missing',
          },
        });
      }
    }
    return findings;
  },
};
