/**
 * The other documents of a case the importer reads besides the decision: the 行政处罚事先（听证）告知书, the
 * 送达回证 and the 立案审批表. Each kind is recognised by its title (first lines), then by its file name.
 */
import type { DocumentType, ServiceMethod } from '../model/case-data.js';
import { clauses, readAmount, amountNote } from './amounts.js';
import { DOC_NUMBER, readSealDate, readSource } from './decision.js';
import { findDates } from './dates.js';
import type { Fields } from './fields.js';
import { compact, sourcedAt, type SourceText } from './source.js';
import { fromChineseNumeral } from '../law/numerals.js';

const TITLES: [RegExp, DocumentType][] = [
  [/送达回证|送达回执|送达凭证/, 'service-receipt'],
  [/(?:事先|听证)(?:（听证）)?告知书|告知书/, 'prior-notice'],
  [/立案(?:审批|登记)表|立案审批/, 'filing-form'],
  [/责令(?:改正|限期改正|停止)[^书]{0,10}决定书/, 'correction-order'],
  [/不予(?:行政)?处罚决定书/, 'other'],
  [/信息公开|公开文本|公示/, 'publication'],
  [/行政处罚决定书|处罚决定书/, 'decision'],
  [/现场检查|勘察笔录/, 'inspection-record'],
  [/调查询问笔录|询问笔录/, 'inquiry-record'],
  [/监测报告|检测报告/, 'monitoring-report'],
  [/调查终结报告|调查报告/, 'investigation-report'],
  [/法制审核/, 'legal-review-opinion'],
  [/集体讨论/, 'collective-discussion-record'],
  [/听证通知书/, 'hearing-notice'],
  [/听证笔录/, 'hearing-record'],
  [/陈述申辩|申辩/, 'statement-record'],
  [/结案/, 'closure-form'],
  [/卷内目录/, 'archive-list'],
  [/缴款|罚没款/, 'payment-receipt'],
  [/照片/, 'photo'],
];

/** the type of a document from its first lines (its title), else from its file name */
export function classify(fileName: string, text: string | undefined): DocumentType {
  const head = compact((text ?? '').split(/\r?\n/).slice(0, 8).join(''));
  for (const [re, type] of TITLES) {
    // a 送达回证 names the served document in its body: the title decides only at the top
    const m = re.exec(head);
    if (m && m.index < 60) return type;
  }
  for (const [re, type] of TITLES) if (re.test(fileName)) return type;
  return 'other';
}

export const TITLE_ZH: Partial<Record<DocumentType, string>> = {
  decision: '行政处罚决定书',
  'prior-notice': '行政处罚事先告知书',
  'service-receipt': '送达回证',
  'filing-form': '立案审批表',
  'correction-order': '责令改正违法行为决定书',
};

export function readNotice(src: SourceText, fields: Fields): void {
  const seal = readSealDate(src);
  if (seal)
    fields.offer('notice.date', { value: seal.iso, doc: src.doc, line: seal.line, note: '告知书落款日期' });
  for (const [i, line] of src.lines.slice(0, 8).entries()) {
    const n = DOC_NUMBER.exec(compact(line));
    if (n) {
      fields.offer('notice.number', { value: n[0], doc: src.doc, line: i + 1 });
      break;
    }
  }
  for (const c of clauses(src.flat)) {
    if (/拟/.test(c.text) && /罚款/.test(c.text)) {
      const from = c.text.indexOf('罚款');
      const a = readAmount(c.text.slice(from), c.index + from) ?? readAmount(c.text, c.index);
      if (a?.value !== undefined)
        fields.offer('notice.proposed_fine', sourcedAt(src, a.index, a.value, amountNote(a)));
      break;
    }
  }
  const hearing = /(?:有权|可以)?(?:要求|申请)(?:举行)?听证/.exec(src.flat);
  fields.offer('notice.hearing_right', sourcedAt(src, hearing?.index ?? 0, hearing !== null));
  const days = /([0-9一二三四五六七八九十]{1,2})(?:个工作日|日)内[^。]{0,40}(?:陈述|申辩|听证)/.exec(
    src.flat,
  );
  const d = days?.[1] ? fromChineseNumeral(days[1]) : undefined;
  if (days && d) fields.offer('notice.statement_days', sourcedAt(src, days.index, d));
}

const METHODS: [RegExp, ServiceMethod][] = [
  [/留置/, 'left-at-residence'],
  [/邮寄|EMS|挂号/, 'mail'],
  [/电子|邮箱|短信/, 'electronic'],
  [/公告/, 'public-notice'],
  [/委托/, 'entrusted'],
  [/当场/, 'on-the-spot'],
  [/直接/, 'direct'],
];

/** A 送达回证: which document was served (by its title or number), when and how. */
export function readReceipt(src: SourceText): {
  served?: DocumentType;
  number?: string;
  date?: { iso: string; line: number };
  method?: { value: ServiceMethod; line: number };
} {
  const out: ReturnType<typeof readReceipt> = {};
  const served = /(?:送达文书|文书名称|送达的文书|受送达文书)(?:名称)?(?:及文号)?[:：]?([^：:]{0,40})/.exec(
    src.flat,
  );
  const name = served?.[1] ?? src.flat.slice(0, 200);
  if (/决定书/.test(name) && !/责令/.test(name)) out.served = 'decision';
  else if (/告知书/.test(name)) out.served = 'prior-notice';
  else if (/责令/.test(name)) out.served = 'correction-order';
  const n = DOC_NUMBER.exec(name);
  if (n) out.number = n[0];
  const when = /(?:送达(?:时间|日期)|签收(?:时间|日期)|收件(?:时间|日期)|收到日期)[:：]?/.exec(src.flat);
  const dates = findDates(when ? src.flat.slice(when.index) : src.flat);
  const d = dates[0];
  if (d) out.date = { iso: d.iso, line: sourcedAt(src, (when?.index ?? 0) + d.index, 0).line };
  const how = /送达方式[:：]?([^：:]{0,12})/.exec(src.flat);
  for (const [re, m] of METHODS) {
    const hit = re.exec(how?.[1] ?? '');
    if (hit) {
      out.method = { value: m, line: sourcedAt(src, how?.index ?? 0, 0).line };
      break;
    }
  }
  return out;
}

