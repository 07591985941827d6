/**
 * 立案期限: 环境行政处罚办法 (2010) §22 — decide on filing within 7 working days (and §24: after an urgent
 * investigation before filing, within 7 working days); 生态环境行政处罚办法 (2023) §18 — within 15 days, plus 15
 * days with the head's approval. The start event is not stated in either text (UNCONFIRMED): an option. So is the
 * version for a period that straddles 2023-07-01 (no transitional article): by default the one at the clock's start.
 *
 * Where the violation rests on a monitoring report (a sample analysed after the inspection), neither measure moves the
 * start: 2010 §22 ties the 7 working days to the preliminary review of a suspected violation, §24 keeps 7 working days
 * even where evidence was gathered before the filing, §35/§37 make the report evidence, §55 excludes monitoring time
 * from the 3-month decision period but not from the filing period; the 2023 text was not available to read (its §18
 * as summarised by the digest says nothing either). A ministry notice on supervisory monitoring data (secondary copy,
 * number unconfirmed) has the enforcement unit begin its preliminary review within 5 days of receiving abnormal data.
 * Option `monitoringClock`: 'clue' (default, the texts' reading: the report does not move the start) or
 * 'report-received' (from the receipt of the report, event monitoring-report-received). See docs/law.md, Reading notes.
 */
import type { IsoDate } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import { eventsOf, firstEvent, type TimelineEvent } from '../../src/model/case.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import type { DayUnit } from './support/periods.js';
import { countText, distance, overdueDeadline, pendingOrOverdue, periodEnd } from './support/periods.js';

type ClockStart = 'clue' | 'preliminary-review';
type MonitoringClock = 'report-received' | 'clue';

interface Start {
  date: IsoDate;
  what: Msg;
}

/** the violation is shown by monitoring data: measurements recorded, or monitoring evidence */
function restsOnMonitoring(c: Case): boolean {
  const v = c.data.violation;
  return (v.measurements?.length ?? 0) > 0 || (v.evidence ?? []).some((e) => e.kind === 'monitoring');
}

/**
 * Where the violation rests on a monitoring report that came after the clock's start (and before the filing, if
 * any): the receipt of the report, or 'unrecorded' when the report was issued but its receipt is not dated.
 */
function monitoringStart(
  c: Case,
  start: Start,
  filedOn: IsoDate | undefined,
): Start | 'unrecorded' | undefined {
  if (!restsOnMonitoring(c)) return undefined;
  const between = (d: IsoDate) => d > start.date && (filedOn === undefined || d <= filedOn);
  const received = eventsOf(c, 'monitoring-report-received').find((e) => between(e.date));
  if (received)
    return { date: received.date, what: { zh: '收到监测报告', en: 'receipt of the monitoring report' } };
  const issued = eventsOf(c, 'monitoring-report').some((e) => between(e.date));
  const undatedReceipt = c.undated.some((e) => e.event === 'monitoring-report-received');
  return issued || undatedReceipt ? 'unrecorded' : undefined;
}

const RECEIPT_GAP = {
  fact: 'monitoring-report-received',
  kind: 'not-recorded',
  label: { zh: '收到监测报告的日期', en: 'the date the monitoring report was received' },
  path: '/timeline',
} as const;

function clockStart(c: Case, mode: ClockStart): Start | undefined {
  const review = firstEvent(c, 'preliminary-review');
  if (mode === 'preliminary-review' && review)
    return { date: review.date, what: { zh: '初步审查', en: 'preliminary review' } };
  const clue = firstEvent(c, 'clue-received');
  if (clue) return { date: clue.date, what: { zh: '受理线索', en: 'receipt of the clue' } };
  if (c.data.violation.discovered_on)
    return { date: c.data.violation.discovered_on, what: { zh: '发现违法行为', en: 'discovery of the act' } };
  const inspection = firstEvent(c, 'inspection');
  if (inspection) return { date: inspection.date, what: { zh: '现场检查', en: 'the inspection' } };
  return undefined;
}

