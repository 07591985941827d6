/** Document texts written from the case record, so that generated documents agree with it (numbers, names, amounts, articles, dates). */
import type { CaseData, DocumentData, TimelineEventData } from '../../src/model/case-data.js';
import type { Case, LawRef } from '../../src/model/case.js';
import type { LawRegistry } from '../../src/law/types.js';
import { formatCitationZh } from '../../src/law/numerals.js';
import { formatDateZh } from '../../src/model/dates.js';
import { formatArabicYuan, formatCapitalYuan } from '../../src/text/numerals.js';
import type { DocContent } from './writers.js';

/** deliberate defects for failing fixtures */
export interface Mutation {
  number?: string;
  creditCode?: string;
  fineCapital?: string;
  fineFigure?: string;
  date?: string;
  basisCite?: string;
  reconsiderationDays?: string;
  /** the reconsideration body written in the decision, instead of the recorded one */
  reconsiderationBody?: string;
  /** figures first, capitals after: 罚款30,000元（大写：人民币叁万元整） */
  fineFigureFirst?: boolean;
  noSeal?: boolean;
  omitProposedFine?: boolean;
  omitHearing?: boolean;
  publicationLeak?: boolean;
}

function lawName(law: LawRegistry, ref: LawRef): string {
  const line = ref.law ? law.line(ref.law) : undefined;
  const name = (line?.name ?? ref.written).replace(/[《》]/g, '');
  return line?.kind === 'law' && !name.startsWith('中华人民共和国')
    ? `《中华人民共和国${name}》`
    : `《${name}》`;
}

function cite(law: LawRegistry, refs: LawRef[]): string {
  // 《A》第X条、第Y条；《B》第Z条 — consecutive provisions of one law share its title
  const parts: string[] = [];
  let previous = '';
  for (const r of refs) {
    const name = lawName(law, r);
    const provision = formatCitationZh({ article: r.article, paragraph: r.paragraph, item: r.item });
    parts.push(name === previous ? provision : `${name}${provision}`);
    previous = name;
  }
  return parts.join('、');
}

function partyLines(d: CaseData, m: Mutation = {}): string[] {
  const p = d.party;
  const out = [`当事人：${p.name}`];
  if (p.credit_code) out.push(`统一社会信用代码：${m.creditCode ?? p.credit_code}`);
  if (p.id_number) out.push(`身份证号码：${p.id_number}`);
  if (p.representative) out.push(`法定代表人：${p.representative}`);
  if (p.address) out.push(`地址：${p.address}`);
  return out;
}

function fineText(fine: number, m: Mutation = {}): string {
  const capital = m.fineCapital ?? formatCapitalYuan(fine);
  const figure = m.fineFigure ?? formatArabicYuan(fine);
  return m.fineFigureFirst ? `罚款${figure}（大写：${capital}）` : `罚款${capital}（${figure}）`;
}

/**
 * The reconsideration body when the record names none: from 2024-01-01 the same-level people's government
 * (行政复议法 2023 §24(1)(1)); before, the party chose it or the higher department (2017 §12(1)).
 */
function defaultReconsiderationBody(agency: string, date: string): string {
  if (date < '2024-01-01') return '本局的上一级主管部门或者本级人民政府';
  const m = /^(.+?)(生态环境局|环境保护局)$/.exec(agency);
  return m?.[1] ? `${m[1]}人民政府` : '本级人民政府';
}

function event(d: CaseData, type: TimelineEventData['event']): TimelineEventData | undefined {
  return d.timeline.find((e) => e.event === type);
}

export function decisionText(c: Case, law: LawRegistry, doc: DocumentData, m: Mutation = {}): DocContent {
  const d = c.data;
  const date = event(d, 'decision')?.date ?? doc.date ?? '';
  const v2021 = date >= '2021-07-15';
  const you =
    d.party.type === 'organization' ? '你单位' : d.party.type === 'individual-business' ? '你户' : '你';
  const p = d.penalty;
  const evidence = (d.violation.evidence ?? []).map((e) => e.description).join('；');
  const r = p.remedies ?? {};
  const lines = [
    `#${d.case.agency}`,
    `#${m.number ?? doc.number ?? d.case.number}`,
    ...partyLines(d, m),
    `经查，${d.violation.facts}`,
    evidence ? `以上事实，有以下证据为证：${evidence}。` : '',
    `${you}的上述行为违反了${cite(law, c.violated)}的规定。`,
    d.discretion?.explanation ?? '',
    `依据${m.basisCite ?? cite(law, c.basis)}的规定，本局决定对${you}作出如下行政处罚：`,
    p.kinds.includes('fine') && p.fine ? `${fineText(p.fine, m)}。` : '',
    p.kinds.includes('warning') ? '警告。' : '',
    p.kinds.includes('fine') && p.fine
      ? `根据《中华人民共和国行政处罚法》${v2021 ? '第六十七条第三款' : '第四十六条第三款'}的规定，${you}应当自收到本决定书之日起${p.payment_days === 15 || p.payment_days === undefined ? '十五' : String(p.payment_days)}日内，将罚款缴至${p.payee?.name ?? '指定银行'}。到期不缴纳罚款的，本局可以每日按罚款数额的百分之三加处罚款。`
      : '',
    `${you}如不服本决定，可以在收到本决定书之日起${m.reconsiderationDays ?? '六十'}日内向${m.reconsiderationBody ?? r.reconsideration_body ?? defaultReconsiderationBody(d.case.agency, date)}申请行政复议，也可以在${r.litigation_months === 6 || r.litigation_months === undefined ? '六' : String(r.litigation_months)}个月内依法向${r.court ?? '人民法院'}提起行政诉讼。申请行政复议或者提起行政诉讼期间，不停止本决定的执行。`,
    `#${d.case.agency}${m.noSeal ? '' : '（印章）'}`,
    `#${m.date ?? formatDateZh(date)}`,
  ];
  return { title: '行政处罚决定书', lines: lines.filter((l) => l !== '') };
}

