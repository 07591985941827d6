/**
 * 先行登记保存: approved by the head beforehand and handled within 7 days — 行政处罚法 2017 §37(2) (7 days; calendar
 * by default, the old law defines no working days) and 2021 §56 with §85 (7 working days). 2023 办法 §32 allows an
 * emergency approval within 24 hours. 2010 办法 §39 (“7个工作日”, with §79: only periods marked 工作日 are working
 * days) and 2023 办法 §33 with §90 (“七日” = working days) make the measure lapse after 7 working days.
 */
import type { IsoDate } from '../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
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

interface HandlingPeriod {
  unit: DayUnit;
  due: IsoDate;
  bases: LegalBasis[];
  /** end of the 7 working days of 2010 办法 §39 when the old law is counted in calendar days */
  measures2010Due?: IsoDate;
}

/**
 * The 7-day handling period by the version in force at the preservation: 行政处罚法 2021 §56 with §85 (working
 * days; 2010 办法 §39 and 2023 办法 §33 with §90 say the same); under 行政处罚法 2017 §37(2) calendar days by
 * default (option), while 2010 办法 §39 says 7 working days.
 */
function handlingPeriod(
  ctx: RuleContext,
  date: IsoDate,
  apl: '2017' | '2021',
  env: '2010' | '2023' | undefined,
): HandlingPeriod {
  if (apl === '2021') {
    const bases = [basis(APL, '2021', 56), basis(APL, '2021', 85)];
    if (env === '2010') bases.push(basis(ENV, '2010', 39));
    if (env === '2023') bases.push(basis(ENV, '2023', 33), basis(ENV, '2023', 90));
    return { unit: 'workday', due: periodEnd(ctx, date, 7, 'workday'), bases };
  }
  const bases = [basis(APL, '2017', 37, 2)];
  if ((ctx.options.oldLawDayType as DayUnit | undefined) === 'workday') {
    if (env === '2010') bases.push(basis(ENV, '2010', 39));
    return { unit: 'workday', due: periodEnd(ctx, date, 7, 'workday'), bases };
  }
  const out: HandlingPeriod = { unit: 'day', due: periodEnd(ctx, date, 7, 'day'), bases };
  if (env === '2010') out.measures2010Due = periodEnd(ctx, date, 7, 'workday');
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/evidence-preservation',
    title: { zh: '先行登记保存的审批与处理期限', en: 'Evidence preservation: approval and handling period' },
    description: {
      zh: '先行登记保存须事先经负责人批准（2010年办法：情况紧急的可先保存后报批，提示核查；2023年办法：情况紧急的，实施后24小时内补办批准），并在七日内作出处理决定：2021-07-15前依行政处罚法(2017)为七日（默认按自然日，可配置），其后依行政处罚法(2021)第八十五条为七个工作日。环境行政处罚办法(2010)第三十九条规定为七个工作日：按自然日超期但未超过七个工作日的，以警告提示人工核查；超过七个工作日的为错误。',
      en: 'Evidence preservation needs the head’s prior approval (2010 measures: in an emergency approval may follow, flagged for checking; 2023 measures: in an emergency, approval within 24 hours) and a handling decision within 7 days: before 2021-07-15 under the 2017 law, 7 days (calendar by default, configurable); from then 7 working days (2021 law art. 85). The 2010 measures art. 39 say 7 working days: a handling late by calendar days but within those working days is a warning to check by hand; past them it is an error.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 56),
      basis(APL, '2021', 85),
      basis(APL, '2017', 37, 2),
      basis(ENV, '2010', 38),
      basis(ENV, '2010', 39),
      basis(ENV, '2023', 32),
      basis(ENV, '2023', 33),
      basis(ENV, '2023', 90),
    ],
    candidates: ['APL-010', 'APL-011', 'ENV-INV-009'],
    options: {
      oldLawDayType: {
        description: {
          zh: "行政处罚法(2017)七日期限的计算单位：'day'（自然日，默认；旧法无工作日定义，未经确认）或 'workday'（按环境行政处罚办法(2010)第三十九条的七个工作日）；取 'day' 时，未超过(2010)第三十九条七个工作日的超期只作警告",
          en: "Unit of the 7-day period under the 2017 law: 'day' (calendar, default; the old law defines no working days, unconfirmed) or 'workday' (the 7 working days of the 2010 measures art. 39); with 'day', a delay still within those working days is only a warning",
        },
        default: 'day',
        type: 'string',
        enum: ['day', 'workday'],
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
                  zh: `${p.date}先行登记保存，未记录负责人批准`,
                  en: `No approval by the head is recorded for the evidence preservation of ${p.date}`,
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

      const period = handlingPeriod(ctx, p.date, apl, env);
      const { unit, due } = period;
      const limit: Msg = unit === 'day' ? { zh: '7日（自然日）', en: '7 calendar days' } : countText(7, unit);
      const label = { zh: '保存证据处理期限', en: 'preservation handling period' };
      const h = handled.find((x) => x.date >= p.date);
      if (h && h.date <= due) continue;
      // 2010 办法 §39 counts 7 working days; if the old law's 7 days are read as calendar days (the default), a
      // handling within the working days breaches only that unconfirmed reading: a warning that names both.
      const within2010 =
        period.measures2010Due !== undefined && (h?.date ?? ctx.asOf) <= period.measures2010Due;
      const conflict: Msg =
        period.measures2010Due !== undefined
          ? within2010
            ? {
                zh: `，但未超过环境行政处罚办法(2010)第三十九条的七个工作日（至${period.measures2010Due}）；旧法“七日”是否为工作日未经确认，请人工核查`,
                en: `, but within the 7 working days of the 2010 measures art. 39 (until ${period.measures2010Due}); whether the old law’s 7 days are working days is unconfirmed, check by hand`,
              }
            : {
                zh: `，也超过环境行政处罚办法(2010)第三十九条的七个工作日（至${period.measures2010Due}）`,
                en: `, and also past the 7 working days of the 2010 measures art. 39 (until ${period.measures2010Due})`,
              }
          : { zh: '', en: '' };
      const periodBases =
        period.measures2010Due !== undefined && !within2010
          ? [...period.bases, basis(ENV, '2010', 39)]
          : period.bases;
      const softened = within2010 ? { severity: 'warning' as const } : {};
      if (h) {
        const late = countText(distance(ctx, due, h.date, unit), unit);
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${p.date}先行登记保存的证据至${h.date}才作出处理决定，超过${limit.zh}期限（至${due}）${late.zh}${conflict.zh}`,
              en: `Evidence preserved on ${p.date} was handled only on ${h.date}, ${late.en} past the ${limit.en} period ending ${due}${conflict.en}`,
            },
            periodBases,
          ),
          path: `${h.pointer}/date`,
          basis: periodBases,
          deadline: { label, due, from: p.date, status: 'overdue' },
          ...softened,
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
                zh: `${p.date}先行登记保存的证据未记录处理决定，${limit.zh}期限已于${due}届满${conflict.zh}`,
                en: `No handling decision is recorded for the evidence preserved on ${p.date}; the ${limit.en} period ended on ${due}${conflict.en}`,
              },
          s.pending ? period.bases : periodBases,
        ),
        path: p.pointer,
        basis: s.pending ? period.bases : periodBases,
        deadline: s.deadline,
        ...(s.severity ? { severity: s.severity } : softened),
      });
    }
    return findings;
  },
};