/** the findings for a filing clock started at `start` */
function filingFindings(
  c: Case,
  ctx: RuleContext,
  start: Start,
  filing: TimelineEvent | undefined,
): RuleFinding[] {
  const versionDate = ctx.options.pendingCasesFollow === 'filing' ? (filing?.date ?? ctx.asOf) : start.date;
  const version = envVersion(ctx, versionDate);
  if (!version) return [];

  let unit: DayUnit;
  let days: number;
  let due: IsoDate;
  const bases: LegalBasis[] = [];
  let extensionNote: Msg = { zh: '', en: '' };
  if (version === '2010') {
    unit = 'workday';
    days = 7;
    due = periodEnd(ctx, start.date, 7, 'workday');
    bases.push(basis(ENV, '2010', 22));
  } else {
    unit = 'day';
    days = 15;
    due = periodEnd(ctx, start.date, 15, 'day');
    bases.push(basis(ENV, '2023', 18));
    // design: the extension must be approved within the first 15 days
    const ext = firstEvent(c, 'filing-extension-approved');
    if (ext && ext.date <= due && ext.approved_by !== undefined) {
      days = 15 + Math.min(ext.days ?? 15, 15);
      due = periodEnd(ctx, start.date, days, 'day');
      extensionNote = { zh: '（含经批准延长的期限）', en: ' (including the approved extension)' };
    } else if (ext) {
      extensionNote = {
        zh: '；延长立案期限未经负责人在原期限内批准，不予计入',
        en: '; the extension was not approved by the head within the original period and is not counted',
      };
    }
  }
  if (aplVersion(ctx, start.date) === '2021') bases.push(basis(APL, '2021', 54, 2));
  const label: Msg = { zh: '立案决定期限', en: 'filing decision period' };
  const limit = countText(days, unit);

  if (!filing) {
    const p = pendingOrOverdue(c, ctx, { label, from: start.date, due, unit });
    if (!p.pending && c.data.case.status !== 'open') return []; // filing-record reports a missing filing
    const rem = countText(p.remaining, unit);
    return [
      {
        message: withBasis(
          ctx,
          p.pending
            ? {
                zh: `立案决定期限 ${due} 届满，剩余${rem.zh}`,
                en: `The filing decision period ends on ${due}; ${rem.en} left`,
              }
            : {
                zh: `自${start.what.zh}（${start.date}）起${limit.zh}内未决定立案，期限已于${due}届满${extensionNote.zh}`,
                en: `No filing decision within ${limit.en} of ${start.what.en} (${start.date}); the period ended on ${due}${extensionNote.en}`,
              },
          bases,
        ),
        path: '/timeline',
        basis: bases,
        deadline: p.deadline,
        ...(p.severity ? { severity: p.severity } : {}),
      },
    ];
  }
  if (filing.date <= due) return [];
  const late = countText(distance(ctx, due, filing.date, unit), unit);
  return [
    {
      message: withBasis(
        ctx,
        {
          zh: `立案于${filing.date}，自${start.what.zh}（${start.date}）起超过${limit.zh}的立案期限${late.zh}${extensionNote.zh}`,
          en: `Filed on ${filing.date}, ${late.en} past the ${limit.en} filing period counted from ${start.what.en} (${start.date})${extensionNote.en}`,
        },
        bases,
      ),
      path: `${filing.pointer}/date`,
      basis: bases,
      deadline: overdueDeadline(label, start.date, due),
      suggestion: {
        zh: '及时作出立案决定；2023年办法下确需延长的，应在十五日内报负责人批准并记录延长审批',
        en: 'Decide on filing in time; under the 2023 measures obtain the head’s approval for an extension within the 15 days and record it',
      },
    },
  ];
}

