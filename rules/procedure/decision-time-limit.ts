/**
 * 办案期限: 环境行政处罚办法 (2010) §55 — decide within 3 months of filing, excluding hearing, announcement,
 * monitoring, appraisal and service time; 生态环境行政处罚办法 (2023) §57 — 90 days, +30 with the head's approval,
 * then ≤30 more in total by collective discussion, excluding suspension, hearing, announcement, monitoring, assessment,
 * appraisal, determination and service time, and (§54(2)) the time of a criminal transfer. 行政处罚法 2021 §60
 * (90 days) yields to these rules (“规章另有规定的，从其规定”). The instrument is the one in force on the filing date by
 * default; for cases pending on 2023-07-01 neither text has a transitional article, so that is an option.
 */
import { isRecorded } from '../../src/engine/facts.js';
import type { IsoDate } from '../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf, firstEvent, lastEvent } from '../../src/model/case.js';
import type { Gap, LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { addDays, addMonths, daysBetween, maxDate, minDate } from '../../src/model/dates.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { countText, isOpen, rollToWorkday } from './support/periods.js';
import { decisionOf, filingOf, isGeneral, notGeneral } from './support/steps.js';

type Interval = [IsoDate, IsoDate];

/** periods the measures exclude from the time limit, as recorded in the timeline: (start, end] */
function excludedIntervals(c: Case, v2023: boolean): Interval[] {
  const out: Interval[] = [];
  const request = firstEvent(c, 'hearing-requested') ?? firstEvent(c, 'hearing-notice-served');
  const hearingEnd = maxDate(lastEvent(c, 'hearing-held')?.date, lastEvent(c, 'hearing-report')?.date);
  if (request && hearingEnd && hearingEnd > request.date) out.push([request.date, hearingEnd]);
  const reports = eventsOf(c, 'monitoring-report');
  for (const s of eventsOf(c, 'sampling')) {
    const report = reports.find((r) => r.date >= s.date);
    if (report && report.date > s.date) out.push([s.date, report.date]);
  }
  if (v2023) {
    const resumes = eventsOf(c, 'resumed');
    for (const s of eventsOf(c, 'suspended')) {
      const end = s.until ?? resumes.find((r) => r.date >= s.date)?.date;
      if (end && end > s.date) out.push([s.date, end]);
    }
    for (const t of eventsOf(c, 'transferred'))
      if (t.kind === 'criminal' && t.until && t.until > t.date) out.push([t.date, t.until]);
  }
  // announcement (公告送达) and other recorded service periods
  for (const e of c.timeline)
    if (e.method === 'public-notice' && e.until && e.until > e.date) out.push([e.date, e.until]);
  return out;
}

/** days of the union of the intervals that fall within (from, to] */
function excludedDays(intervals: Interval[], from: IsoDate, to: IsoDate): number {
  const clipped = intervals
    .map(([a, b]): Interval => [maxDate(a, from) ?? a, minDate(b, to) ?? b])
    .filter(([a, b]) => b > a)
    .sort((x, y) => (x[0] < y[0] ? -1 : 1));
  let total = 0;
  let cursor = from;
  for (const [a, b] of clipped) {
    const start = maxDate(a, cursor) ?? a;
    if (b > start) total += daysBetween(start, b);
    cursor = maxDate(cursor, b) ?? cursor;
  }
  return total;
}

interface Limit {
  due: IsoDate;
  text: Msg;
  bases: LegalBasis[];
  problems: { message: Msg; path: string; severity?: 'warning' }[];
  excluded: number;
}

function limitOf(c: Case, ctx: RuleContext, filed: TimelineEvent, end: IsoDate, env: '2010' | '2023'): Limit {
  const v2023 = env === '2023';
  const excluded = excludedDays(excludedIntervals(c, v2023), filed.date, end);
  const apl: LegalBasis[] = aplVersion(ctx, filed.date) === '2021' ? [basis(APL, '2021', 60)] : [];
  if (!v2023) {
    // 行政处罚法 2021 §60 yields to a 规章 that provides otherwise; whether the older 2010 measures count as such is
    // unconfirmed, so the 90 days can be applied instead (option).
    if (apl.length > 0 && ctx.options.aplNinetyDaysOverOldMeasures === true) {
      const due = rollToWorkday(ctx, addDays(filed.date, 90 + excluded));
      return {
        due,
        text: { zh: '90日', en: '90 days' },
        bases: [basis(APL, '2021', 60), basis(ENV, '2010', 55)],
        problems: [],
        excluded,
      };
    }
    const due = rollToWorkday(ctx, addDays(addMonths(filed.date, 3), excluded));
    return {
      due,
      text: { zh: '三个月', en: '3 months' },
      bases: [basis(ENV, '2010', 55), ...apl],
      problems: [],
      excluded,
    };
  }
  const bases: LegalBasis[] = [basis(ENV, '2023', 57, 1), ...apl];
  const problems: { message: Msg; path: string; severity?: 'warning' }[] = [];
  let days = 90;
  // §57(1): one extension of ≤30 days approved by the head; then the heads decide by collective discussion whether
  // to continue, and the continued extension is ≤30 days in total (the text caps the days, not the decisions)
  let continued = 0;
  const exts = eventsOf(c, 'extension-approved').filter((e) => e.date >= filed.date);
  const discussions = eventsOf(c, 'collective-discussion');
  for (const [i, e] of exts.entries()) {
    const asked = e.days ?? 30;
    const currentDue = rollToWorkday(ctx, addDays(filed.date, days + excluded));
    if (e.date > currentDue) {
      problems.push({
        message: {
          zh: `${e.date}的延期审批晚于当时的期限${currentDue}，不予计入`,
          en: `The extension of ${e.date} came after the running limit of ${currentDue} and is not counted`,
        },
        path: e.pointer,
      });
      continue;
    }
    if (i === 0) {
      // the approver not transcribed: the extension is counted (the approval may be on the form) and a human
      // looks (a warning), rather than the decision being called late on a detail the record leaves out
      if (e.approved_by === undefined)
        problems.push({
          message: {
            zh: `${e.date}的延期未记录批准的负责人，请核实延期经负责人批准（未批准的延期不计入办案期限）`,
            en: `The extension of ${e.date} records no approving head; check that the head approved it (an unapproved extension does not count)`,
          },
          path: e.pointer,
          severity: 'warning',
        });
      if (asked > 30)
        problems.push({
          message: {
            zh: `${e.date}延长${asked}日，超过三十日，按三十日计`,
            en: `The extension of ${e.date} grants ${asked} days; at most 30 are counted`,
          },
          path: e.pointer,
        });
      days += Math.min(asked, 30);
      continue;
    }
    const previous = exts[i - 1];
    if (!discussions.some((d) => d.date <= e.date && previous !== undefined && d.date >= previous.date)) {
      problems.push({
        message: {
          zh: `${e.date}继续延长办案期限未经负责人集体讨论决定，不予计入`,
          en: `The continued extension of ${e.date} was not decided by the heads’ collective discussion and is not counted`,
        },
        path: e.pointer,
      });
      continue;
    }
    const room = 30 - continued;
    if (asked > room)
      problems.push({
        message:
          room > 0
            ? {
                zh: `${e.date}继续延长${asked}日，继续延长累计不得超过三十日，只计${room}日`,
                en: `The continued extension of ${e.date} grants ${asked} days; continued extensions total at most 30 days, so only ${room} are counted`,
              }
            : {
                zh: `${e.date}再次延长办案期限，继续延长累计已达三十日上限，不予计入`,
                en: `The extension of ${e.date} goes beyond the 30 days continued extensions may total and is not counted`,
              },
        path: e.pointer,
      });
    const granted = Math.max(0, Math.min(asked, room));
    continued += granted;
    days += granted;
  }
  if (excluded > 0) bases.push(basis(ENV, '2023', 57, 2));
  const due = rollToWorkday(ctx, addDays(filed.date, days + excluded));
  return { due, text: { zh: `${days}日`, en: `${days} days` }, bases, problems, excluded };
}

/** a date before 环境行政处罚办法 (2010) took effect: caselint holds no environmental measures for it */
function measuresNotCovered(date: IsoDate, path: string): Gap {
  return {
    fact: 'env-penalty-measures:before-2010-03-01',
    kind: 'not-covered',
    label: {
      zh: `${date}适用的环境行政处罚程序规定（2010年3月1日以前）`,
      en: `the environmental penalty procedure in force on ${date} (before 2010-03-01)`,
    },
    path,
  };
}

export const rule: Rule = {
  meta: {
    id: 'procedure/decision-time-limit',
    title: { zh: '办案期限', en: 'Time limit for the decision' },
    description: {
      zh: '自立案之日起：环境行政处罚办法(2010)为三个月；生态环境行政处罚办法(2023)为九十日，经负责人批准可延长三十日，仍不能作出的经负责人集体讨论可继续延长，继续延长累计不超过三十日。听证、公告、监测、中止、移送等时间按时间线记录扣除（鉴定、评估、认定时间案卷格式未记录）。以立案日有效的办法为准（可由 pendingCasesFollow 选项改为决定日）。已作出决定而未记录立案日期的，或未作出决定而未记录案件状态（是否仍在办理）的，列为未检查（覆盖情况）。',
      en: 'From filing: 3 months under the 2010 measures; 90 days under the 2023 measures, +30 with the head’s approval, then continued extensions decided by collective discussion totalling at most 30 days. Hearing, announcement, monitoring, suspension and transfer time recorded in the timeline is excluded (appraisal, assessment and determination time is not held by the case format). The measures in force on the filing date apply (option pendingCasesFollow). A decision whose filing date is not recorded, or no decision with no recorded case status (whether the case is still open), is reported as not checked (coverage).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(ENV, '2010', 55),
      basis(ENV, '2023', 57, 1),
      basis(ENV, '2023', 57, 2),
      basis(ENV, '2023', 54, 2),
      basis(APL, '2021', 60),
    ],
    candidates: ['APL-032', 'ENV-DEC-002', 'ENV-DEC-003'],
    options: {
      aplNinetyDaysOverOldMeasures: {
        description: {
          zh: '2021-07-15至2023-06-30立案的案件是否适用行政处罚法(2021)第六十条的九十日而非环境行政处罚办法(2010)第五十五条的三个月（默认否：第六十条规定规章另有规定的从其规定；未经确认）',
          en: 'Whether cases filed 2021-07-15 to 2023-06-30 get the 90 days of the 2021 law art. 60 instead of the 3 months of the 2010 measures art. 55 (default no: art. 60 yields to a rule providing otherwise; unconfirmed)',
        },
        default: false,
        type: 'boolean',
      },
      pendingCasesFollow: {
        description: {
          zh: "立案于2023-07-01前、决定于其后的案件适用哪一办法的办案期限：'filing'（立案日有效的办法，默认）或 'decision'（决定日有效的办法，即程序从新，可适用2023年办法第五十七条的延期）；两办法均无过渡条款，未经确认",
          en: "Which measures govern the time limit of a case filed before and decided after 2023-07-01: 'filing' (the measures in force at filing, default) or 'decision' (those in force at the decision, procedure following the new rule, so the 2023 art. 57 extensions are available); neither text has a transitional article, unconfirmed",
        },
        default: 'filing',
        type: 'string',
        enum: ['filing', 'decision'],
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const filed = filingOf(c);
    const decision = decisionOf(c);
    // the limit runs from the filing: a decision without a recorded filing date is not checked (coverage); an open
    // case not yet filed has no limit running
    if (!filed) return decision ? [notChecked('filing-date')] : [];
    // without a decision, the limit runs only while the case is open: a status not recorded is not "open" (the
    // dossier may end without a decision, e.g. terminated, or lack it), so it is coverage, neither a deadline nor silence
    if (!decision && !isRecorded(c, 'case-status')) return [notChecked('case-status')];
    if (!decision && !isOpen(c)) return [];
    const end = decision?.date ?? ctx.asOf;
    const governing = ctx.options.pendingCasesFollow === 'decision' ? end : filed.date;
    const env = envVersion(ctx, governing);
    if (!env) return [notChecked(measuresNotCovered(governing, filed.pointer))];
    const limit = limitOf(c, ctx, filed, end, env);
    const findings: RuleFinding[] = limit.problems.map((p) => ({
      message: withBasis(ctx, p.message, limit.bases),
      path: p.path,
      ...(p.severity ? { severity: p.severity } : {}),
      basis: limit.bases,
      suggestion: {
        zh: '延期应在期限届满前由负责人批准（继续延期由负责人集体讨论决定），并如实记录延长日数',
        en: 'Have the head approve an extension before the limit runs out (a continued one by collective discussion) and record the days granted',
      },
    }));
    const label: Msg = { zh: '办案期限', en: 'case time limit' };
    const dayN = daysBetween(filed.date, end);
    const excludedNote: Msg =
      limit.excluded > 0
        ? {
            zh: `（已扣除听证、监测等期间${limit.excluded}日）`,
            en: ` (after excluding ${limit.excluded} days of hearing, monitoring and similar periods)`,
          }
        : { zh: '', en: '' };
    const hasExtension = eventsOf(c, 'extension-approved').length > 0;
    const extensionNote: Msg =
      env === '2023'
        ? hasExtension
          ? { zh: '', en: '' }
          : { zh: '，且无延期审批', en: ', with no approved extension' }
        : hasExtension
          ? {
              zh: '；环境行政处罚办法(2010)没有延期规定，延期审批不计入',
              en: '; the 2010 measures provide no extension, so the recorded extension does not count',
            }
          : { zh: '', en: '' };
    if (!decision) {
      const pending = ctx.asOf <= limit.due;
      const rem = countText(daysBetween(ctx.asOf, limit.due), 'day');
      findings.push({
        message: withBasis(
          ctx,
          pending
            ? {
                zh: `办案期限 ${limit.due} 届满，剩余${rem.zh}${excludedNote.zh}`,
                en: `The case time limit ends on ${limit.due}; ${rem.en} left${excludedNote.en}`,
              }
            : {
                zh: `立案后第${dayN}日仍未作出决定，${limit.text.zh}办案期限已于${limit.due}届满${excludedNote.zh}`,
                en: `Day ${dayN} after filing and still no decision; the ${limit.text.en} limit ended on ${limit.due}${excludedNote.en}`,
              },
          limit.bases,
        ),
        path: filed.pointer,
        basis: limit.bases,
        deadline: { label, due: limit.due, from: filed.date, status: pending ? 'pending' : 'overdue' },
        ...(pending ? { severity: 'info' as const } : {}),
      });
      return findings;
    }
    if (decision.date <= limit.due) return findings;
    const late = daysBetween(limit.due, decision.date);
    findings.push({
      message: withBasis(
        ctx,
        {
          zh: `决定作出于立案后第${dayN}日${excludedNote.zh}，超过${limit.text.zh}期限（届满日${limit.due}）${late}日${extensionNote.zh}`,
          en: `The decision came on day ${dayN} after filing${excludedNote.en}, ${late} days past the ${limit.text.en} limit ending ${limit.due}${extensionNote.en}`,
        },
        limit.bases,
      ),
      path: `${decision.pointer}/date`,
      basis: limit.bases,
      deadline: { label, due: limit.due, from: filed.date, status: 'overdue' },
      suggestion: {
        zh: '复杂案件应在期限届满前报负责人批准延长（2023年办法），并记录延期审批；期限计算中应扣除的期间应在时间线中记录',
        en: 'For complex cases obtain an approved extension before the limit (2023 measures) and record it; record excluded periods in the timeline',
      },
    });
    return findings;
  },
};
