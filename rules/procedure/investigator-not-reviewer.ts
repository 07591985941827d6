/**
 * 调查与审查分离: an investigator on the case may not review it — 生态环境行政处罚办法 (2023) §38(2);
 * 环境行政处罚办法 (2010) §5 (调查取证与决定处罚分开).
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, basis, envVersion, withBasis } from './support/law.js';
import { investigators } from './support/steps.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/investigator-not-reviewer',
    title: { zh: '调查人员不得审查本案', en: 'Investigators do not review the case' },
    description: {
      zh: '本案调查人员（调查取证步骤中的执法人员或角色为 investigator 的人员）不得担任案件审查人员。',
      en: 'No investigator of the case (an officer on an investigative step, or with the investigator role) may act as the case reviewer.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2023', 38, 2), basis(ENV, '2010', 5)],
    candidates: ['ENV-INV-012'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const inv = investigators(c);
    const findings: RuleFinding[] = [];
    for (const e of eventsOf(c, 'case-review')) {
      const env = envVersion(ctx, e.date);
      if (!env) continue;
      const b: LegalBasis[] = [env === '2023' ? basis(ENV, '2023', 38, 2) : basis(ENV, '2010', 5)];
      const reviewers = [e.reviewer, ...(e.officers ?? [])].filter((n): n is string => n !== undefined);
      for (const name of reviewers.filter((n) => inv.has(n))) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${e.date}案件审查由本案调查人员${name}进行`,
              en: `The case review of ${e.date} was done by ${name}, an investigator of the case`,
            },
            b,
          ),
          path: e.pointer,
          basis: b,
          suggestion: {
            zh: '由未参与调查的人员重新审查',
            en: 'Have someone who did not investigate review the case again',
          },
        });
      }
    }
    return findings;
  },
};
