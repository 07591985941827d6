/**
 * An attachment path stays inside the case folder (relative, no `..`, no symlink leading out): the case file is
 * one self-contained volume (一案一卷, 2010 办法 §68; 2023 办法 §78), and the linter never reads files elsewhere.
 */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/attachment-outside-folder',
    title: { zh: '附件位于案卷文件夹之外', en: 'Attachment outside the case folder' },
    description: {
      zh: '附件路径必须是案卷文件夹内的相对路径：不得使用绝对路径、..，也不得通过符号链接指向文件夹外；此类文件不予读取。',
      en: 'An attachment path must be relative and stay inside the case folder: no absolute path, no "..", no symlink leading out. Such files are not read.',
    },
    severity: 'error',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 68), basis(ENV, '2023', 78)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const b = archiveBasis(c, ctx, 'complete');
    return [...(ctx.attachments?.byId.values() ?? [])]
      .filter((info) => info.status === 'outside')
      .map((info) => ({
        message: withBasis(
          ctx,
          {
            zh: `文书“${info.id}”的路径 ${printable(info.file)} 指向案卷文件夹之外，未读取`,
            en: `The path ${printable(info.file)} of document "${info.id}" leads outside the case folder; not read`,
          },
          b,
        ),
        path: `${documentPointer(c, info.id) ?? '/documents'}/file`,
        basis: b,
        suggestion: {
          zh: '把文件复制到案卷文件夹内，并使用相对路径',
          en: 'Copy the file into the case folder and use a relative path',
        },
      }));
  },
};
