import { decisionBeforeHearingCause, prematureDecisionCause } from '../shared/causes.js';
/**
 * 听证申请期限: the party asks for a hearing within 3 days of the notice (行政处罚法 2017 §42(1); calendar by default,
 * the old law defines no working days) or 5 working days (2021 §64(1) with §85; 2023 办法 §47, §90). The decision
 * waits until the window has closed unless the party waived; a timely request leads to a hearing (or, from 2021,
 * a recorded waiver, §64(6)).
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis } from './support/law.js';
import { withBasis } from './support/law.js';
import { dayTypeOf2023, hearingBases, hearingRightStated } from './support/hearing.js';
import type { DayUnit } from './support/periods.js';
import { countText, distance, pendingOrOverdue, periodEnd } from './support/periods.js';
import { decisionOf, isGeneral, notGeneral, priorNoticeBefore } from './support/steps.js';
import { receivedOn } from '../shared/service.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/hearing-request-window',
    title: { zh: '听证申请期限', en: 'Hearing request period' },
    description: {
      zh: '告知听证权利后，当事人可在期限内申请听证：2021-07-15前为三日（默认按自然日，可配置），其后为五个工作日。期限届满前（当事人未放弃听证的）不得作出决定；期限内申请听证的，应组织听证后再决定。公告送达的告知书，期限自视为送达之日起算（民事诉讼法2017年第九十二条、2021年第九十五条）。',
      en: 'After the hearing right is notified the party may request a hearing within 3 days before 2021-07-15 (calendar by default, configurable) or 5 working days from then. Unless the party waived, the decision waits for the period to close; a timely request must lead to a hearing before the decision. For a notice served by public notice the period runs from the day service is deemed complete (Civil Procedure Law 2017 art. 92, 2021 art. 95).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 64, undefined, 1),
      basis(APL, '2021', 85),
      basis(APL, '2017', 42, 1, 1),
      basis(ENV, '2023', 47, undefined, 1),
      basis(ENV, '2023', 90),
    ],
    candidates: ['APL-021', 'ENV-HEA-002'],
    options: {
      oldLawDayType: {
        description: {
          zh: "行政处罚法(2017)三日听证申请期限的计算单位：'day'（自然日，默认；旧法无工作日定义，未经确认）或 'workday'",
          en: "Unit of the 3-day request period under the 2017 law: 'day' (calendar, default; the old law defines no working days, unconfirmed) or 'workday'",
        },
        default: 'day',
        type: 'string',
        enum: ['day', 'workday'],
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const decision = decisionOf(c);
    const n = priorNoticeBefore(c, decision?.date);
    if (!n || !hearingRightStated(n)) return [];
    const newLaw = aplVersion(ctx, n.date) === '2021';
    // the 2017 law's 三日 has no unit: the one the notice states, when recorded, else the option (calendar days)
    const statutoryUnit: DayUnit =
      newLaw || (n.hearing_request_days_unit ?? ctx.options.oldLawDayType) === 'workday' ? 'workday' : 'day';
    const statutoryDays = newLaw ? 5 : 3;
    // the window opens on receipt: for public-notice service, the day service is deemed complete (民事诉讼法 2017
    // §92 / 2021 §95)
    const from = receivedOn(ctx, n);
    const statutoryDue = periodEnd(ctx, from, statutoryDays, statutoryUnit);
    // a notice that grants a longer period binds the agency to wait for it
    const stated =
      n.hearing_request_days !== undefined
        ? {
            days: n.hearing_request_days,
            unit: (n.hearing_request_days_unit ?? statutoryUnit) as DayUnit,
          }
        : undefined;
    const statedDue = stated ? periodEnd(ctx, from, stated.days, stated.unit) : undefined;
    const useStated = stated !== undefined && statedDue !== undefined && statedDue > statutoryDue;
    const unit: DayUnit = useStated ? stated.unit : statutoryUnit;
    const days = useStated ? stated.days : statutoryDays;
    const due = useStated ? statedDue : statutoryDue;
    const b = [
      ...hearingBases(ctx, n.date, 1),
      ...(newLaw ? [basis(APL, '2021', 85)] : []),
      ...dayTypeOf2023(ctx, n.date),
    ];
    const limit = countText(days, unit);
    const label: Msg = { zh: '听证申请期限', en: 'hearing request period' };
    const end = decision?.date ?? ctx.asOf;
    const request = eventsOf(c, 'hearing-requested').find((r) => r.date >= n.date && r.date <= end);
    const waived = eventsOf(c, 'hearing-waived').find((w) => w.date >= n.date && w.date <= end);

    if (request) {
      if (request.date > due || !decision) return [];
      const held = eventsOf(c, 'hearing-held').some((h) => h.date >= request.date && h.date <= decision.date);
      if (held || (newLaw && waived && waived.date >= request.date)) return [];
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `当事人于${request.date}在听证申请期限内申请听证，但${decision.date}作出决定前未组织听证${newLaw ? '，也无视为放弃听证的记录' : ''}`,
              en: `The party requested a hearing on ${request.date}, within the period, but no hearing was held before the decision of ${decision.date}${newLaw ? ' and no deemed waiver is recorded' : ''}`,
            },
            b,
          ),
          path: request.pointer,
          cause: decisionBeforeHearingCause(decision.pointer),
          basis: b,
          suggestion: { zh: '依法组织听证后再作决定', en: 'Hold the hearing before deciding' },
        },
      ];
    }
    if (waived) return [];
    if (!decision) {
      const s = pendingOrOverdue(c, ctx, { label, from, due, unit });
      if (!s.pending) return [];
      const rem = countText(s.remaining, unit);
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `听证申请期限 ${due} 届满，剩余${rem.zh}`,
              en: `The hearing request period ends on ${due}; ${rem.en} left`,
            },
            b,
          ),
          path: n.pointer,
          basis: b,
          deadline: s.deadline,
          severity: 'info',
        },
      ];
    }
    if (decision.date > due) return [];
    // the earliest lawful decision day is the (working) day after `due`
    const early = countText(
      distance(ctx, decision.date, due, unit) +
        (unit === 'day' || ctx.calendar.isWorkday(decision.date) ? 1 : 0),
      unit,
    );
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `处罚决定作出于${decision.date}，${n.date}告知听证权利后的${limit.zh}听证申请期限至${due}才届满，提前了${early.zh}，当事人未申请也未放弃听证`,
            en: `The decision of ${decision.date} came ${early.en} before the ${limit.en} hearing request period after the notice of ${n.date} closed on ${due}; the party had neither requested nor waived a hearing`,
          },
          b,
        ),
        path: `${decision.pointer}/date`,
        cause: prematureDecisionCause(decision.pointer),
        basis: b,
        deadline: { label, due, from, status: 'overdue' },
        suggestion: {
          zh: '听证申请期限届满后再作决定，或取得当事人放弃听证的书面记录',
          en: 'Decide after the period, or obtain the party’s written waiver',
        },
      },
    ];
  },
};
