/**
 * Facts shared by the measures pack (该用不用: the supporting measures of 环境保护法 §25, §59, §60 and the 2014
 * measures, 环境保护部令第28/29/30号, all in force 2015-01-01). Pure functions over the case; not a rule.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import type {
  ConductFlag,
  IsoDate,
  MeasureData,
  MeasureGround,
  MeasureKind,
  MeasurementData,
} from '../../src/model/case-data.js';
import type { LegalBasis, Msg, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { daysBetween } from '../../src/model/dates.js';
import { basis, ENV, ENV_2023_FROM } from '../shared/law.js';
import { perDayListed, perDayReadings } from '../penalty/per-day-facts.js';
import { basisNotDischarge, itemNotCited } from '../penalty/util.js';

/** the day 环境保护法 (2014 revision) and the three 2014 measures took effect */
export const MEASURES_FROM = '2015-01-01';

export const EPL = 'env-protection-law';
export const DAILY = 'daily-penalty-measures';
export const SEIZURE = 'seizure-measures';
export const LIMIT = 'production-limit-measures';

export const epl = (article: number, paragraph?: number): LegalBasis =>
  basis(EPL, '2015', article, paragraph);
export const daily = (article: number, paragraph?: number, item?: number): LegalBasis =>
  basis(DAILY, '2015', article, paragraph, item);
export const seizure = (article: number, paragraph?: number, item?: number): LegalBasis =>
  basis(SEIZURE, '2015', article, paragraph, item);
export const limit = (article: number, paragraph?: number, item?: number): LegalBasis =>
  basis(LIMIT, '2015', article, paragraph, item);

/** 生态环境行政处罚办法 (2023) §8: 限制开展生产经营活动、责令停产整治、责令停产停业、责令关闭 are penalties from 2023-07-01 */
export function penaltyKindsBasis(date: IsoDate): LegalBasis[] {
  return date >= ENV_2023_FROM ? [basis(ENV, '2023', 8)] : [];
}

/** joins citations: 环境保护法第六十条、限产停产办法第六条第二项 */
export function cite(ctx: RuleContext, bases: LegalBasis[]): Msg {
  const parts = bases.map((b) => ctx.law.cite(b));
  return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join('; ') };
}

/** a finding whose message ends with its citations */
export function cited(
  ctx: RuleContext,
  path: string,
  bases: LegalBasis[],
  message: Msg,
  suggestion?: Msg,
): RuleFinding {
  const law = cite(ctx, bases);
  const f: RuleFinding = {
    path,
    basis: bases,
    message: { zh: `${message.zh}（${law.zh}）`, en: `${message.en} (${law.en})` },
  };
  if (suggestion) f.suggestion = suggestion;
  return f;
}

export function isOpen(c: Case): boolean {
  return c.data.case.status === 'open';
}

/**
 * The day the agency had the facts before it (the measures are decided on what an inspection finds): the first
 * inspection, else the discovery date, else the filing date. Undefined when none is recorded.
 */
export function enforcementDate(c: Case): IsoDate | undefined {
  return c.timeline.find((e) => e.event === 'inspection')?.date ?? c.dates.discovered ?? c.dates.filed;
}

export function entriesOf(c: Case, kinds: readonly MeasureKind[]): MeasureData[] {
  return (c.data.measures ?? []).filter((m) => kinds.includes(m.measure));
}

/** the measures[] entry recording that the measure was considered and not used (with its reason) */
export function notUsedEntry(c: Case, kinds: readonly MeasureKind[]): MeasureData | undefined {
  return entriesOf(c, kinds).find((m) => !m.used);
}

export const LIMIT_KINDS = ['restrict-production', 'suspend-rectify'] as const;

/** a seizure is on record: a seizure step in the timeline or a measures[] entry with used: true */
export function seizureUsed(c: Case): boolean {
  return c.timeline.some((e) => e.event === 'seizure') || entriesOf(c, ['seizure']).some((m) => m.used);
}

