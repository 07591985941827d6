import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf, type Case } from '../../src/model/case.js';
import type { IsoDate } from '../../src/model/case-data.js';
import { addDays, daysBetween, maxDate, minDate } from '../../src/model/dates.js';
import { APL_2021_FROM, aplVersion, basis, cite, paidInFullOn, paymentPeriod, yuan } from './support.js';

const RATE = 0.03;

/** days in [from, to] (inclusive) covered by pending reconsideration or litigation (2021 §73(3)) */
function appealDays(c: Case, from: IsoDate, to: IsoDate): number {
  let days = 0;
  for (const e of [...eventsOf(c, 'reconsideration-filed'), ...eventsOf(c, 'litigation-filed')]) {
    const start = maxDate(e.date, from);
    const end = minDate(e.until ?? to, to);
    if (start !== undefined && end !== undefined && start <= end) days += daysBetween(start, end) + 1;
  }
  return days;
}

/**
 * 加处罚款: 3% of the fine per day from the day after the payment period, capped at the fine (行政处罚法 2021
 * §72(1)(1); 2017 §51(1) with the cap of 行政强制法 §45(2)); days from 2021-07-15 on while reconsideration or
 * litigation is pending are not counted (§73(3); the end of a proceeding is the `until` of its event, else it is
 * still pending).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/late-payment-surcharge',
    title: { zh: '加处罚款的起算、标准与上限', en: 'Late-payment surcharge: start, rate and cap' },
    description: {
      zh: '到期不缴纳罚款的，自缴款期限届满次日起每日按罚款数额的3%加处罚款，加处罚款总额不得超过罚款数额；2021年7月15日起，复议、诉讼期间不计算加处罚款。',
      en: 'An unpaid fine is surcharged 3% a day from the day after the payment period, never more than the fine; from 2021-07-15 days under reconsideration or litigation are not counted.',
    },
    severity: 'error',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 72, 1, 1),
      basis('admin-penalty-law', '2021', 73, 3),
      basis('admin-penalty-law', '2017', 51, 1, 1),
      basis('admin-compulsion-law', '2012', 45, 2),
    ],
    candidates: ['APL-039', 'ENV-EXE-001'],
  },
  check(c, ctx) {
    const surcharges = eventsOf(c, 'surcharge');
    if (surcharges.length === 0) return [];
    const fine = c.data.penalty.fine ?? 0;
    const period = paymentPeriod(c, ctx);
    if (!period || fine <= 0) return [];
    const firstDay = addDays(period.due, 1);
    const apl = aplVersion(ctx, firstDay);
    const rateBasis = basis('admin-penalty-law', apl, apl === '2021' ? 72 : 51, 1, 1);
    const capBases: LegalBasis[] =
      apl === '2021' ? [rateBasis] : [rateBasis, basis('admin-compulsion-law', '2012', 45, 2)];
    const findings: RuleFinding[] = [];

    for (const s of surcharges) {
      if (s.date <= period.due) {
        const law = cite(ctx, [rateBasis]);
        findings.push({
          path: `${s.pointer}/date`,
          basis: [rateBasis],
          message: {
            zh: `加处罚款记于${s.date}，但缴款期限至${period.due}才届满，应自${firstDay}起计算（${law.zh}）`,
            en: `A surcharge is dated ${s.date}, but the payment period runs until ${period.due}; surcharges start on ${firstDay} (${law.en})`,
          },
          suggestion: {
            zh: '核对决定书送达日期与缴款期限',
            en: 'Check the service date and the payment period',
          },
        });
      }
    }

    const total = surcharges.reduce((sum, s) => sum + (s.amount ?? 0), 0);
    if (total > fine) {
      const law = cite(ctx, capBases);
      findings.push({
        path: '/timeline',
        basis: capBases,
        message: {
          zh: `加处罚款合计${yuan(total)}元，超过罚款数额${yuan(fine)}元，超出${yuan(total - fine)}元（${law.zh}）`,
          en: `Surcharges total ${yuan(total)} yuan, ${yuan(total - fine)} yuan more than the fine of ${yuan(fine)} yuan (${law.en})`,
        },
        suggestion: { zh: `加处罚款以${yuan(fine)}元为限`, en: `Cap the surcharge at ${yuan(fine)} yuan` },
      });
      return findings;
    }

    const last = surcharges.at(-1);
    const paid = paidInFullOn(c);
    const end = paid !== undefined && paid > period.due ? minDate(paid, last?.date) : last?.date;
    if (end === undefined || end <= period.due) return findings;
    const overdue = daysBetween(period.due, end);
    // §73(3) reaches the days of review from 2021-07-15 on, even when the surcharge began under the 2017 text
    const excludeFrom = maxDate(firstDay, APL_2021_FROM) ?? firstDay;
    const excluded = end >= APL_2021_FROM ? appealDays(c, excludeFrom, end) : 0;
    const days = Math.max(0, overdue - excluded);
    const allowed = Math.min(fine, Math.round(fine * RATE * days * 100) / 100);
    if (total > allowed + 0.005) {
      const bases = excluded > 0 ? [rateBasis, basis('admin-penalty-law', '2021', 73, 3)] : [rateBasis];
      const law = cite(ctx, bases);
      const excl =
        excluded > 0
          ? {
              zh: `（扣除复议、诉讼期间${excluded}日）`,
              en: ` (after ${excluded} day(s) under review are excluded)`,
            }
          : { zh: '', en: '' };
      findings.push({
        path: `${last?.pointer ?? '/timeline'}/amount`,
        basis: bases,
        message: {
          zh: `加处罚款合计${yuan(total)}元，但${firstDay}至${end}可计${days}日${excl.zh}，按每日3%最多${yuan(allowed)}元，多计${yuan(total - allowed)}元（${law.zh}）`,
          en: `Surcharges total ${yuan(total)} yuan, but ${days} day(s) count from ${firstDay} to ${end}${excl.en}: at 3% a day at most ${yuan(allowed)} yuan, ${yuan(total - allowed)} yuan too much (${law.en})`,
        },
        suggestion: { zh: '按罚款数额×3%×逾期日数重新计算', en: 'Recompute as fine × 3% × days overdue' },
      });
    }
    return findings;
  },
};
