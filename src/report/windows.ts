/**
 * Reference statutory windows for the HTML timeline, computed from the case timeline with the working-day
 * calendar and the law registry (procedure by the law in force at the date of the step). They are drawn
 * for orientation beside the deadlines the rules attach to findings; the rules remain the judges. Periods
 * that the law excludes (hearing, monitoring, service, suspension…) are not subtracted here.
 */
import type { LegalBasis, Msg } from '../engine/types.js';
import type { IsoDate } from '../model/case-data.js';
import type { Case } from '../model/case.js';
import { firstEvent, lastEvent, eventsOf } from '../model/case.js';
import type { Calendar, LawRegistry, PeriodUnit } from '../law/types.js';
import { minDate } from '../model/dates.js';

export interface StatutoryWindow {
  id: 'filing' | 'handling' | 'statement' | 'service' | 'payment' | 'publication';
  label: Msg;
  from: IsoDate;
  due: IsoDate;
  /** the step that closes the window, when it happened */
  doneOn?: IsoDate;
  status: 'met' | 'late' | 'pending' | 'overdue';
  basis: LegalBasis[];
  period: Msg;
  note?: Msg;
}

interface WindowInput {
  law: LawRegistry;
  calendar: Calendar;
  asOf: IsoDate;
}

const OPEN = new Set(['open', 'decided', 'executing']);

function statusOf(
  due: IsoDate,
  doneOn: IsoDate | undefined,
  asOf: IsoDate,
  open: boolean,
): StatutoryWindow['status'] {
  if (doneOn) return doneOn <= due ? 'met' : 'late';
  return asOf > due && open ? 'overdue' : 'pending';
}

function period(count: number, unit: PeriodUnit): Msg {
  const zh = { workday: '个工作日', day: '日', month: '个月', year: '年' }[unit];
  const en = { workday: 'working days', day: 'days', month: 'months', year: 'years' }[unit];
  return { zh: `${count}${zh}`, en: `${count} ${en}` };
}

