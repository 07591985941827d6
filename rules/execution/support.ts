/**
 * Shared helpers of the execution pack: law versions by step date, citations, the decision and its service,
 * amounts, and the deadline convention (pending → info, passed → the rule's severity).
 */
import type { IsoDate, PenaltyKind } from '../../src/model/case-data.js';
import { PENALTY_KIND_LABELS } from '../../src/model/labels.js';
import { eventsOf, lastEvent, type Case, type TimelineEvent } from '../../src/model/case.js';
import { compareDates, daysBetween } from '../../src/model/dates.js';
import type { Deadline, LegalBasis, Msg, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { PeriodUnit } from '../../src/law/types.js';
import { basis, envVersion, type AplLabel } from '../shared/law.js';

export { APL_2021_FROM, aplVersion, basis, envVersion, type AplLabel, type EnvLabel } from '../shared/law.js';
export { civilProcedureVersion, publicNoticePeriod, receivedOn } from '../shared/service.js';
import { civilProcedureVersion, receivedOn } from '../shared/service.js';

export function reconsiderationVersion(ctx: RuleContext, date: IsoDate): '2017' | '2023' {
  const label = ctx.law.proceduralVersion('reconsideration-law', date)?.label;
  if (label === '2017' || label === '2023') return label;
  return date >= '2024-01-01' ? '2023' : '2017';
}

/** joins several citations: 行政处罚法(2021)第六十一条；生态环境行政处罚办法(2023)第五十八条 */
export function cite(ctx: RuleContext, bases: LegalBasis[]): Msg {
  const parts = bases.map((b) => ctx.law.cite(b));
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join('; ') };
}

/**
 * A finding whose message ends with the citation of its bases: `…（行政处罚法(2021)第六十七条）` /
 * `… (Administrative Penalty Law (2021) art. 67)`.
 */
export function citedFinding(
  ctx: RuleContext,
  path: string,
  bases: LegalBasis[],
  zh: string,
  en: string,
  suggestion?: Msg,
): RuleFinding {
  const law = cite(ctx, bases);
  const f: RuleFinding = {
    path,
    basis: bases,
    message: { zh: `${zh}（${law.zh}）`, en: `${en} (${law.en})` },
  };
  if (suggestion) f.suggestion = suggestion;
  return f;
}

export function isOpen(c: Case): boolean {
  return !['closed', 'archived', 'terminated'].includes(c.data.case.status);
}

/** the decision the execution steps follow: the last decision event */
export function decisionEvent(c: Case): TimelineEvent | undefined {
  return lastEvent(c, 'decision');
}

/** first event of a type dated on or after a date */
export function firstOnOrAfter(
  c: Case,
  type: TimelineEvent['event'],
  date: IsoDate,
): TimelineEvent | undefined {
  return c.timeline.find((e) => e.event === type && e.date >= date);
}

/** the service of a decision event: the first decision-served on or after it */
export function serviceOf(c: Case, decision: TimelineEvent): TimelineEvent | undefined {
  return firstOnOrAfter(c, 'decision-served', decision.date);
}

/** fine plus confiscated gains: the money the decision orders paid */
export function amountOrdered(c: Case): number {
  return (c.data.penalty.fine ?? 0) + (c.data.penalty.confiscated_gains ?? 0);
}

export function hasFine(c: Case): boolean {
  return c.data.penalty.kinds.includes('fine') && (c.data.penalty.fine ?? 0) > 0;
}

export function paidTotal(c: Case, upTo?: IsoDate): number {
  return eventsOf(c, 'paid')
    .filter((e) => upTo === undefined || e.date <= upTo)
    .reduce((sum, e) => sum + (e.amount ?? 0), 0);
}

/** the date the ordered amount was paid in full, if it was (payments without an amount count as full) */
export function paidInFullOn(c: Case): IsoDate | undefined {
  const ordered = amountOrdered(c);
  let sum = 0;
  for (const e of eventsOf(c, 'paid')) {
    if (e.amount === undefined) return e.date;
    sum += e.amount;
    if (sum >= ordered) return e.date;
  }
  return undefined;
}

