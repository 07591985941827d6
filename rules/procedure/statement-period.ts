import { prematureDecisionCause } from '../shared/causes.js';
/**
 * The statement-and-defence period runs out before the decision, unless the party responded or waived:
 * 生态环境行政处罚办法 (2023) §44 with §90 (5 working days from receipt of the notice); before that the period
 * stated in the notice (行政处罚法 2021 §45, §62; 2017 §32, §41 set no number).
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Gap, LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import type { DayUnit } from './support/periods.js';
import { countText, distance, pendingOrOverdue, periodEnd } from './support/periods.js';
import { decisionOf, imposesPenalty, isGeneral, notGeneral, priorNoticeBefore } from './support/steps.js';
import { receivedOn } from '../shared/service.js';

const RESPONSES = new Set(['statement-received', 'statement-waived', 'hearing-requested', 'hearing-held']);

/** the fact and label procedure/prior-notice-served uses for the same gap on a partial record */
const NOTICE_GAP: Gap = {
  fact: 'prior-notice',
  kind: 'not-recorded',
  label: { zh: '事先告知书的送达', en: 'the service of the prior notice' },
  path: '/timeline',
};

const STATED_PERIOD_GAP: Gap = {
  fact: 'statement-days',
  kind: 'not-recorded',
  label: {
    zh: '事先告知书载明的陈述申辩期限（statement_days）',
    en: 'the statement period stated in the prior notice (statement_days)',
  },
};

function period(
  ctx: RuleContext,
  n: TimelineEvent,
): { days: number; unit: DayUnit; bases: LegalBasis[] } | undefined {
  const apl: LegalBasis[] =
    aplVersion(ctx, n.date) === '2021'
      ? [basis(APL, '2021', 45, 1), basis(APL, '2021', 62)]
      : [basis(APL, '2017', 32, 1), basis(APL, '2017', 41)];
  if (envVersion(ctx, n.date) === '2023')
    return { days: 5, unit: 'workday', bases: [basis(ENV, '2023', 44), basis(ENV, '2023', 90), ...apl] };
  if (n.statement_days === undefined) return undefined;
  // the unit the notice states, when recorded; otherwise the option (default: calendar days, the shorter reading)
  const unit: DayUnit =
    (n.statement_days_unit ?? ctx.options.statedPeriodUnit) === 'workday' ? 'workday' : 'day';
  return { days: n.statement_days, unit, bases: apl };
}

export const rule: Rule = {
  meta: {
    id: 'procedure/statement-period',
    title: { zh: '陈述申辩期限届满后决定', en: 'Decision after the statement period' },
    description: {
      zh: '当事人未陈述申辩也未明确放弃的，处罚决定应在陈述申辩期限届满后作出：2023年办法为收到告知书之日起5个工作日；此前为告知书载明的期限（statement_days）。公告送达的告知书，自视为送达之日（民事诉讼法2017年第九十二条六十日、2021年第九十五条三十日）起算。未决案件期限未届满的，报告剩余天数。未记录告知书送达或2023年7月1日前告知书载明的期限的，列为未检查（覆盖情况）。',
      en: 'Unless the party responded or expressly waived, the decision comes after the statement period: 5 working days from receipt of the notice under the 2023 measures; before that the period stated in the notice (statement_days). A notice served by public notice counts as received when service is deemed complete (Civil Procedure Law 2017 art. 92: 60 days; 2021 art. 95: 30 days). For an open case the days left are reported. A penalty decided without a recorded notice, or a notice before 2023-07-01 without its stated period, is reported as not checked (coverage).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(ENV, '2023', 44),
      basis(ENV, '2023', 90),
      basis(APL, '2021', 45, 1),
      basis(APL, '2021', 62),
      basis(APL, '2017', 32, 1),
    ],
    candidates: ['APL-016', 'ENV-NOT-002'],
    options: {
      statedPeriodUnit: {
        description: {
          zh: "2023-07-01前告知书载明期限的计算单位：'day'（自然日，默认）或 'workday'；法律未规定陈述申辩期限，未经确认",
          en: "Unit of the period stated in a notice before 2023-07-01: 'day' (calendar, default) or 'workday'; the law sets no statement period, unconfirmed",
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
    if (!n) {
      // a penalty decided with no notice recorded at all: the period cannot be counted (prior-notice-served judges
      // the missing notice); a notice recorded only after the decision is that rule's finding, not a gap
      const none = decision && imposesPenalty(c) && eventsOf(c, 'prior-notice-served').length === 0;
      return none ? [notChecked(NOTICE_GAP)] : [];
    }
    const end = decision?.date ?? ctx.asOf;
    const responded = c.timeline.some((e) => RESPONSES.has(e.event) && e.date >= n.date && e.date <= end);
    if (responded) return [];
    const p = period(ctx, n);
    // before the 2023 measures the period is the one the notice states: not recorded, not checked
    if (!p) return [notChecked({ ...STATED_PERIOD_GAP, path: n.pointer })];
    // the period runs from receipt: for a notice served by public notice, from the day service is deemed complete
    // (民事诉讼法 2017 §92 / 2021 §95), which is also when 行政处罚法 2017 §41 / 2021 §62 count the party as informed
    const from = receivedOn(ctx, n);
    const due = periodEnd(ctx, from, p.days, p.unit);
    const limit = countText(p.days, p.unit);
    const label: Msg = { zh: '陈述申辩期限', en: 'statement period' };

    if (!decision) {
      const s = pendingOrOverdue(c, ctx, { label, from, due, unit: p.unit });
      if (!s.pending) return [];
      const rem = countText(s.remaining, p.unit);
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `陈述申辩期限 ${due} 届满，剩余${rem.zh}`,
              en: `The statement period ends on ${due}; ${rem.en} left`,
            },
            p.bases,
          ),
          path: n.pointer,
          basis: p.bases,
          deadline: s.deadline,
          severity: 'info',
        },
      ];
    }
    if (decision.date > due) return [];
    const early = countText(
      distance(ctx, decision.date, due, p.unit) +
        (ctx.calendar.isWorkday(decision.date) || p.unit === 'day' ? 1 : 0),
      p.unit,
    );
    const waived = eventsOf(c, 'statement-waived').length > 0;
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `处罚决定作出于${decision.date}，${from === n.date ? `${n.date}送达告知书` : `告知书${n.date}公告、${from}视为送达`}后的${limit.zh}陈述申辩期限至${due}才届满，提前了${early.zh}，且当事人未陈述申辩或明确放弃${waived ? '（放弃记录晚于决定）' : ''}`,
            en: `The decision of ${decision.date} came ${early.en} before the ${limit.en} statement period after the notice ${from === n.date ? `of ${n.date}` : `published on ${n.date} and deemed served on ${from}`} ran out on ${due}, and the party had neither responded nor expressly waived`,
          },
          p.bases,
        ),
        path: `${decision.pointer}/date`,
        cause: prematureDecisionCause(decision.pointer),
        basis: p.bases,
        deadline: { label, due, from, status: 'overdue' },
        suggestion: {
          zh: '期限届满后再作决定，或取得当事人明确放弃陈述申辩的书面记录',
          en: 'Decide after the period, or obtain the party’s express written waiver',
        },
      },
    ];
  },
};
