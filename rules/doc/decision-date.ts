/** The decision text states the decision date recorded in the timeline: 行政处罚法 2021 §59(1)(6) (2017 §39(6)). */
import type { Case } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { formatDateZh } from '../../src/model/dates.js';
import { APL, aplVersion, basis, mentionsDate, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

export const rule: Rule = {
  meta: {
    id: 'doc/decision-date',
    title: { zh: '决定书日期与记录一致', en: 'Decision date matches the record' },
    description: {
      zh: '处罚决定书落款日期应与时间线中记录的决定日期一致（可写作 2020年10月13日 或 二〇二〇年十月十三日）。',
      en: 'The date on the decision must be the decision date in the timeline (written 2020年10月13日 or 二〇二〇年十月十三日).',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 59, 1, 6), basis(APL, '2017', 39, 1, 6)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const event = c.timeline.find((e) => e.event === 'decision');
    if (!event) return [];
    const b = [
      aplVersion(ctx, event.date) === '2021' ? basis(APL, '2021', 59, 1, 6) : basis(APL, '2017', 39, 1, 6),
    ];
    return textsOf(c, ctx, 'decision')
      .filter((d) => !mentionsDate(d.text, event.date))
      .map((d) => ({
        message: withBasis(
          ctx,
          {
            zh: `决定书（${printable(d.info.file)}）未载明记录的决定日期${formatDateZh(event.date)}`,
            en: `The decision (${printable(d.info.file)}) does not state the recorded decision date ${event.date}`,
          },
          b,
        ),
        path: `${event.pointer}/date`,
        file: d.info.file,
        basis: b,
        suggestion: {
          zh: '核对决定书落款日期与时间线记录',
          en: 'Check the date on the decision against the timeline',
        },
      }));
  },
};