export function readFilingForm(src: SourceText, fields: Fields): void {
  const n =
    /(?:立案编号|案件编号|编号|文号)[:：]?([\u4e00-\u9fa5A-Za-z]{1,16}[〔[（(【]\d{4}[〕\]）)】]第?[0-9A-Za-z-]{1,20}号)/.exec(
      src.flat,
    );
  if (n?.[1]) fields.offer('case.filing_number', sourcedAt(src, n.index, n[1]));
  else {
    // a number line of its own under the title (沪普环立〔2020〕35号)
    for (const [i, line] of src.lines.slice(0, 6).entries()) {
      const m = DOC_NUMBER.exec(compact(line));
      if (m) {
        fields.offer('case.filing_number', { value: m[0], doc: src.doc, line: i + 1 });
        break;
      }
    }
  }
  const cause = /案由[:：]([^：:]{4,80}?)(?=(?:案件来源|当事人|立案|承办|简要案情|$))/.exec(src.flat);
  if (cause?.[1]) fields.offer('case.cause', sourcedAt(src, cause.index, cause[1].replace(/[。；，]$/, '')));
  const source = sourceValue(src);
  if (source) readSource(src, fields, source, true);
  readFilingPeople(src, fields);
  const filed = /(?:立案(?:时间|日期)|审批(?:时间|日期)|批准(?:时间|日期))[:：]?/.exec(src.flat);
  const d = filed ? findDates(src.flat.slice(filed.index))[0] : undefined;
  if (filed && d) fields.offer('filing.date', sourcedAt(src, filed.index + d.index, d.iso));
  else {
    // the approval's date: the date under the seal, else the last date of the form (日期：2020年8月21日)
    const seal = readSealDate(src);
    const last = findDates(src.flat).at(-1);
    if (seal)
      fields.offer('filing.date', { value: seal.iso, doc: src.doc, line: seal.line, note: '审批栏最后日期' });
    else if (last) fields.offer('filing.date', sourcedAt(src, last.index, last.iso, '审批栏最后日期'));
  }
}

/** a person's name as a form writes it: 2–4 characters, not a word of the form (同意立案, 签字, 日期 …) */
function personName(word: string): boolean {
  return /^[\u4e00-\u9fa5·]{2,4}$/.test(word) && !/同意|批准|立案|意见|签字|签名|日期|年|月|日$/.test(word);
}

/**
 * The people a filing form names: its 承办人 (the officers in charge) and, in the approval part (审批意见 …), the
 * head who approved (负责人/审批人/批准人). Names only; a word that is not a name (同意立案) is not taken.
 */
function readFilingPeople(src: SourceText, fields: Fields): void {
  for (const [i, line] of src.lines.entries()) {
    const m = /承办人(?:员)?(?:签名|签字)?[:：]\s*([\u4e00-\u9fa5·、，,\s]{2,30})/.exec(line);
    if (!m?.[1]) continue;
    const names = m[1]
      .trim()
      .split(/[、，,\s]+/)
      .filter(personName);
    if (names.length > 0) fields.offer('filing.handlers', { value: names, doc: src.doc, line: i + 1 });
    break;
  }
  const approval = src.lines.findIndex((l) => /审批意见|审批栏|负责人意见|领导意见|批准意见/.test(l));
  if (approval < 0) return;
  for (const [k, line] of src.lines.slice(approval).entries()) {
    for (const m of line.matchAll(
      /(?:负责人|审批人|批准人)(?:签名|签字)?[:：]\s*([\u4e00-\u9fa5·]{2,4})(?=\s|\d|$)/g,
    )) {
      if (m[1] && personName(m[1])) {
        fields.offer('filing.approved_by', { value: m[1], doc: src.doc, line: approval + k + 1 });
        return;
      }
    }
  }
}

const CHECKED = /[☑■√☒✓✔]/;

/**
 * The value of a filing form's 案件来源 field, read on its line: the word after it (案件来源：日常监督检查  案由：…),
 * or, on a form of boxes (案件来源：□双随机 ☑日常检查 □信访), the option after the ticked box only.
 */
function sourceValue(src: SourceText): string | undefined {
  for (const line of src.lines) {
    const m = /案件来源[:：]\s*(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const rest = m[1];
    const ticked = CHECKED.exec(rest);
    if (ticked) return /^[^\s□☐☑■√☒✓✔]+/.exec(rest.slice(ticked.index + 1).trimStart())?.[0];
    if (/[□☐]/.test(rest)) return undefined; // boxes, none ticked
    return /^[^\s，。；,;]+/.exec(rest)?.[0]?.replace(/[\u4e00-\u9fa5]{2,6}[:：].*$/, '');
  }
  return undefined;
}
