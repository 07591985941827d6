import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { isNaturalPerson } from '../../src/model/party.js';
import { documentsOf, eventsOf, type Case } from '../../src/model/case.js';
import { basis, cite, envVersion } from './support.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 check digit */
function isResidentId(s: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17]?.toUpperCase();
}

interface Leak {
  kind: Msg;
  value: string;
}

function leaks(text: string, c: Case): Leak[] {
  const out: Leak[] = [];
  const party = c.data.party;
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g)) {
    if (isResidentId(m[0])) out.push({ kind: { zh: '身份证号码', en: 'an ID number' }, value: m[0] });
  }
  if (party.id_number && text.includes(party.id_number) && !out.some((l) => l.value === party.id_number))
    out.push({ kind: { zh: '身份证号码', en: 'an ID number' }, value: party.id_number });
  for (const m of text.matchAll(/(?<!\d)1[3-9]\d{9}(?!\d)/g))
    out.push({ kind: { zh: '手机号码', en: 'a mobile number' }, value: m[0] });
  if (
    isNaturalPerson(party.type) &&
    party.phone &&
    text.includes(party.phone) &&
    !out.some((l) => l.value === party.phone)
  )
    out.push({ kind: { zh: '当事人电话', en: 'the party’s phone number' }, value: party.phone });
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])/g)) {
    if (out.some((l) => l.value === m[0]) || m[0] === party.credit_code) continue;
    // the fine-collection account printed for payment is the state's, not personal data
    if (
      /罚没|罚款|代收|缴款|缴纳|国库|非税|收款|财政|户名/.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    out.push({ kind: { zh: '银行账号', en: 'a bank account number' }, value: m[0] });
  }
  // a natural person's home address (行政处罚法 2021 §48 ¶2, §50); an organisation's or a business's seat may be published
  if (party.type === 'person' && party.address && party.address.length >= 6 && text.includes(party.address))
    out.push({ kind: { zh: '自然人住址', en: 'a natural person’s home address' }, value: party.address });
  return out;
}

function mask(value: string): string {
  return value.length <= 6 ? '*'.repeat(value.length) : `${value.slice(0, 3)}****${value.slice(-2)}`;
}

/**
 * 公开信息的隐私处理: the published record must not show personal data such as ID numbers, personal phone numbers or
 * bank accounts (生态环境行政处罚办法 2023 §64; 环境行政处罚办法 2010 §72 excepts personal privacy). Checks the
 * published and withdrawal events' notes and the publication documents' titles; the attachment texts are the doc
 * pack's (doc/disclosure-personal-data). The party's name (and an organisation's credit code) may be published (2023 §62).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/publication-redaction',
    title: { zh: '公开信息中的个人信息处理', en: 'Personal data redacted in the published decision' },
    description: {
      zh: '公开的处罚决定信息不得包含自然人的身份证号码、个人手机号码、家庭住址、个人银行账号等应当隐去的个人信息；罚没款代收账户、机关咨询电话和单位总机不在此列。',
      en: 'The published decision must not show natural persons’ ID numbers, personal mobile numbers, home addresses, personal bank accounts or other personal data that must be redacted; the fine-collection account, the agency’s enquiry telephone and a company switchboard are not personal data.',
    },
    severity: 'warning',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [basis('env-penalty-measures', '2023', 64), basis('env-penalty-measures', '2010', 72)],
    candidates: ['ENV-PUB-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const report = (path: string, date: string | undefined, where: Msg, text: string) => {
      const env = date ? envVersion(ctx, date) : undefined;
      const bases: LegalBasis[] = [
        env === '2010'
          ? basis('env-penalty-measures', '2010', 72)
          : basis('env-penalty-measures', '2023', 64),
      ];
      const law = cite(ctx, bases);
      for (const leak of leaks(text, c)) {
        findings.push({
          path,
          basis: bases,
          message: {
            zh: `${where.zh}含有未隐去的${leak.kind.zh}（${mask(leak.value)}）（${law.zh}）`,
            en: `${where.en} shows ${leak.kind.en} (${mask(leak.value)}) that must be redacted (${law.en})`,
          },
          suggestion: { zh: '隐去该信息后重新公开', en: 'Redact it and publish again' },
        });
      }
    };
    for (const e of [...eventsOf(c, 'published'), ...eventsOf(c, 'publication-withdrawn')]) {
      const text = [e.note, e.ground].filter(Boolean).join(' ');
      if (text)
        report(
          e.pointer,
          e.date,
          { zh: `${e.date}公开记录`, en: `The disclosure record of ${e.date}` },
          text,
        );
    }
    const docs = c.data.documents ?? [];
    for (const d of documentsOf(c, 'publication')) {
      const i = docs.indexOf(d);
      if (d.title)
        report(`/documents/${i}/title`, d.date, { zh: '公开文本标题', en: 'The publication title' }, d.title);
    }
    return findings;
  },
};
