/** Files in the case folder that documents[] does not list: the volume's contents follow its list (2010 办法 §69; 2023 办法 §79). */
import type { Case } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, archiveBasis, basis, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/unlisted-file',
    title: { zh: '案卷文件夹中有未登记的文件', en: 'Unlisted file in the case folder' },
    description: {
      zh: '案卷文件夹中存在 documents 未登记的文件（案卷文件本身、隐藏文件和 Office 临时文件除外）。',
      en: 'The case folder holds a file that documents does not list (the case file, hidden files and Office lock files excepted).',
    },
    severity: 'info',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2010', 69), basis(ENV, '2023', 79)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const b = archiveBasis(c, ctx, 'order');
    return (ctx.attachments?.unlisted ?? []).map((file) => ({
      message: withBasis(
        ctx,
        {
          zh: `文件 ${printable(file)} 未在 documents 中登记`,
          en: `The file ${printable(file)} is not listed in documents`,
        },
        b,
      ),
      path: '/documents',
      basis: b,
      suggestion: {
        zh: '在 documents 中登记该文件，或将其移出案卷文件夹',
        en: 'List the file in documents, or move it out of the case folder',
      },
    }));
  },
};
