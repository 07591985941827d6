/**
 * A published decision text must not disclose natural persons' data: 身份证号, personal mobiles, home addresses,
 * personal bank accounts (not the agency's telephone, the fine-collection account or a company switchboard).
 * 行政处罚法 2021 §48 (publication) and §50 (confidentiality of personal privacy); 生态环境行政处罚办法 (2023)
 * §64 (redact personal data and bank accounts before disclosure); 环境行政处罚办法 (2010) §72 (privacy excepted).
 * Each hit points at its line and column in the extracted text.
 */
import type { Case } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, position, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

const ID_NUMBER =
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
/** first-generation 15-digit ID numbers (valid until 2013), only when labelled */
const OLD_ID_CONTEXT = /(?:身份证|身份号码|证件号)[^\n\d]{0,8}(\d{15})(?!\d)/g;
const ACCOUNT_CONTEXT = /(?:账号|帐号|账户|帐户|卡号)[:：\s]*((?:\d[\s-]?){10,29}\d)/g;
const LONG_DIGITS = /(?<!\d)\d{16,19}(?!\d)/g;
/** labels used for a natural person's home address (an organisation's seat is its 住所) */
const HOME_ADDRESS = /(?:家庭住址|现住址|户籍地址|户籍所在地|住址)[:：]\s*([^\s，,。；;）)]{4,60})/g;
/**
 * the fine-collection account printed for payment (罚缴分离: 代收罚没款的银行账户) belongs to the state, not to a
 * person: an account number with such words shortly before it is not personal data
 */
const COLLECTION_CONTEXT = /罚没|罚款|代收|缴款|缴纳|国库|非税|收款|财政|户名/;

/** GB 11643 check digit */
export function validIdNumber(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (weights[i] ?? 0);
  return checks[sum % 11] === id[17]?.toUpperCase();
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface PersonalDataHit {
  kind: 'id-number' | 'phone' | 'bank-account' | 'address';
  index: number;
  raw: string;
}

/** what the text may be compared with: the party, when it is a natural person */
export interface PartyFacts {
  type: 'person' | 'organization' | 'individual-business';
  phone?: string;
  address?: string;
}

/**
 * Natural persons' identifiers (行政处罚法 2021 §48 ¶2 and §50; 生态环境行政处罚办法 2023 §64): ID numbers, personal
 * mobile numbers, bank card or account numbers other than the fine-collection account, home addresses, and a natural
 * person's recorded phone. An agency's enquiry telephone and a company's switchboard (landlines) are not personal data.
 */
export function findPersonalData(text: string, party?: PartyFacts): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const collection = (index: number): boolean =>
    COLLECTION_CONTEXT.test(text.slice(Math.max(0, index - 30), index));
  for (const m of text.matchAll(ID_NUMBER))
    // a valid check digit, or a label right before it (a mistyped ID number is still personal data)
    if (
      validIdNumber(m[0]) ||
      /(?:身份证|身份号码|证件号)[^\n]{0,8}$/.test(text.slice(Math.max(0, m.index - 12), m.index))
    )
      hits.push({ kind: 'id-number', index: m.index, raw: m[0] });
  for (const m of text.matchAll(MOBILE)) hits.push({ kind: 'phone', index: m.index, raw: m[0] });
  const person = party?.type === 'person';
  if (person && party.phone && party.phone.replace(/\D/g, '').length >= 7) {
    const at = text.indexOf(party.phone);
    if (at >= 0) hits.push({ kind: 'phone', index: at, raw: party.phone });
  }
  for (const m of text.matchAll(OLD_ID_CONTEXT)) {
    const raw = m[1] ?? '';
    hits.push({ kind: 'id-number', index: m.index + m[0].indexOf(raw), raw });
  }
  for (const m of text.matchAll(ACCOUNT_CONTEXT)) {
    const raw = m[1] ?? '';
    if (!collection(m.index)) hits.push({ kind: 'bank-account', index: m.index + m[0].indexOf(raw), raw });
  }
  for (const m of text.matchAll(LONG_DIGITS))
    if (luhn(m[0]) && !collection(m.index)) hits.push({ kind: 'bank-account', index: m.index, raw: m[0] });
  for (const m of text.matchAll(HOME_ADDRESS)) {
    const raw = m[1] ?? '';
    // an organisation's address under the label 住址 is its seat, not a home
    if (party && party.type !== 'person' && party.address && raw.startsWith(party.address.slice(0, 6)))
      continue;
    if (/\*|＊|某/.test(raw)) continue; // already masked
    hits.push({ kind: 'address', index: m.index + m[0].indexOf(raw), raw });
  }
  if (person && party.address && party.address.length >= 6) {
    const at = text.indexOf(party.address);
    if (at >= 0) hits.push({ kind: 'address', index: at, raw: party.address });
  }
  // one finding per place
  const seen = new Set<number>();
  return hits
    .sort((a, b) => a.index - b.index)
    .filter((h) => {
      const overlaps = [...seen].some((s) => Math.abs(s - h.index) < 8);
      seen.add(h.index);
      return !overlaps;
    });
}

