/**
 * Recall sweep (defects stream D): the defects a 案卷评查 reviewer most often finds, injected one at a time into lawful
 * cases of different years and law versions (fixtures/lawful/). The whole rule set must report each defect exactly
 * once — the rule that guards it, with the severity the record supports (error only where the record proves the
 * violation), the other rules that saw it merged as `related` — and the message must cite the article in force at
 * the date of the act, in Chinese and in English. No other error or warning may appear.
 */
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import { loadCase } from '../../src/load/index.js';
import type { CaseFileData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';

type Event = Record<string, unknown> & { event: string; date: string };
type Obj = Record<string, unknown>;
/** the case data, loosely typed for editing (lintCase gets it back as CaseFileData) */
interface Data {
  case: Obj;
  penalty: Obj;
  discretion?: Obj;
  violation: Obj;
  officers: Obj[];
  timeline: Event[];
  documents?: Obj[];
}

interface Injected {
  case: string;
  defect: string;
  edit: (d: Data) => void;
  rule: string;
  severity: 'error' | 'warning';
  related?: string[];
  /** the article the message must cite, as it reads in each language */
  cites: { zh: string; en: string };
}

const events = (d: Data): Event[] => d.timeline;
const ev = (d: Data, type: string): Event => {
  const e = events(d).find((x) => x.event === type);
  if (!e) throw new Error(`no ${type} event`);
  return e;
};
const drop = (d: Data, ...types: string[]): void => {
  d.timeline = events(d).filter((e) => !types.includes(e.event));
};
const docs = (d: Data): Obj[] => d.documents ?? [];
const redate = (d: Data, id: string, date: string): void => {
  for (const x of docs(d)) if (x.id === id) x.date = date;
};
const without = (list: unknown, item: string): string[] => (list as string[]).filter((x) => x !== item);
const noHearingRight = (d: Data): void => {
  const p = ev(d, 'prior-notice-served');
  p.hearing_right = false;
  delete p.hearing_request_days;
  delete p.hearing_request_days_unit;
  p.contents = without(p.contents, 'hearing-right');
};
const fine = (d: Data, amount: number, computed = amount): void => {
  d.penalty.fine = amount;
  if (d.discretion) d.discretion.computed_fine = computed;
  (ev(d, 'prior-notice-served').proposed as { fine: number }).fine = amount;
  ev(d, 'paid').amount = amount;
};

const L01 = '01-2019-air-vocs-furniture';
const L02 = '02-2020-water-overstandard-hearing';
const L06 = '06-2024-air-nox-per-day';
const L07 = '07-2024-hazwaste-dumping-crime-transfer';
const L08 = '08-2020-water-hidden-pipe-detention';
const L09 = '09-2024-eia-unapproved-hearing';
const L10 = '10-2023-noise-industrial-overstandard';
const L11 = '11-2019-construction-acceptance';
const L13 = '13-2020-hazwaste-old-law-signs';
const L14 = '14-2021-air-coating-straddling-left-at-residence';
const L21 = '21-2024-water-pretreatment-extension';
const L22 = '22-2022-air-dust-yard-court-enforcement';
const L25 = '25-2024-air-sand-yard-person-hearing';
const L27 = '27-2022-water-chromium-crime-transfer';
const L35 = '35-2025-eia-suspended-decision-after-spring-festival';
const L39 = '39-2022-hazwaste-no-manifest-seizure-extended';

const APL21 = (art: string, en: string) => ({
  zh: `行政处罚法(2021)${art}`,
  en: `Administrative Penalty Law (2021) ${en}`,
});
const APL17 = (art: string, en: string) => ({
  zh: `行政处罚法(2017)${art}`,
  en: `Administrative Penalty Law (2017) ${en}`,
});
const ENV23 = (art: string, en: string) => ({
  zh: `生态环境行政处罚办法(2023)${art}`,
  en: `Measures on Environmental Administrative Penalties (2023) ${en}`,
});
const ENV10 = (art: string, en: string) => ({
  zh: `环境行政处罚办法(2010)${art}`,
  en: `Measures on Environmental Administrative Penalties (2010) ${en}`,
});

const SWEEP: Injected[] = [
  {
    case: L10,
    defect: '调查终结报告（09-25）早于立案（09-26）',
    edit: (d) => {
      ev(d, 'investigation-report').date = '2023-09-25';
    },
    rule: 'procedure/timeline-order',
    severity: 'error',
    cites: APL21('第五十四条', 'art. 54'),
  },
  {
    case: L10,
    defect: '事先告知书未载明陈述申辩权利（2023）',
    edit: (d) => {
      const p = ev(d, 'prior-notice-served');
      p.contents = without(p.contents, 'statement-right');
    },
    rule: 'procedure/prior-notice-contents',
    severity: 'error',
    cites: APL21('第四十四条', 'art. 44'),
  },
  {
    case: L01,
    defect: '事先告知书未载明陈述申辩权利（2019）',
    edit: (d) => {
      const p = ev(d, 'prior-notice-served');
      p.contents = without(p.contents, 'statement-right');
    },
    rule: 'procedure/prior-notice-contents',
    severity: 'error',
    cites: APL17('第三十一条', 'art. 31'),
  },
  {
    case: L01,
    defect: '告知书05-07载明三日至05-10，05-10当日即作出决定（送达、缴款随之前移）',
    edit: (d) => {
      ev(d, 'decision').date = '2019-05-10';
      redate(d, 'decision', '2019-05-10');
      ev(d, 'decision-served').date = '2019-05-17';
      ev(d, 'paid').date = '2019-06-03';
    },
    rule: 'procedure/statement-period',
    severity: 'error',
    cites: APL17('第三十二条第一款', 'art. 32(1)'),
  },
  {
    case: L35,
    defect: '五个工作日陈述申辩、听证申请期限01-26届满，01-26当日即作出决定：一个问题',
    edit: (d) => {
      ev(d, 'decision').date = '2025-01-26';
      ev(d, 'published').date = '2025-02-11';
      redate(d, 'decision', '2025-01-26');
      redate(d, 'publication', '2025-02-11');
    },
    rule: 'procedure/statement-period',
    severity: 'error',
    related: ['procedure/hearing-request-window'],
    cites: ENV23('第四十四条', 'art. 44'),
  },
  {
    case: L09,
    defect: '听证通知03-18送达，03-22举行听证，不足七个工作日',
    edit: (d) => {
      ev(d, 'hearing-held').date = '2024-03-22';
      redate(d, 'hearing-record', '2024-03-22');
    },
    rule: 'procedure/hearing-notice-period',
    severity: 'error',
    cites: APL21('第六十四条第（二）项', 'art. 64 item (2)'),
  },
  {
    case: L02,
    defect: '听证通知03-02送达，03-06举行听证，不足七日（2017）',
    edit: (d) => {
      ev(d, 'hearing-held').date = '2020-03-06';
      redate(d, 'hearing-record', '2020-03-06');
    },
    rule: 'procedure/hearing-notice-period',
    severity: 'error',
    cites: APL17('第四十二条第一款第（二）项', 'art. 42(1)(2)'),
  },
  {
    case: L11,
    defect: '罚款二十五万元达五万元，告知书未告知听证权利（2019）',
    edit: noHearingRight,
    rule: 'procedure/hearing-right',
    severity: 'error',
    cites: ENV10('第七十八条', 'art. 78'),
  },
  {
    case: L14,
    defect: '罚款六万元达五万元，2021-09告知未告知听证权利（行政处罚法2021，办法2010）',
    edit: noHearingRight,
    rule: 'procedure/hearing-right',
    severity: 'error',
    cites: APL21('第六十三条第一款', 'art. 63(1)'),
  },
  {
    case: L09,
    defect: '罚款二十四万元达二十万元，未告知听证权利，未听证（2024）',
    edit: (d) => {
      noHearingRight(d);
      drop(d, 'hearing-requested', 'hearing-notice-served', 'hearing-held', 'hearing-report');
      d.case.flags = [];
      const decision = ev(d, 'decision');
      decision.contents = without(decision.contents, 'hearing-handling');
      const gone = [
        'hearing-request',
        'hearing-notice',
        'hearing-notice-receipt',
        'hearing-record',
        'hearing-report',
      ];
      d.documents = docs(d).filter((x) => !gone.includes(x.id as string));
    },
    rule: 'procedure/hearing-right',
    severity: 'error',
    cites: ENV23('第八十九条', 'art. 89'),
  },
  {
    case: L01,
    defect: '决定05-13作出，05-21才直接送达（七日，2017）',
    edit: (d) => {
      ev(d, 'decision-served').date = '2019-05-21';
    },
    rule: 'execution/decision-service-deadline',
    severity: 'error',
    cites: APL17('第四十条', 'art. 40'),
  },
  {
    case: L14,
    defect: '决定09-27作出，留置送达晚一个工作日（10-13）',
    edit: (d) => {
      ev(d, 'decision-served').date = '2021-10-13';
    },
    rule: 'execution/decision-service-deadline',
    severity: 'error',
    cites: APL21('第六十一条第一款', 'art. 61(1)'),
  },
  {
    case: L09,
    defect: '邮寄送达晚一个工作日：期满前交邮不算过期，交邮日期未记录——警告',
    edit: (d) => {
      ev(d, 'decision-served').date = '2024-04-19';
    },
    rule: 'execution/decision-service-deadline',
    severity: 'warning',
    cites: ENV23('第九十条', 'art. 90'),
  },
  {
    case: L02,
    defect: '罚款一百一十万元，超过水污染防治法第八十三条上限一百万元',
    edit: (d) => fine(d, 1100000),
    rule: 'penalty/fine-within-range',
    severity: 'error',
    cites: {
      zh: '水污染防治法(2018)第八十三条第（二）项',
      en: 'Water Pollution Prevention and Control Law (2018) art. 83 item (2)',
    },
  },
  {
    case: L10,
    defect: '罚款一万五千元，低于噪声污染防治法第七十五条下限二万元，无减轻情节',
    edit: (d) => fine(d, 15000),
    rule: 'penalty/fine-within-range',
    severity: 'error',
    cites: APL21('第三十二条', 'art. 32'),
  },
  {
    case: L09,
    defect: '裁量计算为二十四万元，决定罚款四十万元，未说明差异',
    edit: (d) => fine(d, 400000, 240000),
    rule: 'penalty/benchmark-applied',
    severity: 'warning',
    cites: APL21('第三十四条', 'art. 34'),
  },
  {
    case: L13,
    defect: '2020-08终了的行为引用2020-09-01施行的固废法第一百一十二条（新法更重）',
    edit: (d) => {
      d.violation.basis = [{ law: '固体废物污染环境防治法', article: 112, paragraph: 1, item: 1 }];
    },
    rule: 'penalty/fine-within-range',
    severity: 'warning',
    cites: {
      zh: '固体废物污染环境防治法(2016)第七十五条第（一）项',
      en: 'Solid Waste Pollution Prevention and Control Law (2016) art. 75 item (1)',
    },
  },
  {
    case: L08,
    defect: '重大违法（暗管排污、罚款三十万元）未经集体讨论（2020）',
    edit: (d) => drop(d, 'collective-discussion'),
    rule: 'procedure/collective-discussion',
    severity: 'error',
    cites: APL17('第三十八条第二款', 'art. 38(2)'),
  },
  {
    case: L06,
    defect: '按日连续处罚三百万元未经集体讨论（2024）',
    edit: (d) => drop(d, 'collective-discussion'),
    rule: 'procedure/collective-discussion',
    severity: 'error',
    cites: ENV23('第五十二条第二款第（二）项', 'art. 52(2)(2)'),
  },
  {
    case: L09,
    defect: '处罚决定由本案调查人员批准',
    edit: (d) => {
      ev(d, 'decision').approved_by = '柳志强';
    },
    rule: 'procedure/decision-approver',
    severity: 'warning',
    cites: APL21('第五十七条第一款', 'art. 57(1)'),
  },
  {
    case: L09,
    defect: '现场检查只有一名执法人员（2024）',
    edit: (d) => {
      ev(d, 'inspection').officers = ['柳志强'];
    },
    rule: 'procedure/enforcement-officers',
    severity: 'error',
    cites: APL21('第四十二条第一款', 'art. 42(1)'),
  },
  {
    case: L01,
    defect: '调查询问只有一名执法人员（2019）',
    edit: (d) => {
      ev(d, 'inquiry').officers = ['邵建新'];
    },
    rule: 'procedure/enforcement-officers',
    severity: 'error',
    cites: APL17('第三十七条第一款', 'art. 37(1)'),
  },
  {
    case: L25,
    defect: '一名执法人员证件过期，仍参加检查、询问和复查：一个问题',
    edit: (d) => {
      const officer = d.officers.find((o) => o.name === '柳志强');
      if (officer) officer.certificate_valid_to = '2023-11-01';
    },
    rule: 'procedure/enforcement-officers',
    severity: 'error',
    cites: APL21('第四十二条第一款', 'art. 42(1)'),
  },
  {
    case: L39,
    defect: '扣押未延长，至10-20解除，超过三十日',
    edit: (d) => drop(d, 'seizure-extended'),
    rule: 'execution/seizure-term',
    severity: 'error',
    cites: { zh: '行政强制法(2012)第二十五条第一款', en: 'Administrative Compulsion Law (2012) art. 25(1)' },
  },
  {
    case: L22,
    defect: '加处罚款三万六千元，超过罚款三万元',
    edit: (d) => {
      ev(d, 'surcharge').amount = 36000;
    },
    rule: 'execution/late-payment-surcharge',
    severity: 'error',
    cites: APL21('第七十二条第一款第（一）项', 'art. 72(1)(1)'),
  },
  {
    case: L09,
    defect: '所记决定书内容缺少救济途径和期限',
    edit: (d) => {
      const decision = ev(d, 'decision');
      decision.contents = without(decision.contents, 'remedies');
    },
    rule: 'procedure/decision-contents',
    severity: 'error',
    cites: APL21('第五十九条', 'art. 59'),
  },
  {
    case: L01,
    defect: '所记决定书内容缺少履行方式和期限（2019）',
    edit: (d) => {
      const decision = ev(d, 'decision');
      decision.contents = without(decision.contents, 'payment');
    },
    rule: 'procedure/decision-contents',
    severity: 'error',
    cites: APL17('第三十九条', 'art. 39'),
  },
  {
    case: L09,
    defect: '决定书记录为未盖章',
    edit: (d) => {
      for (const x of docs(d)) if (x.id === 'decision') x.sealed = false;
    },
    rule: 'procedure/decision-contents',
    severity: 'error',
    cites: APL21('第五十九条', 'art. 59'),
  },
  {
    case: L21,
    defect: '未记录延期审批：立案后第127日作出决定（2023年办法九十日）',
    edit: (d) => drop(d, 'extension-approved'),
    rule: 'procedure/decision-time-limit',
    severity: 'error',
    cites: ENV23('第五十七条第一款', 'art. 57(1)'),
  },
  {
    case: L01,
    defect: '立案后三个月届满次日作出决定（2010年办法）',
    edit: (d) => {
      ev(d, 'decision').date = '2019-05-14';
      redate(d, 'decision', '2019-05-14');
    },
    rule: 'procedure/decision-time-limit',
    severity: 'error',
    cites: ENV10('第五十五条', 'art. 55'),
  },
  {
    case: L09,
    defect: '当事人申请听证，决定（04-09）早于听证（04-10）：一个问题',
    edit: (d) => {
      ev(d, 'hearing-notice-served').date = '2024-03-29';
      ev(d, 'hearing-held').date = '2024-04-10';
      ev(d, 'hearing-report').date = '2024-04-11';
      d.timeline = [...events(d)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    },
    rule: 'procedure/hearing-request-window',
    severity: 'error',
    related: ['procedure/decision-after-hearing'],
    cites: APL21('第六十四条第（一）项', 'art. 64 item (1)'),
  },
  {
    case: L09,
    defect: '经过听证的案件未经法制审核',
    edit: (d) => {
      drop(d, 'legal-review');
      d.documents = docs(d).filter((x) => x.id !== 'legal-review-opinion');
    },
    rule: 'procedure/legal-review',
    severity: 'error',
    cites: APL21('第五十八条第一款', 'art. 58(1)'),
  },
  {
    case: L07,
    defect: '倾倒危险废物4.2吨达入罪标准，未移送公安机关、未处罚：一个问题（2024）',
    edit: (d) => drop(d, 'transfer-reported', 'transfer-decided', 'transferred'),
    rule: 'penalty/criminal-transfer',
    severity: 'error',
    related: ['execution/closure-approval', 'penalty/unpunished-violation'],
    cites: APL21('第二十七条', 'art. 27'),
  },
  {
    case: L27,
    defect: '总铬超标5.2倍达入罪标准，未移送：一个问题（2022）',
    edit: (d) => drop(d, 'transfer-reported', 'transfer-decided', 'transferred'),
    rule: 'penalty/criminal-transfer',
    severity: 'error',
    related: ['execution/closure-approval', 'penalty/unpunished-violation'],
    cites: APL21('第二十七条', 'art. 27'),
  },
  {
    case: L08,
    defect: '暗管排污应移送行政拘留而未移送（2020）',
    edit: (d) => drop(d, 'transfer-decided', 'transferred'),
    rule: 'penalty/detention-transfer',
    severity: 'error',
    cites: {
      zh: '环境保护法(2015)第六十三条第（三）项',
      en: 'Environmental Protection Law (2015) art. 63 item (3)',
    },
  },
  {
    case: L11,
    defect: '违法事实成立而未处罚、未记录不予处罚理由（无涉罪事实：该罚不罚单独报告）',
    edit: (d) => {
      d.penalty = { kinds: [] };
      delete d.discretion;
    },
    rule: 'penalty/unpunished-violation',
    severity: 'error',
    cites: APL17('第三十八条第一款第（一）项', 'art. 38(1)(1)'),
  },
];

describe('recall sweep: a reviewer’s common defects in lawful cases, one finding each', () => {
  it.each(SWEEP.map((s) => [s.case, s.defect, s] as const))('%s: %s', async (name, _defect, s) => {
    const loaded = await loadCase(fromRoot('fixtures', 'lawful', name), fromRoot());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const data = structuredClone(loaded.loaded.data) as unknown as Data;
    s.edit(data);
    const edited = data as unknown as CaseFileData;
    const zh = await lintCase(edited, { cwd: fromRoot(), asOf: '2026-11-28' });
    const en = await lintCase(edited, { cwd: fromRoot(), asOf: '2026-11-28', lang: 'en' });
    const shown = (r: typeof zh) =>
      (r.results[0]?.findings ?? []).filter((f) => !f.waived && f.severity !== 'info');
    const found = shown(zh);
    expect(found.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([`${s.severity} ${s.rule}`]);
    expect([...(found[0]?.related ?? [])].sort()).toEqual([...(s.related ?? [])].sort());
    const citations = (f: (typeof found)[number]) =>
      `${f.message} ${f.basis.map((b) => b.citation).join(' ')}`;
    expect(citations(found[0]!)).toContain(s.cites.zh);
    expect(citations(shown(en)[0]!)).toContain(s.cites.en);
  });
});
