/**
 * Reading a 行政处罚决定书: the header (number, agency, party), the facts, the violated and basis provisions, the
 * operative part (penalty kinds, fine, orders, payment period), the remedies and the date under the seal.
 * Written for the genre (the model texts of 生态环境部 and the layouts bureaus actually use), not for one template:
 * fields are found by their labels and by the structure of the document, in any order.
 */
import type { LawRefData, PenaltyKind } from '../model/case-data.js';
import { fromChineseNumeral } from '../law/numerals.js';
import { clauses, readAmount, amountNote } from './amounts.js';
import { findCitations, citationKey } from './citations.js';
import { findDates, CHINESE_DATE, parseChineseDate } from './dates.js';
import type { Fields } from './fields.js';
import { compact, sourcedAt, flatStartOfLine, type SourceText, type Sourced } from './source.js';

/** 沪普环罚〔2020〕12号, 宝环罚字[2019]第0038号, 京环罚字（2021）第12-3号 … */
export const DOC_NUMBER =
  /(?:[\u4e00-\u9fa5A-Za-z]|[（(][\u4e00-\u9fa5]{1,4}[）)]){1,16}[〔[（(【]\d{4}[〕\]）)】][第0-9A-Za-z-]{1,24}号/;
/** a number line of its own without a bracketed year: 第2220190045号 (Shanghai Pudong style) */
const BARE_NUMBER = /^(?:文号|编号)?[:：]?(第?[0-9A-Za-z-]{4,24}号)$/;

const AGENCY_END =
  '(?:生态环境局|环境保护局|环保局|生态环境厅|环境保护厅|生态环境委员会|环境局|分局|支队|大队|管理局|委员会|人民政府|管理委员会|局)';
const AGENCY = new RegExp(`^([\\u4e00-\\u9fa5（）()]{2,40}?${AGENCY_END})`);

const PARTY_KEYS =
  /^(?:当事人(?:名称|姓名)?|被处罚(?:单位|人)(?:名称)?|单位名称|企业名称|名称|姓名|被处罚对象)[:：]/;
const REP_KEYS =
  /^(?:法定代表人|主要负责人|负责人|经营者|投资人|执行事务合伙人|法人代表)(?:（[^）]*）)?[:：]/;
const ADDRESS_KEYS =
  /^(?:地址|住所|住址|住所地|经营场所|经营地址|注册地址|生产经营场所|单位地址|生产地址|家庭住址|联系地址|地\s*址)[:：]/;

const ORG_NAME =
  /(?:公司|厂|店|中心|合作社|医院|诊所|学校|研究所|事务所|所|站|场|部|社|馆|院|集团|企业|行|坊|园|门市)(?:（[^）]*）)?$/;

function stripTrailingParen(name: string): string {
  // （以下简称XX公司）, （统一社会信用代码：…） belong to the sentence, not the name; （集团）（普通合伙） stay
  // （个体工商户） is a note on the kind of party, not part of its registered name
  return name
    .replace(/[（(][^（）()]*(?:简称|代码|[:：]|身份证|注册号|个体工商户)[^（）()]*[）)]$/, '')
    .trim();
}

/** the header: lines before the facts begin */
function headerEnd(src: SourceText): number {
  const limit = Math.min(src.lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const l = compact(src.lines[i] ?? '');
    if (
      /^(?:[一1][、.．]|（一）|第一部分)/.test(l) ||
      /^(?:经查|经调查|我局于|本局于|我局执法人员|本机关于|你(?:单位|公司|厂)?(?:于|在|自))/.test(l) ||
      /违法事实|调查核实|发现你|进行了?(?:现场)?(?:检查|调查)/.test(l)
    )
      return i;
  }
  return Math.min(src.lines.length, 20);
}

