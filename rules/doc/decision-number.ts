/** The decision text carries the decision number recorded for it (文书编号; 行政处罚法 2021 §59, 2017 §39). */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, aplVersion, basis, compact, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

/** 〔2020〕 may be typed as [2020], 【2020】, (2020) … */
function normaliseNumber(s: string): string {
  return compact(s)
    .replace(/[[【［(（]/g, '〔')
    .replace(/[\]】］)）]/g, '〕');
}

export const rule: Rule = {
  meta: {
    id: 'doc/decision-number',
    title: { zh: '决定书文号与记录一致', en: 'Decision number matches the record' },
    description: {
      zh: '处罚决定书正文中应载明与案卷记录一致的决定书文号。',
      en: 'The decision text must carry the decision number recorded in the case file.',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 59), basis(APL, '2017', 39)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const date = caseDate(c);
    const b = [aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 59) : basis(APL, '2017', 39)];
    for (const d of textsOf(c, ctx, 'decision')) {
      const expected = d.doc.number ?? c.data.case.number;
      if (normaliseNumber(d.text).includes(normaliseNumber(expected))) continue;
      const found = /[^\s，。：:]{2,12}[〔[【［(（]\s*\d{4}\s*[〕\]】］)）]\s*\d+\s*号/.exec(d.text);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `决定书（${printable(d.info.file)}）未载明记录的文号 ${expected}${found ? `，文中为 ${found[0]}` : ''}`,
            en: `The decision (${printable(d.info.file)}) does not carry the recorded number ${expected}${found ? `; the text says ${found[0]}` : ''}`,
          },
          b,
        ),
        path: `${d.pointer}/number`,
        file: d.info.file,
        basis: b,
        suggestion: {
          zh: '更正决定书文号或案卷记录，使二者一致',
          en: 'Correct the number in the decision or in the record so that they agree',
        },
      });
    }
    return findings;
  },
};