const KIND = {
  'id-number': { zh: '身份证号码', en: 'an ID number' },
  phone: { zh: '电话号码', en: 'a phone number' },
  'bank-account': { zh: '银行账号', en: 'a bank account number' },
  address: { zh: '自然人住址', en: 'a natural person’s home address' },
};

function mask(raw: string): string {
  return raw.length <= 6 ? '***' : `${raw.slice(0, 3)}***${raw.slice(-2)}`;
}

export const rule: Rule = {
  meta: {
    id: 'doc/disclosure-personal-data',
    title: { zh: '公开文本含个人信息', en: 'Personal data in the published text' },
    description: {
      zh: '对外公开的处罚决定文本不得含有自然人的身份证号码、个人手机号码、家庭住址、个人银行账号等个人信息，公开前应作隐去处理；机关的咨询电话、罚没款代收账户和单位总机不是个人信息。逐处指出所在行列。',
      en: 'A published decision text must not contain natural persons’ ID numbers, personal mobile numbers, home addresses or personal bank accounts; they must be redacted before publication. The agency’s enquiry telephone, the fine-collection account and a company switchboard are not personal data. Each hit is located by line and column.',
    },
    severity: 'error',
    category: '执行到位',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 48), basis(APL, '2021', 50), basis(ENV, '2023', 64), basis(ENV, '2010', 72)],
    candidates: ['ENV-PUB-002'],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const published = c.timeline.find((e) => e.event === 'published');
    const date = published?.date ?? caseDate(c);
    const b: LegalBasis[] = aplVersion(ctx, date) === '2021' ? [basis(APL, '2021', 50)] : [];
    const env = envVersion(ctx, date);
    if (env === '2023') b.push(basis(ENV, '2023', 64));
    if (env === '2010') b.push(basis(ENV, '2010', 72));
    if (b.length === 0) b.push(basis(APL, '2021', 50));
    const findings: RuleFinding[] = [];
    for (const d of textsOf(c, ctx, 'publication')) {
      for (const hit of findPersonalData(d.text, c.data.party)) {
        const k = KIND[hit.kind];
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `公开文本（${printable(d.info.file)}）含有${k.zh}（${mask(hit.raw)}），应隐去`,
              en: `The published text (${printable(d.info.file)}) contains ${k.en} (${mask(hit.raw)}); redact it`,
            },
            b,
          ),
          path: d.pointer,
          file: d.info.file,
          ...position(d.text, hit.index),
          basis: b,
          suggestion: {
            zh: '公开前删除或以*号遮盖该信息，并重新发布',
            en: 'Remove or mask it before publication, and republish',
          },
        });
      }
    }
    return findings;
  },
};