/** a production limit or suspension (or the graver 停产停业/关闭) is on record, as a penalty kind or a measures[] entry */
export function limitUsed(c: Case): boolean {
  const kinds = c.data.penalty.kinds ?? [];
  return (
    kinds.some((k) => ['restrict-production', 'suspend-rectify', 'suspend-business', 'close'].includes(k)) ||
    entriesOf(c, [...LIMIT_KINDS, 'suspend-business-close']).some((m) => m.used)
  );
}

/** the §6 grounds of 查封扣押办法 and the §7 grounds of 限产停产办法 (same three items) */
export const PUBLIC_INTEREST_GROUNDS: readonly MeasureGround[] = [
  'public-utility',
  'livelihood',
  'production-safety',
];

export const EVASION_FLAGS: readonly ConductFlag[] = [
  'evasion',
  'hidden-pipe',
  'falsified-monitoring-data',
  'abnormal-operation',
];

/**
 * the evasion flags recorded, unless every cited penalty clause is for a duty other than discharge (土壤污染防治法
 * §86: falsified soil monitoring data is not discharge by evasion; see basisNotDischarge)
 */
export function evasionFlags(c: Case, ctx: RuleContext): ConductFlag[] {
  return basisNotDischarge(c, ctx) ? [] : hasFlag(c, EVASION_FLAGS);
}

export function hasFlag(c: Case, flags: readonly ConductFlag[]): ConductFlag[] {
  const recorded = new Set(c.data.violation.conduct ?? []);
  return flags.filter((f) => recorded.has(f));
}

/** measured value ÷ standard: `times_standard`, or computed from value and standard; undefined when not recorded */
export function timesStandard(m: MeasurementData): number | undefined {
  if (m.times_standard !== undefined) return m.times_standard;
  if (m.standard !== undefined && m.standard > 0) return m.value / m.standard;
  return undefined;
}

/** measurements above their standard */
export function exceedances(c: Case): MeasurementData[] {
  return (c.data.violation.measurements ?? []).filter((m) => (timesStandard(m) ?? 0) > 1);
}

export function isToxic(m: MeasurementData): boolean {
  return m.heavy_metal === true || m.persistent_organic === true;
}

export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function loadExceeded(c: Case, period: 'day' | 'year') {
  return (c.data.violation.total_load ?? []).filter((t) => t.period === period && t.amount > t.limit);
}

/** 拒不改正 found at a re-inspection (按日连续处罚办法 §13): discharge continuing, or re-inspection refused/obstructed */
export function refusal(e: TimelineEvent): 'continuing' | 'obstructed' | undefined {
  if (e.result === 'continuing' || e.result === 'obstructed') return e.result;
  if (e.result === undefined && e.outcome === 'fail') return 'continuing';
  return undefined;
}

/**
 * The order-to-correct chain of 按日连续处罚办法 §8–§14: the first order served, the re-inspections that followed it
 * and, when the first of them found refusal, the last re-inspection of the unbroken run of refusals (§14, §17: the
 * days accumulate until a re-inspection finds the discharge corrected).
 */
export interface OrderChain {
  order: TimelineEvent;
  /** the first re-inspection after the order, if any */
  first?: TimelineEvent;
  /** the last re-inspection of the run of refusals that starts with `first` */
  lastRefusal?: TimelineEvent;
}

export function orderChain(c: Case): OrderChain | undefined {
  const order = c.timeline.find((e) => e.event === 'correction-ordered');
  if (!order) return undefined;
  const checks = c.timeline.filter((e) => e.event === 'reinspection' && e.date > order.date);
  const chain: OrderChain = { order };
  if (checks[0]) chain.first = checks[0];
  for (const e of checks) {
    if (!refusal(e)) break;
    chain.lastRefusal = e;
  }
  return chain;
}

/** days counted for a per-day penalty (§17): from the day after service to the re-inspection date, inclusive */
export function countedDays(served: IsoDate, reinspected: IsoDate): number {
  return daysBetween(served, reinspected);
}

export interface OrderDefect {
  kind: 'late-service' | 'late-reinspection' | 'not-undercover';
  path: string;
  basis: LegalBasis[];
  message: Msg;
  due?: IsoDate;
  from?: IsoDate;
}

