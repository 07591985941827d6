/** A listed attachment exists, is a readable file and is not empty: 一案一卷、文书齐全 (2010 办法 §68; 2023 办法 §78). */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

const PROBLEM = {
  missing: { zh: '不存在', en: 'does not exist' },
  empty: { zh: '是空文件（0字节）', en: 'is empty (0 bytes)' },
  unreadable: {
    zh: '无法读取（不是普通文件或没有读取权限）',
    en: 'cannot be read (not a regular file, or no permission)',
  },
} as const;

export const rule: Rule = {
  meta: {
    id: 'doc/attachment-missing',
    title: { zh: '附件文件缺失或为空', en: 'Attachment missing or empty' },
    description: {
      zh: 'documents 中登记的每个文件都应在案卷文件夹中存在、可读且非空；否则案卷文书不齐全。',
      en: 'Every file listed in documents must exist in the case folder, be readable and not empty; otherwise the file is incomplete.',
    },
    severity: 'error',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 68), basis(ENV, '2023', 78)],
    candidates: ['ENV-ARC-001'],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const b = archiveBasis(c, ctx, 'complete');
    for (const info of ctx.attachments?.byId.values() ?? []) {
      if (info.status !== 'missing' && info.status !== 'empty' && info.status !== 'unreadable') continue;
      // an unreadable file says why (a pipe, a symlink loop, a file changing while read) when the loader knows
      const p =
        info.status === 'unreadable' && info.textNote
          ? { zh: `无法读取：${info.textNote.zh}`, en: `cannot be read: ${info.textNote.en}` }
          : PROBLEM[info.status];
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `文书“${info.id}”的文件 ${printable(info.file)} ${p.zh}`,
            en: `The file ${printable(info.file)} of document "${info.id}" ${p.en}`,
          },
          b,
        ),
        path: `${documentPointer(c, info.id) ?? '/documents'}/file`,
        basis: b,
        suggestion: {
          zh: '将文书的电子件放入案卷文件夹，或更正 file 路径',
          en: 'Put the document file in the case folder, or correct the file path',
        },
      });
    }
    return findings;
  },
};
