/**
 * Contents of the prior notice: facts, reasons, basis and the rights to state and defend (行政处罚法 2017 §31;
 * 2010 办法 §48); from 2021-07-15 also the proposed penalty (行政处罚法 2021 §44; 2023 办法 §44).
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, withBasis } from './support/law.js';
import { isOralNotice } from '../shared/oral-notice.js';
import { noticeBases } from './support/notice.js';

const ITEMS: { keys: string[]; name: Msg }[] = [
  { keys: ['facts'], name: { zh: '违法事实', en: 'facts' } },
  { keys: ['reasons'], name: { zh: '理由', en: 'reasons' } },
  { keys: ['basis'], name: { zh: '依据', en: 'legal basis' } },
  {
    keys: ['rights', 'statement-right', 'defence-right'],
    name: { zh: '陈述、申辩权利', en: 'rights to state and defend' },
  },
];

function missingItems(c: Case, e: TimelineEvent, newLaw: boolean): Msg[] {
  const contents = e.contents;
  const missing: Msg[] = [];
  // an oral notice on the spot announces the penalty then decided, recorded on the decision itself
  if (newLaw && !e.proposed && !isOralNotice(c, e) && !(contents ?? []).includes('proposed-penalty'))
    missing.push({ zh: '拟作出的行政处罚内容', en: 'the proposed penalty' });
  if (contents === undefined) return missing; // the checklist was not recorded: only the proposed penalty is checked
  for (const item of ITEMS) if (!item.keys.some((k) => contents.includes(k))) missing.push(item.name);
  return missing;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/prior-notice-contents',
    title: { zh: '事先告知书的内容', en: 'Contents of the prior notice' },
    description: {
      zh: '事先告知书应载明违法事实、理由、依据和陈述申辩权利；2021-07-15起还应告知拟作出的行政处罚内容（proposed 字段或 contents 中的 proposed-penalty）。其余事项仅在案卷记录了 contents 清单时检查。',
      en: 'The prior notice states the facts, reasons, basis and the rights to state and defend; from 2021-07-15 also the proposed penalty (the proposed field or proposed-penalty in contents). The other items are checked only when the contents checklist is recorded.',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 44),
      basis(APL, '2017', 31),
      basis(ENV, '2010', 48, 1),
      basis(ENV, '2023', 44),
    ],
    candidates: ['APL-015'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const n of eventsOf(c, 'prior-notice-served')) {
      const missing = missingItems(c, n, aplVersion(ctx, n.date) === '2021');
      if (missing.length === 0) continue;
      const b = noticeBases(ctx, n.date);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${n.date}送达的事先告知书未载明：${missing.map((m) => m.zh).join('、')}`,
            en: `The prior notice served on ${n.date} does not state: ${missing.map((m) => m.en).join(', ')}`,
          },
          b,
        ),
        path: n.pointer,
        basis: b,
        suggestion: { zh: '补正告知书内容并重新送达', en: 'Complete the notice and serve it again' },
      });
    }
    return findings;
  },
};