export const rule: Rule = {
  meta: {
    id: 'procedure/filing-deadline',
    title: { zh: '立案期限', en: 'Filing deadline' },
    description: {
      zh: '受理线索后应在期限内决定是否立案：环境行政处罚办法(2010)为7个工作日；生态环境行政处罚办法(2023)为十五日，特殊情况经负责人批准可延长十五日。起算事件法无明文，默认自受理线索（无则自发现违法行为、现场检查）起算，可配置为自初步审查起算。违法事实由线索之后出具的监测报告认定的，两办法均未规定自收到报告起算，默认不推迟起算；可配置为自收到监测报告之日（monitoring-report-received）起算（此时报告已出具而收到日期未记录的，不指控，列为未检查）。',
      en: 'After a clue is received the agency must decide on filing in time: 7 working days under the 2010 measures; 15 days under the 2023 measures, plus 15 days with the head’s approval. The start event is not stated in the texts; by default the clock starts at receipt of the clue (else discovery or the inspection), configurable to the preliminary review. Where the violation rests on a monitoring report issued after the clue, neither measure counts from the report, so by default the start does not move; configurable to the day the report was received (monitoring-report-received; then a report without a recorded receipt date is never a ground for accusing, the check is reported as not run).',
    },
    severity: 'warning',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(ENV, '2010', 22),
      basis(ENV, '2010', 24),
      basis(ENV, '2023', 18),
      basis(APL, '2021', 54, 2),
    ],
    candidates: ['ENV-FIL-001', 'ENV-FIL-004', 'APL-005'],
    options: {
      clockStart: {
        description: {
          zh: "立案期限起算事件：'clue'（受理线索，默认）或 'preliminary-review'（初步审查）；法无明文，未经确认",
          en: "Start of the filing clock: 'clue' (receipt of the clue, default) or 'preliminary-review'; not stated in the texts, unconfirmed",
        },
        default: 'clue',
        type: 'string',
        enum: ['clue', 'preliminary-review'],
      },
      monitoringClock: {
        description: {
          zh: "违法事实由监测报告认定（记录了监测数据或监测证据）、且报告在起算事件之后、立案之前出具时，立案期限的起算：'clue'（不因监测报告推迟，与 clockStart 相同，默认）或 'report-received'（自收到监测报告之日，事件 monitoring-report-received）。两办法均未规定自收到监测报告起算：2010年办法第二十二条的7个工作日以初步审查为准，第二十四条先行调查取证的也须在7个工作日内决定立案，第五十五条只把监测时间排除在3个月的决定期限之外；2023年办法第十八条原文未能取得核对（未经确认）。选择 report-received 时，报告已出具但未记录收到日期、按线索起算又已逾期的，列为未检查",
          en: "When the violation rests on a monitoring report (measurements or monitoring evidence recorded) issued after the clock's start and before the filing, where the filing clock starts: 'clue' (the report does not move the start, as clockStart; default) or 'report-received' (the day the report was received, event monitoring-report-received). Neither measure counts from the report: the 2010 measures tie the 7 working days to the preliminary review (art. 22), keep 7 working days where evidence was gathered before the filing (art. 24) and exclude monitoring time only from the 3-month decision period (art. 55); the text of art. 18 of the 2023 measures could not be checked (unconfirmed). With 'report-received', a report issued without a recorded receipt date, when the filing is late counted from the clue, is reported as not checked",
        },
        default: 'clue',
        type: 'string',
        enum: ['clue', 'report-received'],
      },
      pendingCasesFollow: {
        description: {
          zh: "期间跨越2023-07-01时适用哪一办法：'start'（起算日有效的办法，默认）或 'filing'（立案日有效的办法，程序从新）；两办法均无过渡条款，未经确认",
          en: "Which measures govern a period that straddles 2023-07-01: 'start' (those in force when the clock starts, default) or 'filing' (those in force at the filing, procedure following the new rule); neither text has a transitional article, unconfirmed",
        },
        default: 'start',
        type: 'string',
        enum: ['start', 'filing'],
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    // before filing, a case on the filing track is taken as general unless recorded as simple: the clock runs for
    // every clue until the filing decision (a decided case without filing is filing-record's)
    if (c.data.case.procedure !== 'general') return [];
    const clueStart = clockStart(c, (ctx.options.clockStart as ClockStart | undefined) ?? 'clue');
    if (!clueStart) return [];
    const filing = firstEvent(c, 'filing-approved');
    const monitoring =
      ((ctx.options.monitoringClock as MonitoringClock | undefined) ?? 'clue') === 'report-received'
        ? monitoringStart(c, clueStart, filing?.date)
        : undefined;
    const start = monitoring === undefined || monitoring === 'unrecorded' ? clueStart : monitoring;
    const findings = filingFindings(c, ctx, start, filing);
    // the report may have been received later than the clue: a late filing counted from the clue proves nothing
    if (monitoring === 'unrecorded' && findings.length > 0 && !findings.every((f) => f.severity === 'info'))
      return [notChecked(RECEIPT_GAP, { zh: '立案期限', en: 'filing deadline' })];
    return findings;
  },
};
