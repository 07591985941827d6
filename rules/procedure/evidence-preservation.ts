/**
 * 先行登记保存: approved by the head beforehand and handled within 7 days — 行政处罚法 2017 §37(2) (7 days; calendar
 * by default, the old law defines no working days) and 2021 §56 with §85 (7 working days). 2023 办法 §32 allows an
 * emergency approval within 24 hours; 2010 办法 §38–39 and 2023 办法 §33 add lapse after 7 working days.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { addDays } from '../../src/model/dates.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import type { DayUnit } from './support/periods.js';
import { countText, distance, pendingOrOverdue, periodEnd } from './support/periods.js';

function minutes(t: string | undefined): number | undefined {
  if (!t) return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** 2023 办法 §32: emergency approval completed within 24 hours of the preservation (needs both times). */
function within24Hours(preserved: TimelineEvent, approved: TimelineEvent): boolean {
  if (approved.date !== addDays(preserved.date, 1)) return false;
  const a = minutes(approved.time);
  const p = minutes(preserved.time);
  return a !== undefined && p !== undefined && a <= p;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/evidence-preservation',
    title: { zh: '先行登记保存的审批与处理期限', en: 'Evidence preservation: approval and handling period' },
    description: {
      zh: '先行登记保存须事先经负责人批准（2010年办法：情况紧急的可先保存后报批，提示核查；2023年办法：情况紧急的，实施后24小时内补办批准），并在七日内作出处理决定：2021-07-15前依行政处罚法(2017)为七日（默认按自然日，可配置），其后依行政处罚法(2021)第八十五条为七个工作日。',
      en: 'Evidence preservation needs the head’s prior approval (2010 measures: in an emergency approval may follow, flagged for checking; 2023 measures: in an emergency, approval within 24 hours) and a handling decision within 7 days: before 2021-07-15 under the 2017 law, 7 days (calendar by default, configurable); from then 7 working days (2021 law art. 85).',
    },
    severity: 'error',
    category: '程序合法',
    basis: [
      basis(APL, '2021', 56),
      basis(APL, '2021', 85),
      basis(APL, '2017', 37, 2),
      basis(ENV, '2010', 39),
      basis(ENV, '2023', 33),
    ],
    candidates: ['APL-010', 'APL-011', 'ENV-INV-009'],
    options: {
      oldLawDayType: {
        description: {
          zh: "行政处罚法(2017)七日期限的计算单位：'day'（自然日，默认；旧法无工作日定义，未经确认）或 'workday'（环境行政处罚办法(2010)第三十九条为七个工作日）",
          en: "Unit of the 7-day period under the 2017 law: 'day' (calendar, default; the old law defines no working days, unconfirmed) or 'workday' (the 2010 measures art. 39 say 7 working days)",
        },
        default: 'day',
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const approvals = eventsOf(c, 'preservation-approved');
    const handled = eventsOf(c, 'preservation-handled');
    for (const p of eventsOf(c, 'evidence-preserved')) {
      const apl = aplVersion(ctx, p.date);
      const env = envVersion(ctx, p.date);
      const approvalBases: LegalBasis[] = [
        apl === '2021' ? basis(APL, '2021', 56) : basis(APL, '2017', 37, 2),
      ];
      if (env === '2010') approvalBases.push(basis(ENV, '2010', 38));
      if (env === '2023') approvalBases.push(basis(ENV, '2023', 32, 2));

      const before = approvals.find((a) => a.date <= p.date);
      const emergency = env === '2023' ? approvals.find((a) => within24Hours(p, a)) : undefined;
      if (!before && !emergency) {
        const after = approvals.find((a) => a.date > p.date);
        // 2010 办法 §38(2): in an emergency the officers may preserve first and seek approval afterwards (no time
        // limit); 行政处罚法 itself requires approval, so a later approval under 2010 is a warning to check urgency.
        const lateAllowed2010 = after !== undefined && env === '2010';
        const b: LegalBasis[] = lateAllowed2010
          ? [...approvalBases.slice(0, 1), basis(ENV, '2010', 38, 2)]
          : approvalBases;
        findings.push({
          message: withBasis(
            ctx,
            after
              ? lateAllowed2010
                ? {
                    zh: `${p.date}先行登记保存，负责人批准在${after.date}补办；仅情况紧急时可先保存后报批，应在案卷中记明紧急情形`,
                    en: `Evidence preserved on ${p.date} was approved only on ${after.date}; preserving first is allowed only in an emergency, which the file should record`,
                  }
                : {
                    zh: `${p.date}先行登记保存，负责人批准迟至${after.date}，既非事先批准，也未在实施后二十四小时内补办`,
                    en: `Evidence preserved on ${p.date} was approved only on ${after.date}: neither beforehand nor within 24 hours after`,
                  }
              : {
                  zh: `${p.date}先行登记保存没有负责人批准记录`,
                  en: `The evidence preservation of ${p.date} has no approval by the head`,
                },
            b,
          ),
          path: p.pointer,
          basis: b,
          ...(lateAllowed2010 ? { severity: 'warning' as const } : {}),
          suggestion: {
            zh: '先行登记保存前报负责人批准（紧急情况按规定补办）并记录 preservation-approved 事件（含时间）',
            en: 'Obtain the head’s approval before preserving (or, in an emergency, as the measures allow afterwards) and record the preservation-approved event with its time',
          },
        });
      }

      const unit: DayUnit =
        apl === '2021'
          ? 'workday'
          : (ctx.options.oldLawDayType as DayUnit | undefined) === 'workday'
            ? 'workday'
            : 'day';
      const periodBases: LegalBasis[] =
        apl === '2021' ? [basis(APL, '2021', 56), basis(APL, '2021', 85)] : [basis(APL, '2017', 37, 2)];
      if (env === '2010') periodBases.push(basis(ENV, '2010', 39));
      if (env === '2023') periodBases.push(basis(ENV, '2023', 33));
      const due = periodEnd(ctx, p.date, 7, unit);
      const limit = countText(7, unit);
      const label = { zh: '保存证据处理期限', en: 'preservation handling period' };
      const h = handled.find((x) => x.date >= p.date);
      if (h && h.date <= due) continue;
      if (h) {
        const late = countText(distance(ctx, due, h.date, unit), unit);
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${p.date}先行登记保存的证据至${h.date}才作出处理决定，超过${limit.zh}期限${late.zh}`,
              en: `Evidence preserved on ${p.date} was handled only on ${h.date}, ${late.en} past the ${limit.en} period`,
            },
            periodBases,
          ),
          path: `${h.pointer}/date`,
          basis: periodBases,
          deadline: { label, due, from: p.date, status: 'overdue' },
          suggestion: {
            zh: '在期限内作出处理决定；逾期的登记保存措施自动失效',
            en: 'Decide on the preserved evidence in time; an overdue preservation lapses',
          },
        });
        continue;
      }
      const s = pendingOrOverdue(c, ctx, { label, from: p.date, due, unit });
      const rem = countText(s.remaining, unit);
      findings.push({
        message: withBasis(
          ctx,
          s.pending
            ? {
                zh: `保存证据处理期限 ${due} 届满，剩余${rem.zh}`,
                en: `The preservation handling period ends on ${due}; ${rem.en} left`,
              }
            : {
                zh: `${p.date}先行登记保存的证据没有处理决定，${limit.zh}期限已于${due}届满`,
                en: `Evidence preserved on ${p.date} has no handling decision; the ${limit.en} period ended on ${due}`,
              },
          periodBases,
        ),
        path: p.pointer,
        basis: periodBases,
        deadline: s.deadline,
        ...(s.severity ? { severity: s.severity } : {}),
      });
    }
    return findings;
  },
};
