/**
 * The decision names the party as recorded: name, and the unified social credit code (organisations) or ID
 * number (persons). 行政处罚法 2021 §59(1)(1) (2017 §39(1)); 生态环境行政处罚办法 (2023) §56(1) adds the ID
 * number / credit code; 环境行政处罚办法 (2010) §54(1) the organisation code.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, compact, envVersion, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/decision-party',
    title: { zh: '决定书当事人信息与记录一致', en: 'Party in the decision matches the record' },
    description: {
      zh: '处罚决定书应载明与案卷记录一致的当事人名称，以及统一社会信用代码（单位）或身份证号码（个人）。',
      en: 'The decision must name the party as recorded, with the unified social credit code (organisation) or ID number (person).',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 59, 1, 1), basis(APL, '2017', 39, 1, 1), basis(ENV, '2023', 56, 1, 1)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const date = caseDate(c);
    const b: LegalBasis[] = [
      aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 59, 1, 1) : basis(APL, '2017', 39, 1, 1),
    ];
    const env = envVersion(ctx, date);
    if (env === '2023') b.push(basis(ENV, '2023', 56, 1, 1));
    if (env === '2010') b.push(basis(ENV, '2010', 54, 1, 1));
    const party = c.data.party;
    const checks: { value: string; pointer: string; zh: string; en: string }[] = [
      { value: party.name, pointer: '/party/name', zh: '当事人名称', en: 'party name' },
    ];
    if (party.credit_code)
      checks.push({
        value: party.credit_code,
        pointer: '/party/credit_code',
        zh: '统一社会信用代码',
        en: 'credit code',
      });
    if (party.id_number)
      checks.push({ value: party.id_number, pointer: '/party/id_number', zh: '身份证号码', en: 'ID number' });
    for (const d of textsOf(c, ctx, 'decision')) {
      const text = compact(d.text).toUpperCase();
      for (const check of checks) {
        if (text.includes(compact(check.value).toUpperCase())) continue;
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `决定书（${printable(d.info.file)}）未载明记录的${check.zh}“${check.value}”`,
              en: `The decision (${printable(d.info.file)}) does not state the recorded ${check.en} "${check.value}"`,
            },
            b,
          ),
          path: check.pointer,
          file: d.info.file,
          basis: b,
          suggestion: {
            zh: `核对并更正决定书或案卷记录中的${check.zh}`,
            en: `Check and correct the ${check.en} in the decision or the record`,
          },
        });
      }
    }
    return findings;
  },
};
