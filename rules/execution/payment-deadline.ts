import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { hasEvent } from '../../src/model/case.js';
import {
  aplPaymentBasis,
  aplVersion,
  checkPeriod,
  amountOrdered,
  paidInFullOn,
  paymentPeriod,
  yuan,
  cite,
  basis,
} from './support.js';

/**
 * 缴纳罚款期限: the party pays within 15 days of receiving the decision (行政处罚法 2021 §67(3); 2017 §46(3));
 * the decision states that period. A payment period that passed without payment and without any enforcement
 * step (加处罚款, 催告, 申请强制执行 — 2021 §72; 2017 §51) is reported; pending periods of open cases are info.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/payment-deadline',
    title: { zh: '罚款缴纳期限', en: 'Payment within 15 days of receipt' },
    description: {
      zh: '当事人应自收到处罚决定书之日起15日内缴纳罚款（批准延期、分期的，至延期届满）。决定书载明的期限应与此一致；逾期未缴纳的，应依法加处罚款、催告或申请强制执行。',
      en: 'The party pays within 15 days of receiving the decision (or by the end of an approved deferral). The decision states that period; after it, the agency surcharges, reminds or applies to court.',
    },
    severity: 'warning',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 67, 3),
      basis('admin-penalty-law', '2017', 46, 3),
      basis('admin-penalty-law', '2021', 72),
    ],
    candidates: ['APL-037', 'ENV-EXE-001'],
  },
  check(c, ctx) {
    if (amountOrdered(c) <= 0) return [];
    const period = paymentPeriod(c, ctx);
    if (!period) return [];
    const apl = aplVersion(ctx, period.decision.date);
    const bases = [aplPaymentBasis(apl)];
    const law = cite(ctx, bases);
    const findings: RuleFinding[] = [];
    const stated = c.data.penalty.payment_days;
    if (stated !== undefined && stated !== 15) {
      findings.push({
        path: '/penalty/payment_days',
        basis: bases,
        message: {
          zh: `决定书载明的缴款期限为${stated}日，与法定的“自收到决定书之日起十五日内”不符（${law.zh}）`,
          en: `The decision states ${stated} days to pay; the statutory period is 15 days from receipt (${law.en})`,
        },
        suggestion: {
          zh: '更正为自收到决定书之日起15日内缴纳',
          en: 'State 15 days from receipt of the decision',
        },
      });
    }
    const paid = paidInFullOn(c);
    const paidEvent =
      paid === undefined ? undefined : c.timeline.find((e) => e.event === 'paid' && e.date === paid);
    const enforced =
      hasEvent(c, 'surcharge') || hasEvent(c, 'reminder-served') || hasEvent(c, 'enforcement-applied');
    const label = period.deferral
      ? { zh: '缴款期限（经批准延期、分期）', en: 'Payment period (approved deferral)' }
      : { zh: '缴款期限', en: 'Payment period' };
    const advice = {
      zh: `逾期未缴纳${yuan(amountOrdered(c))}元的，依法加处罚款并催告，必要时申请人民法院强制执行`,
      en: `If the ${yuan(amountOrdered(c))} yuan remains unpaid, surcharge, serve a reminder and apply to court if needed`,
    };
    const periodFindings = checkPeriod(c, ctx, {
      label,
      from: period.received,
      due: period.due,
      unit: 'day',
      done: paid,
      path: paidEvent ? `${paidEvent.pointer}/date` : period.served.pointer,
      bases,
      advice,
      missing: {
        zh: '案卷未记录罚款缴清，也未记录加处罚款、催告或申请强制执行',
        en: 'the record shows neither full payment of the fine nor a surcharge, reminder or court application',
      },
    });
    for (const f of periodFindings) {
      // late payment followed by a surcharge, or an unpaid fine already being enforced, is for the enforcement rules
      if (f.severity !== 'info' && enforced) continue;
      findings.push({ ...f, basis: bases });
    }
    return findings;
  },
};
