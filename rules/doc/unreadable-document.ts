/**
 * Hostile or broken documents (zip bombs, XML entity tricks, encrypted, damaged, mislabelled, too many pages):
 * the text cannot be read or checked, and the file in the volume is not a usable record. Documents must be
 * complete and legible (2010 办法 §68; 2023 办法 §78).
 */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

const BROKEN = new Set(['encrypted', 'corrupt', 'mislabelled', 'bomb', 'too-large']);

export const rule: Rule = {
  meta: {
    id: 'doc/unreadable-document',
    title: { zh: '文书文件损坏、加密或可疑', en: 'Document damaged, encrypted or suspicious' },
    description: {
      zh: '文书文件已加密、损坏、扩展名与内容不符、疑似压缩炸弹或 XML 实体攻击、页数超限时，文字无法读取和核对。',
      en: 'A document that is encrypted, damaged, mislabelled, a suspected zip bomb or XML entity attack, or above the page limit cannot be read or checked.',
    },
    severity: 'warning',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 68), basis(ENV, '2023', 78)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const b = archiveBasis(c, ctx, 'complete');
    const findings: RuleFinding[] = [];
    for (const info of ctx.attachments?.byId.values() ?? []) {
      if (info.status !== 'ok' || !info.textStatus || !BROKEN.has(info.textStatus)) continue;
      const why = info.textNote ?? { zh: info.textStatus, en: info.textStatus };
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `文书“${info.id}”（${printable(info.file)}）无法读取：${why.zh}`,
            en: `Document "${info.id}" (${printable(info.file)}) cannot be read: ${why.en}`,
          },
          b,
        ),
        path: `${documentPointer(c, info.id) ?? '/documents'}/file`,
        file: info.file,
        line: 1,
        column: 1,
        basis: b,
        suggestion: {
          zh: '换用原始、未加密的电子件（.docx 或带文字层的 .pdf）',
          en: 'Use the original, unencrypted file (.docx, or a .pdf with a text layer)',
        },
      });
    }
    return findings;
  },
};
