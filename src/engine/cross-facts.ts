/**
 * The compact facts of one case that the cross-case rules (pack `repo`) compare: computed in `lintOneCase` and
 * carried on `CaseResult.facts` as plain data (through worker threads and the result cache), so the cross-case pass
 * never needs the `Case` objects and memory stays flat in the number of cases.
 */
import type { IsoDate } from '../model/case-data.js';
import type { Case } from '../model/case.js';
import { eventsOf, hasEvent } from '../model/case.js';
import { caseNumberKey, parseCaseNumber, type CaseNumberParts } from '../model/case-number.js';
import { formatCitationEn, formatCitationZh } from '../law/numerals.js';
import type { Msg } from './types.js';

/** what became of the case, as far as a second penalty is concerned */
export type CaseOutcome =
  /** a penalty decision that imposes a fine */
  | 'fine'
  /** a 按日连续处罚 decision (环境保护法 §59): a lawful further fine for a continuing violation */
  | 'daily-fine'
  /** a penalty decision without a fine (警告, 责令停产停业 …) */
  | 'penalty-without-fine'
  /** 不予处罚 */
  | 'no-penalty'
  /** the decision was changed or revoked afterwards (decision-changed): whether a fine still stands is not recorded */
  | 'changed'
  /** the investigation ended without a decision */
  | 'terminated'
  /** no decision yet: a proposal is not a penalty */
  | 'undecided';

export interface ViolatedProvision {
  /** law line id, article, paragraph, item: `air-law:99::2` */
  key: string;
  label: Msg;
}

export interface CrossCaseFacts {
  /** case.number as written; absent when the file names the case only by case.id */
  number?: string;
  /** the number as one comparable text (brackets, full-width digits, spaces, leading zeros unified) */
  numberKey?: string;
  /** prefix, year and sequence, when the number has the shape 〔year〕seq号 */
  series?: CaseNumberParts;
  agency: string;
  party?: {
    name: string;
    /** the name with spaces and bracket widths unified */
    nameKey: string;
    /** identity codes, kind-prefixed: credit:…, org:… (also read from the credit code), id:…, reg:…; masked ones left out */
    codes: string[];
  };
  /** the provisions the act violated (violation.violated), law resolved; unresolved laws are left out */
  violated: ViolatedProvision[];
  act: {
    from?: IsoDate;
    to?: IsoDate;
    continuing: boolean;
    discovered?: IsoDate;
    location?: string;
  };
  outcome: CaseOutcome;
  fine?: number;
  decided?: IsoDate;
  /** the date that decides the law versions of the case (Case.dates.law: the decision, else the latest step) */
  lawDate?: IsoDate;
  /** the first order to correct (责令改正) served, if recorded */
  correctionOrdered?: IsoDate;
  /** waivers in the case file of the cross-case rules (judged in the cross-case pass), with their index */
  waivers: CrossWaiver[];
}

export interface CrossWaiver {
  index: number;
  rule: string;
  path?: string;
  reason: string;
  approved_by: string;
  date: IsoDate;
}

const halfWidth = (s: string) =>
  s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** a party or agency name as one comparable text */
export function nameKey(name: string): string {
  return halfWidth(name)
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

function partyCodes(party: Case['data']['party']): string[] {
  const codes = new Set<string>();
  const clean = (v: string | undefined) => {
    if (v === undefined) return undefined;
    const s = halfWidth(v).replace(/[\s-]/g, '').toUpperCase();
    return s === '' || s.includes('*') || s === 'UNKNOWN' ? undefined : s;
  };
  const credit = clean(party.credit_code);
  if (credit) {
    codes.add(`credit:${credit}`);
    // GB 32100: characters 9–17 of the unified code are the organisation code (主体标识码, GB 11714)
    if (credit.length === 18) codes.add(`org:${credit.slice(8, 17)}`);
  }
  const org = clean(party.organization_code);
  if (org) codes.add(`org:${org}`);
  const id = clean(party.id_number);
  if (id) codes.add(`id:${id}`);
  const reg = clean(party.registration_number);
  if (reg) codes.add(`reg:${reg}`);
  return [...codes];
}

function outcomeOf(c: Case): CaseOutcome {
  const p = c.data.penalty;
  if (c.data.case.status === 'terminated') return 'terminated';
  if (p.no_penalty !== undefined) return 'no-penalty';
  if (!hasEvent(c, 'decision')) return 'undecided';
  const decided = c.dates.decided;
  const changed = eventsOf(c, 'decision-changed').some((e) => decided === undefined || e.date >= decided);
  if (changed || c.undated.some((e) => e.event === 'decision-changed')) return 'changed';
  const fined = p.kinds.includes('fine') && (p.fine ?? 0) > 0;
  if (fined && p.daily) return 'daily-fine';
  if (fined) return 'fine';
  return p.kinds.length === 0 ? 'no-penalty' : 'penalty-without-fine';
}

/** the compact facts of one case; `crossRules` are the ids of the cross-case rules whose waivers it keeps */
export function crossCaseFacts(c: Case, crossRules: ReadonlySet<string>): CrossCaseFacts {
  const header = c.data.case;
  const v = c.data.violation;
  const facts: CrossCaseFacts = {
    agency: header.agency,
    violated: [],
    act: { continuing: v.continuing === true },
    outcome: outcomeOf(c),
    waivers: [],
  };
  if (c.known.has('/case/number') && header.number.trim() !== '') {
    facts.number = header.number;
    facts.numberKey = caseNumberKey(header.number);
    const series = parseCaseNumber(header.number);
    if (series) facts.series = series;
  }
  const party = c.data.party;
  if (c.known.has('/party/name') && party.name.trim() !== '')
    facts.party = { name: party.name, nameKey: nameKey(party.name), codes: partyCodes(party) };
  else {
    const codes = partyCodes(party);
    if (codes.length > 0) facts.party = { name: party.name, nameKey: '', codes };
  }
  const seen = new Set<string>();
  for (const ref of c.violated) {
    if (ref.law === undefined) continue;
    const key = [ref.law, ref.article, ref.paragraph ?? '', ref.item ?? ''].join(':');
    if (seen.has(key)) continue;
    seen.add(key);
    const name = ref.written.replace(/[《》]/g, '').replace(/^中华人民共和国/, '');
    facts.violated.push({
      key,
      label: { zh: `${name}${formatCitationZh(ref)}`, en: `${name} ${formatCitationEn(ref)}` },
    });
  }
  if (v.started_on !== undefined) facts.act.from = v.started_on;
  if (v.ended_on !== undefined) facts.act.to = v.ended_on;
  if (c.dates.discovered !== undefined) facts.act.discovered = c.dates.discovered;
  if (v.location !== undefined && v.location.trim() !== '') facts.act.location = nameKey(v.location);
  if (c.data.penalty.fine !== undefined) facts.fine = c.data.penalty.fine;
  if (c.dates.decided !== undefined) facts.decided = c.dates.decided;
  if (c.dates.law !== undefined) facts.lawDate = c.dates.law;
  const order = eventsOf(c, 'correction-ordered')[0];
  if (order) facts.correctionOrdered = order.date;
  (c.data.waivers ?? []).forEach((w, index) => {
    if (!crossRules.has(w.rule)) return;
    const waiver: CrossWaiver = {
      index,
      rule: w.rule,
      reason: w.reason,
      approved_by: w.approved_by,
      date: w.date,
    };
    if (w.path !== undefined) waiver.path = w.path;
    facts.waivers.push(waiver);
  });
  return facts;
}
