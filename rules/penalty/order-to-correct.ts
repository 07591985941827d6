import { notRecorded } from '../../src/engine/coverage.js';
import { hasEvent } from '../../src/model/case.js';
import type { Rule } from '../../src/engine/types.js';
import { apl, appliedClauses, decisionDate, provisionBasis } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/order-to-correct',
    title: { zh: '责令改正', en: 'Order to correct present' },
    description: {
      zh:
        '实施行政处罚时应当责令当事人改正或者限期改正违法行为（行政处罚法2021年第二十八条第一款、2017年第二十三条）；' +
        '案卷既未记录责令改正的内容（penalty.orders），也未记录责令改正决定的送达的，为警告（决定书本身可能已责令改正，须人工核实）。作出不予处罚决定的，同样应当责令改正；但因超过追责时效不予处罚的（行政处罚法2021年第三十六条），不要求责令改正。',
      en:
        'A penalty must come with an order to correct (APL 2021 art. 28(1), 2017 art. 23); a record that gives neither the ' +
        'order (penalty.orders) nor its service is a warning (the decision itself may order it: a human checks). A no-penalty decision also needs the order, except one made ' +
        'because the limitation period ran out (APL 2021 art. 36).',
    },
    severity: 'warning',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 28, paragraph: 1 },
      { law: 'admin-penalty-law', version: '2017', article: 23 },
    ],
    candidates: ['APL-048', 'ENV-DEC-004'],
  },
  check(c, ctx) {
    const p = c.data.penalty;
    const penalised = (p.kinds ?? []).length > 0;
    if (!penalised && !p.no_penalty) return [];
    // 行政处罚法 2021 §36 ¶1 (2017 §29): past the limitation period the act is 不再给予行政处罚 — the §28 duty to
    // order correction comes with 实施行政处罚, and the act ended at least two years earlier, so nothing is demanded
    if (!penalised && p.no_penalty?.ground === 'limitation-expired') return [];
    if ((p.orders ?? []).length > 0 || hasEvent(c, 'correction-ordered')) return [];
    // a published decision or partial archive that does not show an order has only not recorded it
    if (c.record === 'partial')
      return [notRecorded('orders', { zh: '责令改正的内容', en: 'the order to correct' }, '/penalty/orders')];
    const decided = decisionDate(c, ctx);
    const general = apl(decided, 28, 23, decided >= '2021-07-15' ? { paragraph: 1 } : {});
    const requiring = appliedClauses(c, ctx).filter((a) => a.applied.clause.requiresOrderToCorrect);
    const basis = [general, ...requiring.map((a) => provisionBasis(ctx, a.applied.clause))];
    const named = basis.map((b) => ctx.law.cite(b));
    return [
      {
        path: '/penalty',
        // the decision may order the correction without the record transcribing it (penalty.orders, or a
        // correction-ordered step): a human checks (a warning), whether or not the clause itself requires the order
        severity: 'warning',
        basis,
        message: {
          zh: `${penalised ? '作出处罚' : '不予处罚'}，案卷未记录责令当事人改正违法行为（${named.map((n) => n.zh).join('、')}）`,
          en: `${penalised ? 'A penalty' : 'A no-penalty decision'} with no order to correct recorded (${named.map((n) => n.en).join('; ')})`,
        },
        suggestion: {
          zh: '在penalty.orders中记录责令改正内容和期限，或记录correction-ordered送达事件',
          en: 'record the order in penalty.orders with its deadline, or a correction-ordered event',
        },
      },
    ];
  },
};
