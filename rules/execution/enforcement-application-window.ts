import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import type { IsoDate } from '../../src/model/case-data.js';
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
  reconsiderationVersion,
} from './support.js';

/**
 * 申请人民法院强制执行的期间: after the statutory reconsideration and litigation periods have expired without
 * challenge, within 3 months of their expiry (行政强制法 §53). The litigation period (6 months from knowing the
 * decision, 行政诉讼法 §46(1)) ends after the 60-day reconsideration period, so it governs. After an approved
 * deferral the 3 months run from the end of the deferral (行政处罚法 2021 §72(2)). From 2024-01-01 an on-the-spot
 * penalty goes to reconsideration first (行政复议法 2023 §23(1)(1)), so its periods end with the 60 days of §20(1)
 * (up to a year by §20(3) when the decision did not say so). Cases in which the party
 * applied for reconsideration or sued are left out (the window then follows the outcome).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/enforcement-application-window',
    title: { zh: '申请法院强制执行的期间', en: 'Court application within 3 months after the appeal periods' },
    description: {
      zh: '当事人在法定期限内不申请复议、不起诉又不履行的，应在起诉期限（自知道决定之日起6个月）届满后3个月内申请人民法院强制执行；批准延期、分期缴纳的，自延期届满之日起计算；2024年1月1日起当场处罚复议前置，自60日复议期限届满起计算。',
      en: 'When the party neither appeals nor pays, the agency applies to court within 3 months after the 6-month litigation period ends (from the end of an approved deferral where there is one; from 2024-01-01, for on-the-spot penalties, after the 60-day reconsideration period, reconsideration coming first).',
    },
    severity: 'error',
    category: '执行到位',
    needs: ['procedure-record'],
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
        type: 'integer',
        minimum: 6,
        maximum: 12,
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

    const notStatedMonths = Number(ctx.options.litigationMonthsWhenNotStated ?? 12);
    const remedies = c.data.penalty.remedies;
    // from 2024-01-01 an on-the-spot penalty can only be challenged by reconsideration first (行政复议法 2023
    // §23(1)(1)), so the statutory periods end with the 60-day reconsideration period (§20(1)); a decision that did
    // not say so leaves the party up to a year (§20(3))
    const reconsiderationFirst =
      c.data.case.procedure === 'simple' && reconsiderationVersion(ctx, period.decision.date) === '2023';
    let litigationEnd: IsoDate;
    let periodText: Msg;
    let periodBasis: LegalBasis;
    if (reconsiderationFirst) {
      const told = remedies?.reconsideration_first === true && (remedies.reconsideration_days ?? 0) >= 60;
      litigationEnd = told
        ? ctx.calendar.add(period.received, remedies.reconsideration_days ?? 60, 'day').to
        : ctx.calendar.add(period.received, notStatedMonths, 'month').to;
      periodText = told
        ? { zh: `复议申请期限（收到决定后60日）`, en: 'the 60-day reconsideration period' }
        : {
            zh: `复议申请期限（未告知复议前置，按收到决定后${notStatedMonths}个月）`,
            en: `the reconsideration period (${notStatedMonths} months, the decision did not say reconsideration comes first)`,
          };
      periodBasis = basis('reconsideration-law', '2023', 20, told ? 1 : 3);
    } else {
      // 行政诉讼法 §46(1) gives 6 months; a decision stating less did not tell the party the period it really has
      const stated = remedies?.litigation_months;
      const months = stated !== undefined && stated >= 6 ? stated : notStatedMonths;
      litigationEnd = ctx.calendar.add(period.received, months, 'month').to;
      const misstated =
        stated !== undefined && stated < 6
          ? {
              zh: `，决定书告知的${stated}个月短于法定6个月，按未告知计`,
              en: ` (the decision stated only ${stated}, less than the statutory 6, so it counts as not stated)`,
            }
          : { zh: '', en: '' };
      periodText = {
        zh: `起诉期限（收到决定后${months}个月${misstated.zh}）`,
        en: `the ${months}-month litigation period${misstated.en}`,
      };
      periodBasis = basis('litigation-law', '2017', 46, 1);
    }
    // §72(2) governs a deferral approved while the 2021 text is in force (the approval is the step it attaches to)
    const deferral = period.deferral;
    const deferralEnd = deferral && aplVersion(ctx, deferral.date) === '2021' ? deferral.until : undefined;
    const windowStart =
      deferralEnd !== undefined && deferralEnd > litigationEnd ? deferralEnd : litigationEnd;
    const due = ctx.calendar.add(windowStart, 3, 'month').to;
    const bases: LegalBasis[] = [basis('admin-compulsion-law', '2012', 53), periodBasis];
    if (deferralEnd !== undefined) bases.push(basis('admin-penalty-law', '2021', 72, 2));
    if (envVersion(ctx, period.decision.date) === '2023')
      bases.push(basis('env-penalty-measures', '2023', 71));
    const findings: RuleFinding[] = [];

    if (applied && applied.date <= litigationEnd) {
      const law = cite(ctx, bases);
      // the record does not say what the decision stated: the longer period is assumed, and an application that
      // is early only under it is a warning (had the decision stated the period, it would have been in time)
      const statedEnd = reconsiderationFirst
        ? ctx.calendar.add(period.received, 60, 'day').to
        : ctx.calendar.add(period.received, 6, 'month').to;
      const onlyIfNotStated = remedies === undefined && applied.date > statedEnd;
      const assumed = onlyIfNotStated
        ? {
            zh: '（案卷未记录决定书告知的救济途径和期限，按未告知计）',
            en: ' (the record does not give the remedies the decision stated; taken as not stated)',
          }
        : { zh: '', en: '' };
      findings.push({
        path: `${applied.pointer}/date`,
        basis: bases,
        ...(onlyIfNotStated ? { severity: 'warning' as const } : {}),
        message: {
          zh: `${applied.date}申请强制执行，但当事人${periodText.zh}至${litigationEnd}才届满，申请过早，法院可不予受理${assumed.zh}（${law.zh}）`,
          en: `The court application of ${applied.date} was made before ${periodText.en} ended on ${litigationEnd}${assumed.en} (${law.en})`,
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
          zh: '案卷未记录罚款缴清，也未记录申请人民法院强制执行',
          en: 'the record shows neither full payment of the fine nor a court application',
        },
      }).map((f) => ({ ...f, basis: bases })),
    );
    return findings;
  },
};