export function yuan(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export interface PeriodCheck {
  /** what is due, e.g. 决定书送达期限 / service of the decision */
  label: Msg;
  from: IsoDate;
  due: IsoDate;
  unit: PeriodUnit;
  /** the date the step happened, if it did */
  done?: IsoDate;
  /** JSON pointer for the finding */
  path: string;
  bases: LegalBasis[];
  /** what to do when missing or late */
  advice: Msg;
  /** how to say that the step is missing (default: the file records no such step) */
  missing?: Msg;
}

function remaining(ctx: RuleContext, from: IsoDate, to: IsoDate, unit: PeriodUnit): Msg {
  if (unit === 'workday') {
    const n = ctx.calendar.workdaysBetween(from, to);
    return { zh: `剩余${n}个工作日`, en: `${n} working day(s) left` };
  }
  const n = daysBetween(from, to);
  return { zh: `剩余${n}日`, en: `${n} day(s) left` };
}

function lateness(ctx: RuleContext, due: IsoDate, done: IsoDate, unit: PeriodUnit): Msg {
  if (unit === 'workday') {
    const n = ctx.calendar.workdaysBetween(due, done);
    return { zh: `逾期${n}个工作日`, en: `${n} working day(s) late` };
  }
  const n = daysBetween(due, done);
  return { zh: `逾期${n}日`, en: `${n} day(s) late` };
}

/**
 * Judges a statutory period. Met → no finding. Done late → finding (rule severity). Not done: an open case whose
 * period has not passed at asOf → info with a pending deadline; otherwise a finding that the step is missing.
 */
export function checkPeriod(c: Case, ctx: RuleContext, p: PeriodCheck): RuleFinding[] {
  const law = cite(ctx, p.bases);
  const deadline = (status: Deadline['status']): Deadline => ({
    label: p.label,
    due: p.due,
    from: p.from,
    status,
  });
  if (p.done !== undefined) {
    if (compareDates(p.done, p.due) <= 0) return [];
    const late = lateness(ctx, p.due, p.done, p.unit);
    return [
      {
        path: p.path,
        message: {
          zh: `${p.label.zh}于${p.due}届满，实际为${p.done}，${late.zh}（${law.zh}）`,
          en: `${p.label.en}: the period ended on ${p.due} but the step is dated ${p.done}, ${late.en} (${law.en})`,
        },
        suggestion: p.advice,
        deadline: deadline('overdue'),
      },
    ];
  }
  if (isOpen(c) && compareDates(ctx.asOf, p.due) <= 0) {
    const left = remaining(ctx, ctx.asOf, p.due, p.unit);
    return [
      {
        path: p.path,
        severity: 'info',
        message: {
          zh: `${p.label.zh}${p.due}届满，${left.zh}（${law.zh}）`,
          en: `${p.label.en} ends on ${p.due}, ${left.en} (${law.en})`,
        },
        deadline: deadline('pending'),
      },
    ];
  }
  // the step is not recorded at all: it may have been taken and not written down — a warning, not an error
  return [
    {
      path: p.path,
      severity: 'warning',
      message: {
        zh: `${p.label.zh}已于${p.due}届满，${p.missing?.zh ?? '案卷中未记录该环节'}（${law.zh}）`,
        en: `${p.label.en} ended on ${p.due} and ${p.missing?.en ?? 'the file records no such step'} (${law.en})`,
      },
      suggestion: p.advice,
      deadline: deadline('overdue'),
    },
  ];
}

/** a penalty kind's statutory Chinese name (src/model/labels.ts) */
export function kindZh(kind: PenaltyKind): string {
  return PENALTY_KIND_LABELS[kind].zh;
}

const EVENT_ZH: Partial<Record<TimelineEvent['event'], string>> = {
  surcharge: '加处罚款',
  'reminder-served': '催告书送达',
  'enforcement-applied': '申请法院强制执行',
  paid: '缴纳罚款',
  'deferral-approved': '延期、分期缴纳批准',
  'decision-changed': '决定变更、撤销',
  published: '信息公开',
  'publication-withdrawn': '撤回公开',
  closed: '结案',
  archived: '归档',
  decision: '行政处罚决定',
  'decision-served': '决定书送达',
  'reconsideration-filed': '申请行政复议',
  'litigation-filed': '提起行政诉讼',
  transferred: '移送',
};

/** a timeline event type in Chinese, for messages (falls back to the English key) */
export function eventZh(type: TimelineEvent['event']): string {
  return EVENT_ZH[type] ?? type;
}

/** an approved deferral or instalment plan (the last one), if any */
export function deferralOf(c: Case): TimelineEvent | undefined {
  return lastEvent(c, 'deferral-approved');
}

export interface PaymentPeriod {
  decision: TimelineEvent;
  served: TimelineEvent;
  /** day the decision was received (or deemed served) */
  received: IsoDate;
  /** last day of the statutory 15 days */
  statutoryDue: IsoDate;
  /** last day to pay, after an approved deferral */
  due: IsoDate;
  deferral?: TimelineEvent;
}

/**
 * 缴款期限: 15 days from receipt of the decision (行政处罚法 2021 §67(3); 2017 §46(3)), calendar days (not in §85),
 * the start day not counted and a last day on a rest day moved to the next working day; an approved deferral
 * (2021 §66(2); 2017 §52) moves the last day to the end of the deferral.
 */
export function paymentPeriod(c: Case, ctx: RuleContext): PaymentPeriod | undefined {
  const decision = decisionEvent(c);
  if (!decision) return undefined;
  const served = serviceOf(c, decision);
  if (!served) return undefined;
  const received = receivedOn(ctx, served);
  const statutoryDue = ctx.calendar.add(received, 15, 'day').to;
  const deferral = deferralOf(c);
  const until = deferral?.until;
  const due = until !== undefined && until > statutoryDue ? until : statutoryDue;
  const p: PaymentPeriod = { decision, served, received, statutoryDue, due };
  if (deferral) p.deferral = deferral;
  return p;
}

export function aplPaymentBasis(apl: AplLabel): LegalBasis {
  return apl === '2021'
    ? basis('admin-penalty-law', '2021', 67, 3)
    : basis('admin-penalty-law', '2017', 46, 3);
}

/**
 * 邮寄送达: the date on the postal receipt is the service date, but a document posted before a period ends is in
 * time (民事诉讼法 2017 §82(4), 2021/2023 §85(4); 环境行政处罚办法 2010 §79; 生态环境行政处罚办法 2023 §90). The case
 * format holds no posting date, so an overdue finding on a postal service becomes a warning to check the post mark.
 */
export function postedInTimeCaveat(ctx: RuleContext, f: RuleFinding, periodStart: IsoDate): RuleFinding {
  if (f.deadline?.status !== 'overdue') return f;
  const env = envVersion(ctx, periodStart);
  const cpl = civilProcedureVersion(ctx, periodStart);
  const posting = env
    ? basis('env-penalty-measures', env, env === '2023' ? 90 : 79)
    : cpl === '2017'
      ? basis('civil-procedure-law', '2017', 82, 4)
      : basis('civil-procedure-law', cpl, 85, 4);
  const law = cite(ctx, [posting]);
  return {
    ...f,
    severity: 'warning',
    basis: [...(f.basis ?? []), posting],
    message: {
      zh: `${f.message.zh}；邮寄送达的，期满前交邮的不算过期，请核对交邮日期（${law.zh}）`,
      en: `${f.message.en}; by post, a document posted before the period ended is in time: check the posting date (${law.en})`,
    },
  };
}
