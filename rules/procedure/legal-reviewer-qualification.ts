/**
 * A person first doing legal review must hold the national legal-professional qualification: 行政处罚法 2021 §58(2),
 * 2017 §38(3); 生态环境行政处罚办法 (2023) §49. Checked where the case records the reviewer's qualification; a reviewer
 * or qualification not recorded is coverage.
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notRecorded } from '../../src/engine/coverage.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/legal-reviewer-qualification',
    title: { zh: '法制审核人员的法律职业资格', en: 'Legal reviewer’s professional qualification' },
    description: {
      zh: '初次从事行政处罚决定法制审核的人员应取得法律职业资格。案卷记录审核人员无该资格（legal_qualification: false）时提示核查其是否为规定施行前已从事审核的人员；未记录审核人员或其资格的，列为未检查。',
      en: 'A person first doing legal review of penalty decisions must hold the legal-professional qualification. Where the file records a reviewer without it (legal_qualification: false), check whether the reviewer already did reviews before the rule took effect; a reviewer or qualification not recorded is reported as not checked.',
    },
    severity: 'warning',
    category: '主体合法',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 58, 2), basis(APL, '2017', 38, 3), basis(ENV, '2023', 49, 3)],
    candidates: ['APL-028', 'ENV-LEG-002'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    let unrecorded = false;
    for (const r of eventsOf(c, 'legal-review')) {
      const names = [r.reviewer, ...(r.officers ?? [])].filter((n): n is string => n !== undefined);
      if (names.length === 0) unrecorded = true;
      for (const name of names) {
        const officer = c.data.officers.find((o) => o.name === name);
        if (officer?.legal_qualification === undefined) unrecorded = true;
        if (officer?.legal_qualification !== false) continue;
        const b: LegalBasis[] = [
          aplVersion(ctx, r.date) === '2021' ? basis(APL, '2021', 58, 2) : basis(APL, '2017', 38, 3),
        ];
        if (envVersion(ctx, r.date) === '2023') b.push(basis(ENV, '2023', 49, 3));
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${r.date}的法制审核人员${name}未取得法律职业资格；初次从事法制审核的人员应当取得该资格`,
              en: `The legal reviewer of ${r.date}, ${name}, holds no legal-professional qualification, which a first-time reviewer must have`,
            },
            b,
          ),
          path: r.pointer,
          basis: b,
          suggestion: {
            zh: '由具有法律职业资格的人员审核，或在案卷中说明该人员在规定施行前已从事法制审核',
            en: 'Have a qualified reviewer review, or record that this reviewer already did reviews before the rule took effect',
          },
        });
      }
    }
    // a reviewer (or the qualification) the record does not give: the check did not run for that review
    if (unrecorded)
      findings.push(
        notRecorded(
          'legal-reviewer-qualification',
          {
            zh: '法制审核人员或其法律职业资格',
            en: "the legal reviewer or the reviewer's qualification",
          },
          '/officers',
        ),
      );
    return findings;
  },
};
