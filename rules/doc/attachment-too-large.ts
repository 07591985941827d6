/** An attachment within the size limit (prepareAttachments `maxBytes`, default 50 MiB; config attachments.maxBytes). */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/attachment-too-large',
    title: { zh: '附件超过大小上限', en: 'Attachment above the size limit' },
    description: {
      zh: '超过大小上限（默认 50 MiB，可在配置 attachments.maxBytes 中调整）的附件不计算哈希、不提取文字，其内容无法核对。',
      en: 'Attachments above the size limit (default 50 MiB, configurable as attachments.maxBytes) are neither hashed nor read, so their content cannot be checked.',
    },
    severity: 'warning',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 68), basis(ENV, '2023', 78)],
    needsAttachments: true,
    options: {
      maxBytes: {
        description: {
          zh: '单个附件大小上限（字节）；读取附件时的上限由配置 attachments.maxBytes 决定（默认 50 MiB）',
          en: 'size limit per attachment, bytes; the reading limit itself is the config attachments.maxBytes (default 50 MiB)',
        },
        default: 50 * 1024 * 1024,
        type: 'integer',
        minimum: 1,
      },
    },
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const b = archiveBasis(c, ctx, 'complete');
    const limit = typeof ctx.options.maxBytes === 'number' ? ctx.options.maxBytes : Number.POSITIVE_INFINITY;
    return [...(ctx.attachments?.byId.values() ?? [])]
      .filter((info) => info.status === 'too-large' || (info.status === 'ok' && (info.size ?? 0) > limit))
      .map((info) => ({
        message: withBasis(
          ctx,
          {
            zh: `文书“${info.id}”的文件 ${printable(info.file)}${info.size !== undefined ? `（${info.size} 字节）` : ''}超过大小上限，未核对`,
            en: `The file ${printable(info.file)} of document "${info.id}"${info.size !== undefined ? ` (${info.size} bytes)` : ''} is above the size limit and was not checked`,
          },
          b,
        ),
        path: `${documentPointer(c, info.id) ?? '/documents'}/file`,
        file: info.file,
        basis: b,
        suggestion: {
          zh: '压缩或拆分文件；确需保留时调高 attachments.maxBytes',
          en: 'Compress or split the file, or raise attachments.maxBytes',
        },
      }));
  },
};
