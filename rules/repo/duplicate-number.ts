/**
 * The same case number in two case folders. A case number (案件编号／决定书文号) names one case: the record of each
 * case is kept and found by it (行政处罚法 2021 §47 全过程记录、归档保存; the archiving article of the environmental
 * penalty measures), and the published decision carries it. Two folders under one number are proved by the record
 * itself, so the finding is an error (docs/rules.md, severity policy): either one folder is a copy of the other, or
 * two cases were given one number. Numbers are compared however they were typed (brackets, full-width digits).
 */
import type { CrossCase, Rule, CrossRuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis } from '../shared/law.js';
import { cite, folderOf, listOf, recordBases } from './support.js';

export const rule: Rule = {
  meta: {
    id: 'repo/duplicate-number',
    title: { zh: '案件编号在多个案卷中重复', en: 'Case number used by more than one case folder' },
    description: {
      zh: '一同检查的案卷中，两个以上的案卷使用同一案件编号（文号写法不同的括号、全角数字视为相同）。一个编号只能对应一份案卷：如为副本应删除其一，如为不同案件应更正编号。单独检查一个案卷时不运行。',
      en: 'Among the cases linted together, two or more folders carry the same case number (brackets and full-width digits are normalised). One number names one case: remove the copy, or renumber one of two different cases. Does not run on a case linted alone.',
    },
    severity: 'error',
    category: '归档规范',
    basis: [basis(APL, '2021', 47), basis(ENV, '2023', 79), basis(ENV, '2010', 69)],
    check: { zh: '案件编号唯一', en: 'unique case numbers' },
    agencies: 'any',
  },
  check: () => [],
  across(cases, ctx) {
    const byNumber = new Map<string, CrossCase[]>();
    for (const c of cases) {
      const key = c.facts.numberKey;
      if (key === undefined) continue;
      const list = byNumber.get(key);
      if (list) list.push(c);
      else byNumber.set(key, [c]);
    }
    const findings: CrossRuleFinding[] = [];
    for (const group of byNumber.values()) {
      if (group.length < 2) continue;
      for (const c of group) {
        const others = group.filter((o) => o !== c).map(folderOf);
        const bases = recordBases(ctx, c.facts.decided ?? c.facts.lawDate);
        const law = cite(ctx, bases);
        const where = listOf(others);
        const number = c.facts.number ?? '';
        findings.push({
          index: c.index,
          path: '/case/number',
          basis: bases,
          cause: `duplicate-number:${c.facts.numberKey ?? number}`,
          message: {
            zh: `案件编号 ${number} 同时用于 ${where.zh} 中的案卷：一个编号只能对应一份案卷（${law.zh}）`,
            en: `Case number ${number} is also used by the case in ${where.en}: one number names one case (${law.en})`,
          },
          suggestion: {
            zh: '核对这些案卷：如为同一案卷的副本，删除多余的一份；如为不同案件，更正其中的案件编号及决定书文号',
            en: 'Check these folders: if one is a copy of the same case, remove it; if they are different cases, correct the case number (and the decision number) of one of them',
          },
        });
      }
    }
    return findings;
  },
};
