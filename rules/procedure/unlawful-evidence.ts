/**
 * 非法证据排除: evidence obtained by unlawful means may not found the facts — 行政处罚法 2021 §46(3);
 * 生态环境行政处罚办法 (2023) §26(3). An evidence item marked lawful: false in the decision's evidence list is relied on
 * unlawfully. The 2017 text has no such article: before 2021-07-15 the exclusion is derived from 环境行政处罚办法
 * (2010) §30(2) (no evidence by unlawful means) and §32(2) (evidence must meet the law), and reported as a warning.
 */
import type { Case } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { decisionOf, imposesPenalty } from './support/steps.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/unlawful-evidence',
    title: { zh: '非法证据不得作为定案依据', en: 'Unlawfully obtained evidence not relied on' },
    description: {
      zh: '以非法手段取得的证据（evidence 中 lawful: false）不得作为认定案件事实的根据；2021-07-15起作出的处罚决定仍将其列为证据的，为错误。此前环境行政处罚办法(2010)第三十条第（二）项禁止以违法手段取证、第三十二条第二款要求证据合法，仍列为证据的给予警告。',
      en: 'Evidence obtained by unlawful means (lawful: false in evidence) may not found the facts; a penalty decision from 2021-07-15 that still lists it is an error. Before that the 2010 measures art. 30(2) forbid obtaining evidence by unlawful means and art. 32(2) require lawful evidence, so listing it is a warning.',
    },
    severity: 'error',
    category: '证据充分',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 46, 3),
      basis(ENV, '2023', 26, 3),
      basis(ENV, '2010', 30),
      basis(ENV, '2010', 32, 2),
    ],
    candidates: ['ENV-INV-008'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const decision = decisionOf(c);
    if (!decision || !imposesPenalty(c)) return [];
    const env = envVersion(ctx, decision.date);
    const newLaw = aplVersion(ctx, decision.date) === '2021';
    // before 2021-07-15 行政处罚法 has no exclusion article; 环境行政处罚办法 (2010) §30(2) forbids obtaining evidence
    // by unlawful means and §32(2) admits only evidence that meets the law: a derived exclusion, so a warning
    if (!newLaw && env !== '2010') return [];
    const b: LegalBasis[] = newLaw
      ? [basis(APL, '2021', 46, 3)]
      : [basis(ENV, '2010', 30, undefined, 2), basis(ENV, '2010', 32, 2)];
    if (env === '2023') b.push(basis(ENV, '2023', 26, 3));
    const findings: RuleFinding[] = [];
    (c.data.violation.evidence ?? []).forEach((e, i) => {
      if (e.lawful !== false) return;
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `证据“${e.description}”标记为非法取得，却列为认定事实的证据`,
            en: `The evidence “${e.description}” is marked as unlawfully obtained yet is listed to found the facts`,
          },
          b,
        ),
        path: `/violation/evidence/${i}`,
        basis: b,
        ...(newLaw ? {} : { severity: 'warning' as const }),
        suggestion: {
          zh: '删除该证据，核实其余证据是否足以认定事实；不足的应补充合法取得的证据',
          en: 'Drop it and check that the remaining evidence suffices; otherwise gather lawful evidence',
        },
      });
    });
    return findings;
  },
};