const NEXT_KEY =
  /(?<=[^，,；;：:\s])((?:统一)?社会信用代码|营业执照注册号|注册号|组织机构代码|法定代表人|主要负责人|负责人|经营者|投资人|(?:公民)?身份(?:证件?)?(?:号码|号)|住所地?|住址|地址|经营场所|单位地址|性别|联系电话)(?=[:：（(])/g;

/** "key：value，key：value" segments of the header lines */
function headerSegments(src: SourceText, end: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < end; i++) {
    const line = compact(src.lines[i] ?? '');
    if (line === '') continue;
    // "当事人：某公司 统一社会信用代码：… 法定代表人：…" on one line: a new key starts a new segment
    const keyed = line.replace(NEXT_KEY, '，$1');
    for (const c of clauses(keyed)) out.push({ text: c.text, line: i + 1 });
  }
  return out;
}

function readNumber(src: SourceText, fields: Fields, end: number): void {
  for (let i = 0; i < Math.max(end, 3) && i < src.lines.length; i++) {
    const line = compact(src.lines[i] ?? '');
    if (/告知书|通知书/.test(line) && !/决定书/.test(line)) continue;
    const m = DOC_NUMBER.exec(line.replace(/^(?:文号|编号|决定书文号)[:：]/, '')) ?? BARE_NUMBER.exec(line);
    if (m) {
      fields.set('case.number', { value: m[1] ?? m[0], doc: src.doc, line: i + 1 });
      return;
    }
  }
  fields.miss('case.number', { why: '决定书开头未见文号', doc: src.doc });
}

function agencyFrom(text: string): string | undefined {
  const t = text.replace(/（(?:印章|盖章|公章)）|\((?:印章|盖章|公章)\)|行政处罚决定书.*$/g, '');
  const m = AGENCY.exec(t);
  if (!m?.[1]) return undefined;
  const name = m[1];
  if (/^(?:当事人|你|我|本|根据|依据)/.test(name) || name.length < 4) return undefined;
  return name;
}

function dateOnly(line: string): { iso: string; rest: string } | undefined {
  const l = compact(line).replace(/[（(](?:印章|盖章|公章|章)[）)]/g, '');
  const m = new RegExp(`(${CHINESE_DATE.source})$`).exec(l);
  if (!m) return undefined;
  const d = new RegExp(CHINESE_DATE.source).exec(m[1] ?? '');
  const iso = d ? parseChineseDate(d[1] ?? '', d[2] ?? '', d[3] ?? '') : undefined;
  if (!iso) return undefined;
  const rest = l.slice(0, l.length - (m[1] ?? '').length);
  if (rest.length > 40 || /[，。；：:]/.test(rest)) return undefined;
  return { iso, rest };
}

/**
 * The date under the seal: the last line that holds only a date (possibly after the agency's name or a seal
 * mark). Returns its line index, so the agency can be read just above it.
 */
export function readSealDate(src: SourceText): { iso: string; line: number; agency?: string } | undefined {
  for (let i = src.lines.length - 1; i >= 0; i--) {
    const d = dateOnly(src.lines[i] ?? '');
    if (!d) continue;
    let agency = d.rest ? agencyFrom(d.rest) : undefined;
    for (let k = i - 1; agency === undefined && k >= Math.max(0, i - 3); k--) {
      const above = compact(src.lines[k] ?? '');
      if (above === '' || /^[（(]?(?:印章|盖章|公章)[）)]?$/.test(above)) continue;
      agency = agencyFrom(above);
      break;
    }
    return agency ? { iso: d.iso, line: i + 1, agency } : { iso: d.iso, line: i + 1 };
  }
  return undefined;
}

