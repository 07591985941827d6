/**
 * The decision names the deciding agency and bears its seal: 行政处罚法 2021 §59(1)(6) and §59(2) (2017 §39).
 * The text must name the agency, and the record must not say sealed: false. A stamped or electronic seal is an
 * image, so extracted text often cannot show it: a text without a seal mark (印章/盖章/公章/（章）) is a warning
 * to look, not an error, and none once the record says sealed: true.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, aplVersion, basis, compact, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/decision-seal',
    title: { zh: '决定书加盖印章并载明机关名称', en: 'Decision sealed and naming the agency' },
    description: {
      zh: '处罚决定书必须载明作出决定的行政机关名称并加盖其印章：文本中应有机关名称，记录中不得为 sealed: false；文本中看不到印章标记且记录未写 sealed: true 时提示人工核对（印章是图像，提取的文字未必显示）。',
      en: 'The decision must name the deciding agency and bear its seal: the text names the agency and the record does not say sealed: false; when the text shows no seal mark and the record does not say sealed: true, a warning asks for a look (a seal is an image that extracted text may not show).',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 59, 2), basis(APL, '2017', 39, 2)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const date = caseDate(c);
    const b = [aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 59, 2) : basis(APL, '2017', 39, 2)];
    const findings: RuleFinding[] = [];
    for (const d of textsOf(c, ctx, 'decision')) {
      const text = compact(d.text);
      const problems: [string, string, string, 'warning'?][] = [];
      if (d.doc.sealed === false)
        problems.push(['案卷记录为未盖章', 'is recorded as not sealed', `${d.pointer}/sealed`]);
      if (d.doc.sealed !== true && !/印章|盖章|公章|（章）|\(章\)/.test(text))
        problems.push([
          '文本中看不到印章标记；请核对原件是否加盖印章，核对后在记录中写明 sealed: true',
          'shows no seal mark in its text; check the original for the seal and record sealed: true',
          d.pointer,
          'warning',
        ]);
      if (!text.includes(compact(c.data.case.agency)))
        problems.push([
          `未载明作出决定的机关名称“${c.data.case.agency}”`,
          `does not name the deciding agency "${c.data.case.agency}"`,
          '/case/agency',
        ]);
      for (const [zh, en, path, severity] of problems) {
        findings.push({
          ...(severity ? { severity } : {}),
          message: withBasis(
            ctx,
            {
              zh: `决定书（${printable(d.info.file)}）${zh}`,
              en: `The decision (${printable(d.info.file)}) ${en}`,
            },
            b,
          ),
          path,
          file: d.info.file,
          basis: b,
          suggestion: {
            zh: '决定书须载明机关名称并加盖印章',
            en: 'The decision must name the agency and bear its seal',
          },
        });
      }
    }
    return findings;
  },
};
