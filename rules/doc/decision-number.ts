/**
 * The decision text carries the decision number recorded for it (文号). No statute lists the number among the
 * decision's contents (行政处罚法 2021 §59 / 2017 §39, 环境行政处罚办法 2010 §54, 生态环境行政处罚办法 2023 §56);
 * from 2023-07-01 the decision information made public must give the decision's 文号 (2023 §62), so a text whose
 * number differs from the record is a warning under that article. Before, no binding text speaks of the number: the
 * mismatch is document consistency (文书规范 in the review guide 环办〔2012〕98号, whose text on it was not
 * obtained), reported as info without a legal basis.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, basis, citeAll, compact, envVersion, textsOf } from './support.js';
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
      zh:
        '处罚决定书正文中应载明与案卷记录一致的决定书文号。法律、规章列举的决定书应载明事项（行政处罚法2021年第五十九条、2017年第三十九条，' +
        '环境行政处罚办法2010年第五十四条，生态环境行政处罚办法2023年第五十六条）均不含文号，故不作为错误：2023年7月1日起，' +
        '公开的行政处罚决定信息应包括决定书文号（生态环境行政处罚办法2023年第六十二条），决定书与记录的文号不一致为警告；' +
        '此前的决定没有规定文号的法律条文，不一致仅作为文书规范提示（info，不引法律依据；环境行政处罚案卷评查指南（环办〔2012〕98号）' +
        '“文书规范”一项的正文未取得，未作为依据）。',
      en:
        'The decision text must carry the decision number recorded in the case file. No law or rule lists the number among ' +
        "the decision's contents (APL 2021 art. 59, 2017 art. 39; environmental penalty measures 2010 art. 54, 2023 art. 56), " +
        'so a mismatch is never an error: from 2023-07-01 the decision information made public must include the ' +
        "decision's number (2023 measures art. 62), and a number in the text that differs from the record is a warning; " +
        'for earlier decisions no binding text speaks of the number, and the mismatch is document-consistency advice ' +
        '(info, without a legal basis; the "proper documents" item of the case-file review guide 环办〔2012〕98号 was not ' +
        'obtained in full text and is not cited).',
    },
    severity: 'warning',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(ENV, '2023', 62)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const date = caseDate(c);
    // the disclosure duty that names the 文号 binds decisions from 2023-07-01; before, consistency advice only
    const disclosed = envVersion(ctx, date) === '2023';
    const b: LegalBasis[] = disclosed ? [basis(ENV, '2023', 62)] : [];
    const why: Msg = disclosed
      ? citeAll(ctx, b)
      : {
          zh: '文书规范提示，法律未规定决定书须载明文号',
          en: 'document consistency; no law requires the number in the decision',
        };
    for (const d of textsOf(c, ctx, 'decision')) {
      const expected = d.doc.number ?? c.data.case.number;
      if (normaliseNumber(d.text).includes(normaliseNumber(expected))) continue;
      const found = /[^\s，。：:]{2,12}[〔[【［(（]\s*\d{4}\s*[〕\]】］)）]\s*\d+\s*号/.exec(d.text);
      findings.push({
        message: {
          zh: `决定书（${printable(d.info.file)}）未载明记录的文号 ${expected}${found ? `，文中为 ${found[0]}` : ''}（${why.zh}）`,
          en: `The decision (${printable(d.info.file)}) does not carry the recorded number ${expected}${found ? `; the text says ${found[0]}` : ''} (${why.en})`,
        },
        path: `${d.pointer}/number`,
        file: d.info.file,
        basis: b,
        ...(disclosed ? {} : { severity: 'info' as const }),
        suggestion: {
          zh: '更正决定书文号或案卷记录，使二者一致',
          en: 'Correct the number in the decision or in the record so that they agree',
        },
      });
    }
    return findings;
  },
};
