/**
 * Case and decision numbers (文号) such as 沪普环罚〔2021〕12号: one comparable key for a number however it was
 * typed (〔〕 written as [] 【】 ［］ () （）, full-width digits and letters, spaces, 第…号, leading zeros), and its
 * parts — the series prefix, the year and the sequence number — when it has that shape.
 */

export interface CaseNumberParts {
  /** the series: agency abbreviation and kind, e.g. 沪普环罚 (字 before the year is dropped) */
  prefix: string;
  year: number;
  seq: number;
}

const OPEN = /[[【［(（〔]/g;
const CLOSE = /[\]】］)）〕]/g;

function halfWidth(s: string): string {
  return s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** a number as one comparable text: brackets unified to 〔〕, half-width digits, no spaces, no leading zeros */
export function caseNumberKey(number: string): string {
  const text = halfWidth(number)
    .replace(/[\s\u3000]+/g, '')
    .replace(OPEN, '〔')
    .replace(CLOSE, '〕');
  const parts = parseCaseNumber(text);
  return parts ? `${parts.prefix}〔${String(parts.year)}〕${String(parts.seq)}号` : text;
}

/** the prefix, year and sequence of a number of the usual shape 〔year〕seq号; undefined for any other shape */
export function parseCaseNumber(number: string): CaseNumberParts | undefined {
  const text = halfWidth(number)
    .replace(/[\s\u3000]+/g, '')
    .replace(OPEN, '〔')
    .replace(CLOSE, '〕');
  const m = /^(.*?)字?〔(\d{4})〕第?0*(\d{1,6})号$/.exec(text);
  if (!m) return undefined;
  const [, prefix = '', year = '', seq = ''] = m;
  if (prefix.length === 0) return undefined;
  return { prefix, year: Number(year), seq: Number(seq) };
}