/**
 * The date arithmetic of the order to correct (按日连续处罚办法 §8 ¶2: served within 3 working days of the monitoring
 * report; §10: re-inspected within 30 days of service, by undercover check). `served` is the service date of the
 * order, `reinspection` the re-inspection judged; `windowDays` the §10 period (calendar days presumed: the measures
 * say 工作日 where they mean it, and say 三十日 here).
 */
export function orderDefects(
  c: Case,
  ctx: RuleContext,
  served: IsoDate,
  reinspection: { date: IsoDate; pointer: string; undercover?: boolean } | undefined,
  windowDays: number,
): OrderDefect[] {
  const out: OrderDefect[] = [];
  const report = c.timeline.filter((e) => e.event === 'monitoring-report' && e.date <= served).at(-1);
  if (report) {
    const due = ctx.calendar.add(report.date, 3, 'workday').to;
    if (served > due) {
      const b = daily(8, 2);
      out.push({
        kind: 'late-service',
        path:
          c.timeline.find((e) => e.event === 'correction-ordered' && e.date === served)?.pointer ??
          '/timeline',
        basis: [b],
        from: report.date,
        due,
        message: {
          zh: `监测报告于${report.date}取得，责令改正违法行为决定书应在三个工作日内（至${due}）送达，实际于${served}送达，逾期${ctx.calendar.workdaysBetween(due, served)}个工作日（${ctx.law.cite(b).zh}）`,
          en: `The monitoring report came on ${report.date}; the order to correct was due within 3 working days (by ${due}) but was served on ${served}, ${ctx.calendar.workdaysBetween(due, served)} working day(s) late (${ctx.law.cite(b).en})`,
        },
      });
    }
  }
  if (reinspection) {
    const gap = daysBetween(served, reinspection.date);
    const due = ctx.calendar.add(served, windowDays, 'day').to;
    if (gap < 1 || reinspection.date > due) {
      const b = daily(10);
      out.push({
        kind: 'late-reinspection',
        path: `${reinspection.pointer}/date`,
        basis: [b],
        from: served,
        due,
        message: {
          zh: `复查日${reinspection.date}在责令改正违法行为决定书送达（${served}）后第${gap}日，不在${windowDays}日内（至${due}）（${ctx.law.cite(b).zh}）`,
          en: `The re-inspection (${reinspection.date}) is day ${gap} after service of the order (${served}), outside ${windowDays} days (by ${due}) (${ctx.law.cite(b).en})`,
        },
      });
    }
    if (reinspection.undercover === false) {
      const b = daily(10);
      out.push({
        kind: 'not-undercover',
        path: `${reinspection.pointer}/undercover`,
        basis: [b],
        message: {
          zh: `${reinspection.date}的复查未以暗查方式进行（${ctx.law.cite(b).zh}）`,
          en: `The re-inspection of ${reinspection.date} was not an undercover check (${ctx.law.cite(b).en})`,
        },
      });
    }
  }
  return out;
}

/**
 * Coverage for a record not on the list by onPerDayList only because a paragraph is cited without the item that
 * decides it (固废法 2020 §102 ¶2 alone: items 2–7/9–11 are on the list through §119, items 1/8 are not).
 */
export function perDayListGaps(c: Case, ctx: RuleContext, check: Msg): RuleFinding[] {
  const act = c.dates.act;
  if (act === undefined || onPerDayList(c, ctx)) return [];
  return perDayReadings(c, ctx).undetermined.map((ref) => itemNotCited(ctx, ref, act, check));
}

/**
 * The record shows conduct on the per-day list of 按日连续处罚办法 §5: a cited clause the catalogue marks per-day,
 * or the facts themselves — a measurement above its standard (item 1), discharge by evasion (item 2), dumping of
 * hazardous waste (item 4). The facts matter where the catalogue has no row for the law in force at the act.
 */
export function onPerDayList(c: Case, ctx: RuleContext): boolean {
  // noise (dB) is left to the catalogue: whether 超标排放噪声 is on the §5 list is not settled
  return (
    perDayListed(c, ctx).length > 0 ||
    exceedances(c).some((m) => !/db/i.test(m.unit)) ||
    evasionFlags(c, ctx).length > 0 ||
    hasFlag(c, ['hazardous-waste-dumping']).length > 0
  );
}