export function priorNoticeText(c: Case, law: LawRegistry, doc: DocumentData, m: Mutation = {}): DocContent {
  const d = c.data;
  const e = d.timeline.find((x) => x.event === 'prior-notice-served');
  const date = e?.date ?? doc.date ?? '';
  const v2021 = date >= '2021-07-15';
  const you =
    d.party.type === 'organization' ? '你单位' : d.party.type === 'individual-business' ? '你户' : '你';
  const proposed = e?.proposed ?? { kinds: d.penalty.kinds, fine: d.penalty.fine };
  const lines = [
    `#${d.case.agency}`,
    `#${doc.number ?? ''}`,
    `${d.party.name}：`,
    `经查，${d.violation.facts}`,
    `${you}的上述行为违反了${cite(law, c.violated)}的规定。依据${cite(law, c.basis)}的规定，本局拟对${you}作出如下行政处罚：`,
    proposed.fine && !m.omitProposedFine ? `${fineText(proposed.fine)}。` : '罚款。',
    `根据《中华人民共和国行政处罚法》${v2021 ? '第四十四条、第四十五条' : '第三十一条、第三十二条'}的规定，${you}可以在收到本告知书之日起${e?.statement_days === 3 ? '三' : e?.statement_days === 5 ? '五' : String(e?.statement_days ?? '三')}日内向本局提出陈述和申辩，逾期未提出的，视为放弃此权利。`,
    e?.hearing_right && !m.omitHearing
      ? `根据《中华人民共和国行政处罚法》${v2021 ? '第六十三条、第六十四条' : '第四十二条'}的规定，${you}有权要求举行听证。如要求听证，应当在收到本告知书之日起${v2021 ? '五' : '三'}日内提出。`
      : '',
    `#${d.case.agency}（印章）`,
    `#${formatDateZh(date)}`,
  ];
  return {
    title: e?.hearing_right && !m.omitHearing ? '行政处罚事先（听证）告知书' : '行政处罚事先告知书',
    lines: lines.filter((l) => l !== ''),
  };
}

export function publicationText(c: Case, law: LawRegistry, doc: DocumentData, m: Mutation = {}): DocContent {
  const d = c.data;
  const date = event(d, 'decision')?.date ?? '';
  const lines = [
    `行政处罚决定书文号：${d.case.number}`,
    `被处罚单位（个人）：${d.party.name}`,
    d.party.credit_code ? `统一社会信用代码：${d.party.credit_code}` : '',
    d.party.representative ? `法定代表人：${d.party.representative}` : '',
    `主要违法事实：${d.violation.facts}`,
    `处罚依据：${cite(law, c.basis)}`,
    `处罚结果：${d.penalty.fine ? fineText(d.penalty.fine) : '警告'}`,
    m.publicationLeak
      ? `联系人：${d.party.representative ?? ''}，身份证号码11010519491231002X，手机13812345678，开户行账号6222020200112345678`
      : '',
    `作出处罚决定的机关：${d.case.agency}`,
    `作出处罚决定的日期：${formatDateZh(date)}`,
  ];
  return { title: doc.title ?? '行政处罚决定信息公开', lines: lines.filter((l) => l !== '') };
}

const GENERIC_INTRO: Partial<Record<DocumentData['type'], string>> = {
  'filing-form': '经初步审查，当事人涉嫌环境违法行为，符合立案条件，建议立案调查。',
  'inspection-record': '执法人员出示执法证件，告知当事人申请回避的权利和配合调查的义务，进行现场检查。',
  'inquiry-record': '执法人员出示执法证件，告知被询问人依法享有的权利，就案件事实进行询问并如实记录。',
  'service-receipt': '送达文书已由受送达人签收。',
  'investigation-report': '调查终结，现将案件事实、证据和处理建议报告如下。',
  'case-review-form': '经审查，本案事实清楚，证据确凿，程序合法，适用法律正确。',
  'legal-review-opinion': '经法制审核，同意承办部门的处理意见。',
  'recheck-record': '对当事人的陈述申辩意见进行了复核。',
  'closure-form': '本案处罚决定已履行完毕，申请结案。',
  'archive-list': '卷内文件目录。',
  'correction-order': '责令当事人立即改正违法行为。',
  'statement-record': '当事人提出陈述申辩意见。',
};

export function genericText(c: Case, doc: DocumentData): DocContent {
  const d = c.data;
  const served = doc.type === 'service-receipt' ? d.timeline.find((e) => e.proof === doc.id) : undefined;
  const servedDoc = served?.served_document
    ? d.documents?.find((x) => x.id === served.served_document)
    : undefined;
  const lines = [
    `#${d.case.agency}`,
    doc.number ? `#${doc.number}` : '',
    `案由：${d.case.cause}`,
    `当事人：${d.party.name}`,
    servedDoc
      ? `送达文书：${servedDoc.title ?? servedDoc.type}${servedDoc.number ? `（${servedDoc.number}）` : ''}`
      : '',
    served?.method ? `送达方式：${served.method === 'direct' ? '直接送达' : served.method}` : '',
    GENERIC_INTRO[doc.type] ?? '',
    doc.signed_by?.length ? `签名：${doc.signed_by.join('、')}` : '',
    doc.date ? `日期：${formatDateZh(doc.date)}` : '',
  ];
  return { title: doc.title ?? doc.type, lines: lines.filter((l) => l !== '') };
}