export function statutoryWindows(c: Case, input: WindowInput): StatutoryWindow[] {
  const { law, calendar, asOf } = input;
  const open = OPEN.has(c.data.case.status);
  const out: StatutoryWindow[] = [];
  const push = (
    w: Omit<StatutoryWindow, 'due' | 'status' | 'period'>,
    count: number,
    unit: PeriodUnit,
    extraDays = 0,
  ): void => {
    let due = calendar.add(w.from, count, unit).to;
    if (extraDays > 0) due = calendar.add(due, extraDays, 'day').to;
    const p = period(count, unit);
    const shown = extraDays > 0 ? { zh: `${p.zh}+${extraDays}日`, en: `${p.en} + ${extraDays} days` } : p;
    out.push({ ...w, due, period: shown, status: statusOf(due, w.doneOn, asOf, open) });
  };
  const envVersion = (date: IsoDate) => law.proceduralVersion('env-penalty-measures', date)?.label;
  const aplVersion = (date: IsoDate) => law.proceduralVersion('admin-penalty-law', date)?.label;

  // 立案: 2010 办法 §22 (7 working days after preliminary review); 2023 办法 §18 (15 days, +15 approved).
  // The start of the clock is not stated in either text (digest §2.2, UNCONFIRMED): the clue / review date is a proxy.
  const filed = c.dates.filed ?? firstEvent(c, 'filing-approved')?.date;
  const clue =
    firstEvent(c, 'preliminary-review') ?? firstEvent(c, 'clue-received') ?? firstEvent(c, 'inspection');
  const note: Msg = {
    zh: '起算日未明确，以线索受理或初步审查日代替',
    en: 'start of the clock not stated in the text; clue or review date used',
  };
  if (clue) {
    const v = envVersion(clue.date);
    const base = {
      id: 'filing' as const,
      label: { zh: '立案期限', en: 'Filing window' },
      from: clue.date,
      note,
      ...(filed ? { doneOn: filed } : {}),
    };
    if (v === '2010')
      push({ ...base, basis: [{ law: 'env-penalty-measures', version: '2010', article: 22 }] }, 7, 'workday');
    else if (v === '2023') {
      const extended = firstEvent(c, 'filing-extension-approved') ? 15 : 0;
      push(
        { ...base, basis: [{ law: 'env-penalty-measures', version: '2023', article: 18 }] },
        15,
        'day',
        extended,
      );
    }
  }

  // 办案期限: 2010 办法 §55 (3 months from filing); 2023 办法 §57 (90 days, extensions of up to 30 days each).
  const decided = c.dates.decided ?? firstEvent(c, 'decision')?.date;
  if (filed) {
    const v = envVersion(filed);
    const base = {
      id: 'handling' as const,
      label: { zh: '办案期限', en: 'Handling limit' },
      from: filed,
      ...(decided ? { doneOn: decided } : {}),
    };
    const excluded: Msg = { zh: '未扣除依法不计入的期间', en: 'periods the law excludes are not subtracted' };
    if (v === '2010')
      push(
        { ...base, note: excluded, basis: [{ law: 'env-penalty-measures', version: '2010', article: 55 }] },
        3,
        'month',
      );
    else if (v === '2023') {
      const extension = eventsOf(c, 'extension-approved').reduce((n, e) => n + (e.days ?? 0), 0);
      push(
        { ...base, note: excluded, basis: [{ law: 'env-penalty-measures', version: '2023', article: 57 }] },
        90,
        'day',
        extension,
      );
    }
  }

  // 陈述申辩、听证申请: 行政处罚法 2017 §42(1) 3 days; 2021 §64(1) with §85, 5 working days.
  const notice = firstEvent(c, 'prior-notice-served');
  if (notice) {
    const v = aplVersion(notice.date);
    // the party's first answer: a statement, a hearing request, or a waiver of either
    const answered = minDate(
      ...(['hearing-requested', 'statement-received', 'statement-waived', 'hearing-waived'] as const).map(
        (type) => firstEvent(c, type)?.date,
      ),
    );
    const base = {
      id: 'statement' as const,
      label: { zh: '陈述申辩/听证申请期', en: 'Statement / hearing request' },
      from: notice.date,
      ...(answered ? { doneOn: answered } : {}),
    };
    // 生态环境行政处罚办法(2023) §44 (statement) and §47 (hearing request): 5 days, working days by §90
    const env2023 =
      envVersion(notice.date) === '2023'
        ? [
            { law: 'env-penalty-measures', version: '2023', article: 44 },
            { law: 'env-penalty-measures', version: '2023', article: 47 },
          ]
        : [];
    if (v === '2017')
      push(
        { ...base, basis: [{ law: 'admin-penalty-law', version: '2017', article: 42, paragraph: 1 }] },
        3,
        'day',
      );
    else if (v === '2021')
      push(
        {
          ...base,
          basis: [
            { law: 'admin-penalty-law', version: '2021', article: 64, paragraph: 1 },
            { law: 'admin-penalty-law', version: '2021', article: 85 },
            ...env2023,
          ],
        },
        5,
        'workday',
      );
  }

  // 送达: 2017 §40 (7 days); 2021 §61 with §85 (7 working days).
  const served = firstEvent(c, 'decision-served')?.date;
  if (decided) {
    const v = aplVersion(decided);
    const base = {
      id: 'service' as const,
      label: { zh: '决定书送达', en: 'Service of the decision' },
      from: decided,
      ...(served ? { doneOn: served } : {}),
    };
    if (v === '2017')
      push({ ...base, basis: [{ law: 'admin-penalty-law', version: '2017', article: 40 }] }, 7, 'day');
    else if (v === '2021')
      push(
        {
          ...base,
          basis: [
            { law: 'admin-penalty-law', version: '2021', article: 61 },
            { law: 'admin-penalty-law', version: '2021', article: 85 },
          ],
        },
        7,
        'workday',
      );
  }

  // 缴纳罚款: 15 days from receipt of the decision (2017 §46(3); 2021 §67(3)).
  const fined =
    c.data.penalty.kinds.includes('fine') && (c.data.penalty.fine ?? 0) > 0 && !c.data.penalty.no_penalty;
  if (fined && served) {
    const v = aplVersion(served);
    const paid = lastEvent(c, 'paid')?.date;
    const article = v === '2017' ? 46 : 67;
    if (v === '2017' || v === '2021') {
      push(
        {
          id: 'payment',
          label: { zh: '缴纳罚款', en: 'Payment of the fine' },
          from: served,
          ...(paid ? { doneOn: paid } : {}),
          basis: [{ law: 'admin-penalty-law', version: v, article, paragraph: 3 }],
        },
        15,
        'day',
      );
    }
  }

  // 公开: 2023 办法 §65, 7 working days from the decision (the 2010 办法 §72 sets no period).
  if (decided && envVersion(decided) === '2023') {
    const published = firstEvent(c, 'published')?.date;
    push(
      {
        id: 'publication',
        label: { zh: '处罚决定公开', en: 'Publication' },
        from: decided,
        ...(published ? { doneOn: published } : {}),
        basis: [{ law: 'env-penalty-measures', version: '2023', article: 65 }],
      },
      7,
      'workday',
    );
  }
  return out;
}
