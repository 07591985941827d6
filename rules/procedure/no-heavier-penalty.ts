/**
 * The decided penalty may not be heavier than the one notified: 行政处罚法 2021 §45(2) (2017 §32(2)) forbid a heavier
 * penalty because the party defended; a heavier penalty never notified also breaches 2021 §44, §62 (2017 §31, §41).
 * 环境行政处罚办法 (2010) §49; 生态环境行政处罚办法 (2023) §45.
 */
import type { PenaltyKind } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import type { Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis, withBasis } from './support/law.js';
import { noticeBases, statementBases } from './support/notice.js';
import { kindNames } from './support/labels.js';
import { decisionOf, formatYuan, imposesPenalty, priorNoticeBefore } from './support/steps.js';

/** kinds that never make a penalty heavier when added to another one */
const MILDEST: ReadonlySet<PenaltyKind> = new Set(['warning', 'criticism']);

export const rule: Rule = {
  meta: {
    id: 'procedure/no-heavier-penalty',
    title: { zh: '决定不重于告知的处罚', en: 'No heavier penalty than notified' },
    description: {
      zh: '处罚决定的罚款金额和处罚种类不得重于事先告知书拟作出的处罚；当事人陈述申辩或听证后加重的，违反不得因陈述申辩加重处罚的规定；未陈述申辩而加重的，属于未就该处罚告知。',
      en: 'The decided fine and penalty kinds may not exceed those proposed in the prior notice; after a statement or hearing this breaches the ban on heavier penalties for defending, otherwise the heavier penalty was never notified.',
    },
    severity: 'error',
    category: '程序合法',
    basis: [
      basis(APL, '2021', 45, 2),
      basis(APL, '2017', 32, 2),
      basis(ENV, '2010', 49, 2),
      basis(ENV, '2023', 45, 2),
    ],
    candidates: ['APL-018', 'ENV-NOT-004'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!imposesPenalty(c)) return [];
    const decision = decisionOf(c);
    if (!decision) return [];
    const notice = priorNoticeBefore(c, decision.date);
    const proposed = notice?.proposed;
    if (!notice || !proposed) return [];
    const penalty = c.data.penalty;
    const heavier: Msg[] = [];
    // a notice recorded without its amount is not a notice of ¥0: the amount is only not recorded
    if (penalty.fine !== undefined && proposed.fine !== undefined && penalty.fine > proposed.fine) {
      heavier.push({
        zh: `罚款${formatYuan(penalty.fine)}高于告知的${formatYuan(proposed.fine)}（多${formatYuan(penalty.fine - proposed.fine)}）`,
        en: `a fine of ${formatYuan(penalty.fine)} above the notified ${formatYuan(proposed.fine)} (by ${formatYuan(penalty.fine - proposed.fine)})`,
      });
    }
    const added = penalty.kinds.filter((k) => !proposed.kinds.includes(k) && !MILDEST.has(k) && k !== 'fine');
    if (added.length > 0)
      heavier.push({
        zh: `增加了告知书未列的处罚种类：${kindNames(added).zh}`,
        en: `penalty kinds not in the notice: ${kindNames(added).en}`,
      });
    if (heavier.length === 0) return [];

    const defended = c.timeline.some(
      (e) =>
        (e.event === 'statement-received' || e.event === 'hearing-held') &&
        e.date >= notice.date &&
        e.date <= decision.date,
    );
    const b = defended ? statementBases(ctx, decision.date, 2) : noticeBases(ctx, decision.date);
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `处罚决定重于${notice.date}事先告知的处罚：${heavier.map((h) => h.zh).join('；')}${defended ? '；当事人已陈述申辩或听证，不得因此加重处罚' : '；加重部分未经告知'}`,
            en: `The decision is heavier than the penalty notified on ${notice.date}: ${heavier.map((h) => h.en).join('; ')}${defended ? '; the party had defended, which may not lead to a heavier penalty' : '; the heavier part was never notified'}`,
          },
          b,
        ),
        path: '/penalty',
        basis: b,
        suggestion: {
          zh: '按告知的处罚作出决定；确需加重且有新的事实依据的，应重新告知并听取陈述申辩',
          en: 'Decide within the notified penalty; if new facts justify more, notify again and hear the party',
        },
      },
    ];
  },
};