function readParty(src: SourceText, fields: Fields, end: number): void {
  const segs = headerSegments(src, end);
  let nameSeg: { text: string; line: number } | undefined;
  for (const s of segs) {
    if (PARTY_KEYS.test(s.text)) {
      nameSeg = s;
      break;
    }
  }
  const name = nameSeg ? stripTrailingParen(nameSeg.text.replace(PARTY_KEYS, '')) : undefined;
  let nameLine = nameSeg?.line;
  let partyName = name;
  if (!partyName) {
    // a salutation line "上海某某有限公司：" before the facts
    for (let i = 0; i < end; i++) {
      const l = compact(src.lines[i] ?? '');
      const m = /^([^：:，,。]{2,40})[:：]$/.exec(l);
      if (m?.[1] && !/决定书|文号|编号/.test(m[1])) {
        partyName = m[1];
        nameLine = i + 1;
        break;
      }
    }
  }
  if (partyName && nameLine !== undefined)
    fields.set('party.name', { value: partyName, doc: src.doc, line: nameLine });
  else fields.miss('party.name', { why: '决定书开头未见当事人', doc: src.doc });

  // the header as one text: a code broken over two lines is read whole
  const header = src.flat.slice(0, flatStartOfLine(src, end + 1));
  const lineOfText = (needle: string): number => segs.find((s) => s.text.includes(needle))?.line ?? 1;
  let person = false;
  let organisation = false;

  // 统一社会信用代码 (18 characters); a masked code is not recorded
  // the label may name the old number beside it (统一社会信用代码/注册号：…, 统一社会信用代码（注册号）：…)
  const found =
    /(?:统一)?社会信用代码(?:证号)?(?:[/／、或]|[（(])?((?:营业执照)?注册号(?:码)?)?[）)]?(?:为|是)?[:：]?([0-9A-Za-z*＊×]{8,20})/.exec(
      header,
    );
  // under such a label, 13–15 digits are an old 注册号, read below
  const credit = found?.[1] && /^[0-9]{13,15}$/.test(found[2] ?? '') ? undefined : found;
  if (credit?.[2]) {
    organisation = true;
    const code = credit[2].toUpperCase();
    const line = lineOfText(credit[2]);
    if (/[*＊×]/.test(code))
      fields.miss('party.credit_code', {
        why: `统一社会信用代码已遮蔽（${code}），无法录入`,
        doc: src.doc,
        line,
      });
    else if (code.length !== 18)
      fields.miss('party.credit_code', {
        why: `统一社会信用代码“${code}”不是18位，未录入`,
        doc: src.doc,
        line,
      });
    else fields.set('party.credit_code', { value: code, doc: src.doc, line });
  }
  const reg = /(?:营业执照)?注册号(?:码)?(?:为)?[:：]?([0-9*＊]{13,15})/.exec(header);
  if (reg?.[1] && !credit) {
    organisation = true;
    fields.miss('party.credit_code', {
      why: `决定书只载明营业执照注册号 ${reg[1]}（旧注册号，不是统一社会信用代码）`,
      doc: src.doc,
      line: lineOfText(reg[1]),
    });
  }
  const org = /组织机构代码(?:证号)?[:：]?([0-9A-Za-z*＊-]{8,12})/.exec(header);
  if (org?.[1] && !credit && !reg)
    fields.miss('party.credit_code', {
      why: `决定书只载明组织机构代码 ${org[1]}（不是统一社会信用代码）`,
      doc: src.doc,
      line: lineOfText(org[1]),
    });

  const id = /(?:公民)?身份(?:证件?)?(?:号码|号)?(?:为)?[:：]?([0-9Xx*＊]{15,18})/.exec(header);
  if (id?.[1]) {
    const code = id[1].toUpperCase();
    const line = lineOfText(id[1]);
    const representativeId = /(?:法定代表人|负责人|经营者)[^，]*身份/.test(header) && organisation;
    if (!representativeId) {
      person = true;
      if (/[*＊]/.test(code))
        fields.miss('party.id_number', { why: `身份证号已遮蔽（${code}），无法录入`, doc: src.doc, line });
      else if (code.length !== 18)
        fields.miss('party.id_number', { why: `身份证号“${code}”不是18位，未录入`, doc: src.doc, line });
      else fields.set('party.id_number', { value: code, doc: src.doc, line });
    }
  }

  for (const s of segs) {
    if (REP_KEYS.test(s.text)) {
      const value = stripTrailingParen(s.text.replace(REP_KEYS, '')).replace(/（[^）]*）$/, '');
      if (value && value.length <= 20) {
        if (/^(?:经营者|投资人)/.test(s.text) && value === partyName) continue;
        organisation ||= /^(?:法定代表人|主要负责人|负责人|法人代表|执行事务合伙人)/.test(s.text);
        fields.offer('party.representative', { value, doc: src.doc, line: s.line });
      }
    }
  }
  for (let i = 0; i < end; i++) {
    const line = compact(src.lines[i] ?? '');
    for (const c of clauses(line)) {
      if (ADDRESS_KEYS.test(c.text)) {
        // an address may contain commas: take the rest of the line up to the next key
        const rest = line.slice(c.index).replace(ADDRESS_KEYS, '');
        const value = rest.split(/[，,；;](?=[\u4e00-\u9fa5]{2,8}[:：])|[；;。]/)[0] ?? '';
        if (value) fields.offer('party.address', { value, doc: src.doc, line: i + 1 });
      }
    }
  }
  if (/(?:性别|[，,](?:男|女)[，,]|出生|民族|汉族)/.test(header)) person = true;
  if (partyName && ORG_NAME.test(partyName)) organisation = true;
  const type = organisation ? 'organization' : person ? 'person' : undefined;
  if (type && nameLine !== undefined)
    fields.set('party.type', {
      value: type,
      doc: src.doc,
      line: nameLine,
      note: organisation ? '据单位名称、统一社会信用代码或法定代表人判断' : '据性别、出生或身份证号判断',
    });
  else fields.miss('party.type', { why: '无法判断当事人是单位还是个人', doc: src.doc });
}

