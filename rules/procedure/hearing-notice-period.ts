/**
 * 听证通知: the party is told the time and place at least 7 days before the hearing — 行政处罚法 2017 §42(1)(2)
 * (calendar by default) and 2021 §64(1)(2) with §85 (working days); 生态环境行政处罚办法 (2023) §47.
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, withBasis } from './support/law.js';
import { dayTypeOf2023, hearingBases } from './support/hearing.js';
import type { DayUnit } from './support/periods.js';
import { countText, distance, periodEnd } from './support/periods.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/hearing-notice-period',
    title: { zh: '听证通知提前七日', en: 'Hearing notice 7 days ahead' },
    description: {
      zh: '听证通知书应在举行听证的七日前送达：2021-07-15前按自然日（默认，可配置），其后为七个工作日。',
      en: 'The hearing notice must be served at least 7 days before the hearing: calendar days before 2021-07-15 (default, configurable), working days from then.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 64, undefined, 2),
      basis(APL, '2021', 85),
      basis(APL, '2017', 42, 1, 2),
      basis(ENV, '2023', 47, undefined, 2),
      basis(ENV, '2023', 90),
    ],
    candidates: ['APL-022', 'ENV-HEA-003'],
    options: {
      oldLawDayType: {
        description: {
          zh: "行政处罚法(2017)七日期间的计算单位：'day'（自然日，默认；未经确认）或 'workday'",
          en: "Unit of the 7 days under the 2017 law: 'day' (calendar, default; unconfirmed) or 'workday'",
        },
        default: 'day',
        type: 'string',
        enum: ['day', 'workday'],
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const notices = eventsOf(c, 'hearing-notice-served');
    for (const h of eventsOf(c, 'hearing-held')) {
      const s = notices.filter((x) => x.date <= h.date).at(-1);
      if (!s) {
        const b = hearingBases(ctx, h.date, 2);
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${h.date}举行听证，之前未记录送达听证通知书`,
              en: `No hearing notice served before the hearing of ${h.date} is recorded`,
            },
            b,
          ),
          path: h.pointer,
          basis: b,
          suggestion: {
            zh: '记录听证通知书的送达（hearing-notice-served）',
            en: 'Record the service of the hearing notice',
          },
        });
        continue;
      }
      const newLaw = aplVersion(ctx, s.date) === '2021';
      const unit: DayUnit = newLaw || ctx.options.oldLawDayType === 'workday' ? 'workday' : 'day';
      // the hearing must fall on or after the 7th day after service (counted backwards: no roll-over)
      const earliest = periodEnd(ctx, s.date, 7, unit, false);
      if (h.date >= earliest) continue;
      const b = [
        ...hearingBases(ctx, s.date, 2),
        ...(newLaw ? [basis(APL, '2021', 85)] : []),
        ...dayTypeOf2023(ctx, s.date),
      ];
      const gap = countText(distance(ctx, s.date, h.date, unit), unit);
      const limit = countText(7, unit);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `听证通知书于${s.date}送达，距${h.date}听证仅${gap.zh}，不足${limit.zh}`,
            en: `The hearing notice was served on ${s.date}, only ${gap.en} before the hearing of ${h.date}; at least ${limit.en} are required`,
          },
          b,
        ),
        path: `${h.pointer}/date`,
        basis: b,
        deadline: {
          label: { zh: '听证通知提前期', en: 'hearing notice lead time' },
          due: earliest,
          from: s.date,
          status: 'overdue',
        },
        suggestion: {
          zh: `听证不得早于${earliest}，应另行确定听证日期并重新通知`,
          en: `The hearing may not be before ${earliest}; set a new date and notify again`,
        },
      });
    }
    return findings;
  },
};
