/**
 * A scanned decision, prior notice or publication text cannot be cross-checked: reported as "not checkable"
 * (info), never as passing. The decision's contents are required by 行政处罚法 2021 §59 (2017 §39).
 */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, basis } from './support.js';
import { printable } from '../../src/text/printable.js';

const CHECKED = new Set(['decision', 'prior-notice', 'publication']);

export const rule: Rule = {
  meta: {
    id: 'doc/text-not-checkable',
    title: { zh: '文书为扫描件，文字无法核对', en: 'Scanned document: text not checkable' },
    description: {
      zh: '处罚决定书、事先告知书、公开文本为扫描图片（无文字层）或不支持提取文字的格式（如 .doc）时，与案卷记录的交叉核对无法进行，需人工核对。',
      en: 'When the decision, prior notice or publication text is a scan without a text layer, or a format whose text cannot be extracted (such as .doc), the cross-checks against the record cannot run and must be done by hand.',
    },
    severity: 'info',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 59), basis(APL, '2017', 39)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const doc of c.data.documents ?? []) {
      if (!CHECKED.has(doc.type)) continue;
      const info = ctx.attachments?.byId.get(doc.id);
      if (info?.status !== 'ok' || (info.textStatus !== 'scanned' && info.textStatus !== 'unsupported'))
        continue;
      findings.push({
        message: {
          zh: `文书“${doc.id}”（${printable(info.file)}）${info.textNote?.zh ?? '为扫描件'}；未核对，不视为通过`,
          en: `Document "${doc.id}" (${printable(info.file)}): ${info.textNote?.en ?? 'a scan'}; not checked, not a pass`,
        },
        path: `${documentPointer(c, doc.id) ?? '/documents'}/file`,
        file: info.file,
        suggestion: {
          zh: '附上带文字层的电子件，或人工核对',
          en: 'Attach the file with a text layer, or check it by hand',
        },
      });
    }
    return findings;
  },
};
