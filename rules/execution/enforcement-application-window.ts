import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { firstEvent, hasEvent } from '../../src/model/case.js';
import {
  aplVersion,
  amountOrdered,
  basis,
  checkPeriod,
  cite,
  envVersion,
  paidInFullOn,
  paymentPeriod,
} from './support.js';

/**
 * 申请人民法院强制执行的期间: after the statutory reconsideration and litigation periods have expired without
 * challenge, within 3 months of their expiry (行政强制法 §53). The litigation period (6 months from knowing the
 * decision, 行政诉讼法 §46(1)) ends after the 60-day reconsideration period, so it governs. After an approved
 * deferral the 3 months run from the end of the deferral (行政处罚法 2021 §72(2)). Cases in which the party
 * applied for reconsideration or sued are left out (the window then follows the outcome).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/enforcement-application-window',
    title: { zh: '申请法院强制执行的期间', en: 'Court application within 3 months after the appeal periods' },
    description: {
      zh: '当事人在法定期限内不申请复议、不起诉又不履行的，应在起诉期限（自知道决定之日起6个月）届满后3个月内申请人民法院强制执行；批准延期、分期缴纳的，自延期届满之日起计算。',
      en: 'When the party neither appeals nor pays, the agency applies to court within 3 months after the 6-month litigation period ends (from the end of an approved deferral where there is one).',
    },
    severity: 'error',
    category: '执行到位',
    basis: [
      basis('admin-compulsion-law', '2012', 53),
      basis('litigation-law', '2017', 46, 1),
      basis('admin-penalty-law', '2021', 72, 2),
      basis('env-penalty-measures', '2023', 71),
    ],
    candidates: ['APL-042', 'ENV-EXE-001'],
    options: {
      litigationMonthsWhenNotStated: {
        description: {
          zh: '决定书未告知起诉期限、或告知的期限短于法定6个月时采用的起诉期限（月），默认12（最高法行政诉讼法解释(2018)第六十四条：最长不超过1年）。错告的较短期限不缩短法定起诉期限。',
          en: 'Litigation period in months when the decision did not state it or stated less than the statutory 6 months; default 12 (SPC interpretation 2018 art. 64: at most one year). A wrongly shorter period never shortens the statutory one.',
        },
        default: 12,
      },
    },
  },
  check(c, ctx) {
    if (amountOrdered(c) <= 0) return [];
    if (hasEvent(c, 'reconsideration-filed') || hasEvent(c, 'litigation-filed')) return [];
    const period = paymentPeriod(c, ctx);
    if (!period) return [];
    const paid = paidInFullOn(c);
    const applied = firstEvent(c, 'enforcement-applied');
    if (!applied && paid !== undefined) return [];
    if (!applied && ctx.asOf <= period.due) return [];
    if (applied && paid !== undefined && paid <= period.due) return [];

    // 行政诉讼法 §46(1) gives 6 months; a decision stating less did not tell the party the period it really has
    const stated = c.data.penalty.remedies?.litigation_months;
    const months =
      stated !== undefined && stated >= 6 ? stated : Number(ctx.options.litigationMonthsWhenNotStated ?? 12);
    const litigationEnd = ctx.calendar.add(period.received, months, 'month').to;
    const apl = aplVersion(ctx, period.decision.date);
    const deferralEnd = apl === '2021' ? period.deferral?.until : undefined;
    const windowStart =
      deferralEnd !== undefined && deferralEnd > litigationEnd ? deferralEnd : litigationEnd;
    const due = ctx.calendar.add(windowStart, 3, 'month').to;
    const bases: LegalBasis[] = [
      basis('admin-compulsion-law', '2012', 53),
      basis('litigation-law', '2017', 46, 1),
    ];
    if (deferralEnd !== undefined) bases.push(basis('admin-penalty-law', '2021', 72, 2));
    if (envVersion(ctx, period.decision.date) === '2023')
      bases.push(basis('env-penalty-measures', '2023', 71));
    const findings: RuleFinding[] = [];

    if (applied && applied.date <= litigationEnd) {
      const law = cite(ctx, bases);
      findings.push({
        path: `${applied.pointer}/date`,
        basis: bases,
        message: {
          zh: `${applied.date}申请强制执行，但当事人起诉期限（收到决定后${months}个月）至${litigationEnd}才届满，申请过早，法院可不予受理（${law.zh}）`,
          en: `The court application of ${applied.date} was made before the ${months}-month litigation period ended on ${litigationEnd} (${law.en})`,
        },
        suggestion: {
          zh: `在${litigationEnd}之后、${due}之前申请`,
          en: `Apply after ${litigationEnd} and by ${due}`,
        },
      });
      return findings;
    }
    findings.push(
      ...checkPeriod(c, ctx, {
        label: { zh: '申请人民法院强制执行期限', en: 'Court enforcement application period' },
        from: windowStart,
        due,
        unit: 'month',
        done: applied?.date,
        path: applied ? `${applied.pointer}/date` : period.served.pointer,
        bases,
        advice: {
          zh: '在起诉期限届满后3个月内申请人民法院强制执行；逾期申请的，应说明正当理由',
          en: 'Apply to court within 3 months after the litigation period ends; a late application needs a good reason',
        },
        missing: {
          zh: '罚款未缴清，亦未申请人民法院强制执行',
          en: 'the fine is unpaid and no court application is recorded',
        },
      }).map((f) => ({ ...f, basis: bases })),
    );
    return findings;
  },
};