/** the facts: from the start of the body to the sentence that says which provision was violated */
function readFacts(src: SourceText, fields: Fields, end: number): void {
  const start = flatStartOfLine(src, end + 1);
  const body = src.flat.slice(start);
  const stop = body.search(
    /以上事实|上述事实|上述(?:违法)?行为|你(?:单位|公司|厂)?的?上述行为|该行为|(?:以上|上述)行为|违反了|违反《|证据如下|有以下证据|主要证据/,
  );
  if (stop <= 0) {
    fields.miss('violation.facts', { why: '未能分出违法事实段落', doc: src.doc });
    return;
  }
  let facts = body.slice(0, stop);
  facts = facts.replace(/^(?:[一1][、.．])?(?:环境)?违法事实(?:和|及)?(?:证据)?[:：]?/, '');
  facts = facts.replace(/^(?:[一1][、.．])?[^。]{0,20}(?:事实|证据)(?:和|及)?(?:证据|理由)?[:：]?/, '');
  if (facts.length < 10) {
    fields.miss('violation.facts', { why: '未能分出违法事实段落', doc: src.doc });
    return;
  }
  fields.set('violation.facts', sourcedAt(src, start, facts));
}

function citationsOf(src: SourceText, fields: Fields): void {
  const seen = new Set<string>();
  for (const c of findCitations(src.flat)) {
    if (c.role === 'other') continue;
    const path = c.role === 'violated' ? 'violation.violated' : 'violation.basis';
    const key = `${path}|${citationKey(c)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ref: LawRefData = { law: c.law, article: c.article };
    if (c.paragraph !== undefined) ref.paragraph = c.paragraph;
    if (c.item !== undefined) ref.item = c.item;
    fields.push(path, sourcedAt(src, c.index, ref, c.text));
  }
  if (fields.list('violation.violated').length === 0)
    fields.miss('violation.violated', { why: '未见“违反《…》第…条”的表述', doc: src.doc });
  if (fields.list('violation.basis').length === 0)
    fields.miss('violation.basis', { why: '未见“依据《…》第…条”的处罚依据', doc: src.doc });
}

export const KIND_WORDS: [RegExp, PenaltyKind][] = [
  [/警告/, 'warning'],
  [/通报批评/, 'criticism'],
  [/罚款/, 'fine'],
  [/没收违法所得/, 'confiscate-gains'],
  [/没收(?:非法财物|违法财物|用于违法|.{0,10}(?:工具|设备|物品))/, 'confiscate-property'],
  [/暂扣.{0,8}(?:许可证|执照|证件)/, 'suspend-licence'],
  [/降低资质等级/, 'lower-qualification'],
  [/吊销.{0,8}(?:许可证|执照|证件|证书)/, 'revoke-licence'],
  [/限制(?:开展)?生产(?:经营活动)?/, 'restrict-production'],
  [/停产整治/, 'suspend-rectify'],
  [/责令停产停业|责令停业|停产停业/, 'suspend-business'],
  [/责令关闭|予以关闭/, 'close'],
  [/限制从业/, 'restrict-practice'],
  [/禁止从业/, 'ban-practice'],
  [/不得申请(?:行政)?许可/, 'no-licence-period'],
];

/** the operative part: from "决定…如下" to the remedies */
function operative(flat: string): { start: number; end: number } {
  const marker =
    /(?:作出|给予|予以|处以)?如下(?:行政)?处罚|处罚决定如下|决定如下|现决定|(?:我局|本局|本机关|我厅|我委)(?:依法)?决定|决定(?:对你|给予|处以|责令)/g;
  let start = -1;
  for (const m of flat.matchAll(marker)) {
    const before = flat.slice(Math.max(0, m.index - 12), m.index);
    if (/拟|告知/.test(before)) continue;
    start = m.index;
  }
  if (start < 0) {
    const basis = flat.search(/(?:依据|根据|按照)《/);
    start = basis < 0 ? 0 : basis;
  }
  const tail = flat.slice(start);
  const remedies = tail.search(/申请(?:行政)?复议|如不服|如对本(?:处罚)?决定不服|提起(?:行政)?诉讼/);
  return { start, end: remedies < 0 ? flat.length : start + remedies };
}

function readOperative(src: SourceText, fields: Fields): void {
  const { start, end } = operative(src.flat);
  const part = src.flat.slice(start, end);
  const kinds = new Set<PenaltyKind>();
  let fineDone = false;
  const list = clauses(part, start);
  // several violations fined separately and added up (分别裁量、合并处罚): the decided fine is the total
  // (以上合计罚款人民币贰拾壹万元整), not the first item
  const total = list
    .filter((c) => /(?:合计|共计|总计)(?:处以?)?罚款|罚款(?:金额)?(?:合计|共计|总计)/.test(c.text))
    .map((c) => readAmount(c.text, c.index))
    .find((a) => a !== undefined);
  if (total) {
    fineDone = true;
    if (total.value !== undefined)
      fields.set('penalty.fine', sourcedAt(src, total.index, total.value, `合计，${amountNote(total)}`));
    else
      fields.miss('penalty.fine', {
        why: amountNote(total),
        doc: src.doc,
        line: sourcedAt(src, total.index, 0).line,
      });
  }
  for (const [k, c] of list.entries()) {
    const t = c.text;
    if (
      /拟|加处罚款|逾期|滞纳|缴纳|缴至|缴入|收缴|账户|银行/.test(t) &&
      !/处以?罚款|罚款人民币|处.{0,16}罚款$/.test(t)
    )
      continue;
    if (
      /^(?:责令|并责令|同时责令)|责令你|责令(?:立即|限期)/.test(t) &&
      !/停产整治|停产停业|停业|关闭/.test(t)
    ) {
      const deadline = findDates(t)[0];
      const order: { text: string; deadline?: string } = {
        text: t.replace(/^(?:并|同时|二是|一是|[0-9一二三四五]+[、.．])/, ''),
      };
      if (deadline && /前|之前|以前|内/.test(t.slice(deadline.index))) order.deadline = deadline.iso;
      fields.push('penalty.orders', sourcedAt(src, c.index, order));
      continue;
    }
    for (const [re, kind] of KIND_WORDS) {
      if (!re.test(t) || kinds.has(kind)) continue;
      if (kind === 'fine' && /没收违法所得/.test(t) && !/罚款/.test(t.replace(/没收违法所得/, ''))) continue;
      kinds.add(kind);
      fields.push('penalty.kinds', sourcedAt(src, c.index + (re.exec(t)?.index ?? 0), kind));
    }
    if (/没收违法所得/.test(t) && !fields.get('penalty.confiscated_gains')) {
      const a = readAmount(t.slice(t.indexOf('没收违法所得')), c.index + t.indexOf('没收违法所得'));
      if (a?.value !== undefined)
        fields.set('penalty.confiscated_gains', sourcedAt(src, a.index, a.value, amountNote(a)));
    }
    if (!fineDone && /罚款/.test(t)) {
      const from = t.indexOf('罚款');
      // 罚款人民币叁万元整 / 处30000元罚款: the amount after 罚款, else the one before it, else in a clause
      // that goes on 即人民币… (处以总投资额百分之二的罚款，即人民币肆拾捌万元整)
      const after = readAmount(t.slice(from), c.index + from);
      const next = list[k + 1];
      const a =
        after ??
        readAmount(t, c.index) ??
        (next && /^(?:即|计|合计|共计|金额为?|数额为?)/.test(next.text)
          ? readAmount(next.text, next.index)
          : undefined);
      if (a) {
        fineDone = true;
        if (a.value !== undefined)
          fields.set('penalty.fine', sourcedAt(src, a.index, a.value, amountNote(a)));
        else
          fields.miss('penalty.fine', {
            why: amountNote(a),
            doc: src.doc,
            line: sourcedAt(src, a.index, 0).line,
          });
      }
    }
  }
  if (kinds.size === 0) fields.miss('penalty.kinds', { why: '决定部分未见处罚种类', doc: src.doc });
  if (kinds.has('fine') && !fineDone)
    fields.miss('penalty.fine', { why: '决定罚款，但未见罚款数额', doc: src.doc });
  const pay =
    /(?:之日起|后)([0-9一二三四五六七八九十]{1,3})日内(?:[^。；]{0,30})?(?:缴纳|缴至|缴入|缴清|履行)/.exec(
      part,
    );
  const days = pay?.[1] ? fromChineseNumeral(pay[1]) : undefined;
  if (pay && days) fields.set('penalty.payment_days', sourcedAt(src, start + pay.index, days));
  // 到 only as "to" (到指定银行缴纳), not as the end of 收到/接到/送达到 (收到本决定书之日起…缴至指定银行)
  const bank = /(?:缴至|缴入|缴纳至|(?<![收接达])到)([^。；，]{2,40}?(?:银行|代收网点|营业网点))/.exec(part);
  if (bank?.[1])
    fields.set('penalty.payee', sourcedAt(src, start + bank.index, { kind: 'bank', name: bank[1] }));
}

function readRemedies(src: SourceText, fields: Fields): void {
  const flat = src.flat;
  const r =
    /([0-9一二三四五六七八九十]{1,3})日内(?:[^。；]{0,20}?)向([^。；，]{2,60}?)申请(?:行政)?复议/.exec(flat);
  if (r) {
    const days = fromChineseNumeral(r[1] ?? '');
    if (days) fields.set('penalty.remedies.reconsideration_days', sourcedAt(src, r.index, days));
    if (r[2])
      fields.set(
        'penalty.remedies.reconsideration_body',
        sourcedAt(src, r.index, r[2].replace(/^(?:本局的?上一级主管部门)?/, '')),
      );
  }
  const l =
    /([0-9一二三四五六七八九十]{1,2})个月内(?:[^。；]{0,20}?)(?:向([^。；，]{2,40}?法院))?(?:依法)?提起(?:行政)?诉讼/.exec(
      flat,
    );
  if (l) {
    const months = fromChineseNumeral(l[1] ?? '');
    if (months) fields.set('penalty.remedies.litigation_months', sourcedAt(src, l.index, months));
    if (l[2]) fields.set('penalty.remedies.court', sourcedAt(src, l.index, l[2]));
  }
}

/** the decision text's own account of the prior notice and hearing: 于2023年6月1日向你单位送达了《…告知书》 */
function readNoticeMention(src: SourceText, fields: Fields): void {
  for (const c of clauses(src.flat)) {
    if (!/告知书/.test(c.text) || /拟/.test(c.text.slice(0, c.text.indexOf('告知书')))) continue;
    const d = findDates(c.text)[0];
    if (!d) continue;
    if (/送达|告知|发出|下达/.test(c.text)) {
      fields.offer(
        'notice.served',
        sourcedAt(src, c.index + d.index, d.iso, '决定书所述事先告知书送达（告知）日期'),
      );
      const n = DOC_NUMBER.exec(c.text);
      if (n) fields.offer('notice.number', sourcedAt(src, c.index + n.index, n[0]));
      if (/听证/.test(c.text)) fields.offer('notice.hearing_right', sourcedAt(src, c.index, true));
      break;
    }
  }
  for (const c of clauses(src.flat)) {
    if (/^拟|拟(?:对你|给予|处以|作出)/.test(c.text) && /罚款/.test(c.text)) {
      const a =
        readAmount(c.text.slice(c.text.indexOf('罚款')), c.index + c.text.indexOf('罚款')) ??
        readAmount(c.text, c.index);
      if (a?.value !== undefined)
        fields.offer('notice.proposed_fine', sourcedAt(src, a.index, a.value, amountNote(a)));
      break;
    }
  }
  const held = /举行了?听证|听证会/.exec(src.flat);
  if (held && !/放弃|未(?:申请|要求)|逾期/.test(src.flat.slice(Math.max(0, held.index - 30), held.index)))
    fields.offer('hearing.held', sourcedAt(src, held.index, true));
}

const SOURCES: [RegExp, string][] = [
  [/双随机|随机抽查/, '双随机'],
  [/12369/, '12369'],
  [/12345/, '12345'],
  [/信访/, '信访'],
  [/举报|投诉/, '举报'],
  [/移送|移交|转办|交办/, '移送'],
  [/督察/, '督察'],
  [/自动监控|在线监控|在线监测.{0,6}(?:超标|报警)/, '自动监控'],
  // 日常检查, 日常执法检查, 日常监督检查, 日常环境监管巡查 …
  [/日常[\u4e00-\u9fa5]{0,4}?(?:检查|巡查)|例行检查/, '日常检查'],
];

/**
 * The case source from words of a text. `labelled`: the text is the value of a 案件来源 field, so a value that
 * matches none of the format's sources is said to need a choice (not "not stated").
 */
export function readSource(
  src: SourceText,
  fields: Fields,
  within: string = src.flat,
  labelled = false,
): void {
  const sources: [RegExp, string][] = labelled ? [...SOURCES, [/^其他(?:来源)?$/, '其他']] : SOURCES;
  for (const [re, value] of sources) {
    const m = re.exec(within);
    if (m) {
      fields.offer('case.source', sourcedAt(src, src.flat.indexOf(m[0]), value, `据“${m[0]}”判断`));
      return;
    }
  }
  if (labelled)
    fields.miss('case.source', {
      why: `载明案件来源“${within}”，与格式中的来源不对应，占位值“其他”，须人工选择`,
      doc: src.doc,
      line: sourcedAt(src, src.flat.indexOf(within), 0).line,
    });
}

/** Reads a decision into `fields`. */
export function readDecision(src: SourceText, fields: Fields): void {
  const end = headerEnd(src);
  readNumber(src, fields, end);
  readParty(src, fields, end);
  const seal = readSealDate(src);
  if (seal) {
    fields.set('decision.date', { value: seal.iso, doc: src.doc, line: seal.line, note: '落款日期' });
    if (seal.agency)
      fields.set('case.agency', {
        value: seal.agency,
        doc: src.doc,
        line: seal.line - (seal.agency ? 1 : 0),
        note: '落款机关',
      });
  } else fields.miss('decision.date', { why: '未见落款日期', doc: src.doc });
  if (!fields.get('case.agency')) {
    for (let i = 0; i < Math.min(end, 6); i++) {
      const a = agencyFrom(compact(src.lines[i] ?? ''));
      if (a) {
        fields.set('case.agency', { value: a, doc: src.doc, line: i + 1, note: '文首机关名称' });
        break;
      }
    }
  }
  if (!fields.get('case.agency')) fields.miss('case.agency', { why: '未见作出决定的机关名称', doc: src.doc });
  readFacts(src, fields, end);
  citationsOf(src, fields);
  readOperative(src, fields);
  readRemedies(src, fields);
  readNoticeMention(src, fields);
  const facts = fields.get<string>('violation.facts');
  readSource(src, fields, facts?.value ?? src.flat.slice(0, operative(src.flat).start));
}

export type { Sourced };
