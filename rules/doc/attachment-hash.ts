/**
 * The recorded sha256 matches the file: an archived case file must not change afterwards (2010 办法 §70;
 * 2023 办法 §80). `caselint hash <case>` prints the hashes to record.
 */
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/attachment-hash',
    title: { zh: '附件哈希值不符', en: 'Attachment hash mismatch' },
    description: {
      zh: '登记了 sha256 的文书，其文件的哈希值必须与登记值一致；不一致说明文件在登记后被替换或修改。',
      en: 'Where documents[].sha256 is recorded, the file must hash to it; a mismatch means the file was replaced or changed after it was recorded.',
    },
    severity: 'error',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 70), basis(ENV, '2023', 80)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const b = archiveBasis(c, ctx, 'unchanged');
    for (const doc of c.data.documents ?? []) {
      if (!doc.sha256) continue;
      const info = ctx.attachments?.byId.get(doc.id);
      if (info?.status !== 'ok' || !info.sha256) continue;
      if (info.sha256.toLowerCase() === doc.sha256.trim().toLowerCase()) continue;
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `文书“${doc.id}”的文件 ${printable(info.file)} 的 sha256 为 ${info.sha256.slice(0, 12)}…，与登记值 ${doc.sha256.slice(0, 12)}… 不符`,
            en: `The file ${printable(info.file)} of document "${doc.id}" hashes to ${info.sha256.slice(0, 12)}…, not the recorded ${doc.sha256.slice(0, 12)}…`,
          },
          b,
        ),
        path: `${documentPointer(c, doc.id) ?? '/documents'}/sha256`,
        file: info.file,
        basis: b,
        suggestion: {
          zh: '核实文件是否被替换；确认无误后用 caselint hash 重新登记',
          en: 'Check whether the file was replaced; once verified, record it again with caselint hash',
        },
      });
    }
    return findings;
  },
};
