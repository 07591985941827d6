/**
 * Money amounts in document text: Chinese capitals (人民币叁万伍仟元整, 壹拾万元整, 贰佰元伍角) and Arabic
 * figures (30,000元, 3万元, ¥30000), both directions.
 *
 * Why not a library: nzh 1.0.14 formats capitals correctly, but its decoder is not a money parser:
 * `decodeB('贰佰元伍角')` gives 205 and `decodeB('叁万万伍')` gives 300000005 without complaint. A decision
 * whose 大写 is malformed must be reported, not silently read, so this module parses strictly and is
 * property-tested (format → parse round trip). Amounts are handled in fen (分, integers) internally.
 */
import { groupedEn } from './grouped.js';

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const DIGIT_OF: Record<string, number> = Object.fromEntries(CAPITAL_DIGITS.map((d, i) => [d, i]));
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const SMALL_UNIT_OF: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
const SECTION_MARKS = ['', '万', '亿'] as const;

/** Largest amount handled: just under one trillion yuan (sections up to 亿). */
export const MAX_YUAN = 999_999_999_999.99;

function sectionToCapital(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let power = 3; power >= 0; power--) {
    const d = Math.floor(n / 10 ** power) % 10;
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${CAPITAL_DIGITS[d]}${SMALL_UNITS[power]}`;
  }
  return out;
}

function integerToCapital(n: number): string {
  if (n === 0) return '零';
  const sections = [n % 10_000, Math.floor(n / 10_000) % 10_000, Math.floor(n / 100_000_000)];
  let out = '';
  // 零 marks zero digits between two written digits, also across 万/亿 (1005000 → 壹佰万零伍仟)
  let gap = false;
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i] ?? 0;
    if (s === 0) {
      if (out) gap = true;
      continue;
    }
    if (out && (gap || s < 1000)) out += '零';
    out += sectionToCapital(s) + SECTION_MARKS[i];
    gap = s % 10 === 0;
  }
  return out;
}

/** yuan → fen, rejecting fractions of a fen and out-of-range values */
function toFen(yuan: number): number {
  if (!Number.isFinite(yuan) || yuan < 0 || yuan > MAX_YUAN)
    throw new RangeError(`amount out of range: ${yuan}`);
  const fen = Math.round(yuan * 100);
  if (Math.abs(fen - yuan * 100) > 0.01) throw new RangeError(`amount has fractions of a fen: ${yuan}`);
  return fen;
}

/**
 * 35000 → 人民币叁万伍仟元整; 200.5 → 人民币贰佰元伍角; 100000 → 人民币壹拾万元整; 10.05 → 人民币壹拾元零伍分.
 * Follows the usual 大写 conventions: 零 for gaps, 整 when there is no 角/分.
 */
export function formatCapitalYuan(yuan: number, options: { prefix?: boolean } = {}): string {
  const fen = toFen(yuan);
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  let out = options.prefix === false ? '' : '人民币';
  if (whole > 0 || (jiao === 0 && fenDigit === 0)) out += `${integerToCapital(whole)}元`;
  if (jiao === 0 && fenDigit === 0) return `${out}整`;
  if (jiao > 0) out += `${CAPITAL_DIGITS[jiao]}角`;
  else if (whole > 0) out += '零';
  if (fenDigit > 0) out += `${CAPITAL_DIGITS[fenDigit]}分`;
  return out;
}

/** one section below 万: 叁仟零伍拾 → 3050; a leading 拾 means 壹拾 */
function parseSection(text: string, allowLeadingZero: boolean): number | undefined {
  let s = text;
  if (s.startsWith('零')) {
    if (!allowLeadingZero) return undefined;
    s = s.slice(1);
  }
  if (s === '') return undefined;
  let value = 0;
  let lastUnit = 10_000;
  let i = 0;
  let previousWasZero = false;
  const chars = [...s];
  if (chars[0] === '拾') chars.unshift('壹');
  while (i < chars.length) {
    const c = chars[i] ?? '';
    if (c === '零') {
      if (previousWasZero || i === chars.length - 1) return undefined;
      previousWasZero = true;
      i++;
      continue;
    }
    const afterZero = previousWasZero;
    previousWasZero = false;
    const digit = DIGIT_OF[c];
    if (digit === undefined || digit === 0) return undefined;
    const unit = SMALL_UNIT_OF[chars[i + 1] ?? ''];
    if (unit !== undefined) {
      if (unit >= lastUnit) return undefined;
      value += digit * unit;
      lastUnit = unit;
      i += 2;
    } else {
      // a final bare digit is units: after 拾, after 零, or alone (叁仟伍 is ambiguous and refused)
      if (i !== chars.length - 1 || lastUnit === 1 || (lastUnit > 10 && lastUnit < 10_000 && !afterZero))
        return undefined;
      value += digit;
      lastUnit = 1;
      i++;
    }
  }
  return value;
}

function parseCapitalInteger(text: string): number | undefined {
  if (text === '零') return 0;
  let total = 0;
  let rest = text;
  for (const [mark, multiplier] of [
    ['亿', 100_000_000],
    ['万', 10_000],
  ] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const v = parseSection(rest.slice(0, at), total > 0);
    if (v === undefined || v === 0) return undefined;
    total += v * multiplier;
    rest = rest.slice(at + 1);
  }
  if (rest !== '') {
    const v = parseSection(rest, total > 0);
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

const CAPITAL_AMOUNT =
  /^(?:人民币)?(?:([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)[元圆])?(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?([整正])?$/;

/**
 * 人民币叁万伍仟元整 → 35000; 贰佰元伍角 → 200.5; 壹拾万元整 → 100000. Returns undefined for anything malformed
 * (units out of order, a digit without a unit in the middle, two 零 in a row, missing 元 …).
 */
export function parseCapitalYuan(text: string): number | undefined {
  const s = text.replace(/\s+/g, '');
  const m = CAPITAL_AMOUNT.exec(s);
  if (!m) return undefined;
  const [, integerPart, zero, jiao, fen, whole] = m;
  if (integerPart === undefined && jiao === undefined && fen === undefined) return undefined;
  if (whole && fen) return undefined; // 整 only after 元 or 角
  if (zero && (jiao || !fen || integerPart === undefined)) return undefined; // 元零伍分 only
  const yuan = integerPart === undefined ? 0 : parseCapitalInteger(integerPart);
  if (yuan === undefined) return undefined;
  const fenTotal = yuan * 100 + (jiao ? (DIGIT_OF[jiao] ?? 0) * 10 : 0) + (fen ? (DIGIT_OF[fen] ?? 0) : 0);
  return fenTotal / 100;
}

function toAsciiDigits(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ARABIC_AMOUNT = /^(?:人民币|RMB|[¥￥])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(万)?\s*元?(?:整)?$/;

/** 30,000元 / 3万元 / ¥30000 / 3.5万元 / 30000.00元 → yuan. */
export function parseArabicYuan(text: string): number | undefined {
  const s = toAsciiDigits(text.trim());
  const m = ARABIC_AMOUNT.exec(s);
  if (!m?.[1]) return undefined;
  const hasCurrency = /^(?:人民币|RMB|[¥￥])/.test(s) || /元/.test(s);
  if (!hasCurrency) return undefined;
  const base = Number(`${m[1].replace(/,/g, '')}${m[2] ?? ''}`);
  const fen = Math.round(base * 100 * (m[3] ? 10_000 : 1));
  return fen / 100;
}

/** 30000 → 30,000元 */
export function formatArabicYuan(yuan: number): string {
  const fen = toFen(yuan);
  const whole = groupedEn(Math.floor(fen / 100));
  const frac = fen % 100;
  return frac === 0 ? `${whole}元` : `${whole}.${String(frac).padStart(2, '0')}元`;
}

export interface AmountMention {
  /** 大写 (叁万元), figures (30,000元) or ordinary Chinese numerals (三万元, 一万五千元) */
  kind: 'capital' | 'arabic' | 'chinese';
  /** yuan */
  value: number;
  /** the text as written */
  raw: string;
  /** UTF-16 offset in the searched text */
  index: number;
}

const CAPITAL_SCAN =
  /(?:人民币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[元圆](?:零?[壹贰叁肆伍陆柒捌玖][角分])*[整正]?/g;
const ARABIC_SCAN =
  /(?:(?:人民币|RMB|[¥￥])\s*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]{1,2})?(?:\s*万)?(?:\s*元)?|[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]{1,2})?\s*万?元)/g;

// ordinary numerals right before 元 (并处二万元罚款): found from each 元 backwards (a regular expression with a
// look-behind costs eight times the capital and figure scans together on a decision's text)
const CHINESE_NUMERAL = new Set('〇零一二两三四五六七八九十百千万亿');
const CHINESE_DIGIT = /[一二两三四五六七八九十百千]/;
const CAPITAL_CHAR = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;

const CAPITAL_OF_CHINESE: Record<string, string> = {
  〇: '零',
  零: '零',
  一: '壹',
  二: '贰',
  两: '贰',
  三: '叁',
  四: '肆',
  五: '伍',
  六: '陆',
  七: '柒',
  八: '捌',
  九: '玖',
  十: '拾',
  百: '佰',
  千: '仟',
};

/** 二万元 → 20000, 一万五千元 → 15000, read with the strict capital parser; undefined when malformed */
export function parseChineseYuan(text: string): number | undefined {
  const capitals = [...text.replace(/^人民币/, '')].map((c) => CAPITAL_OF_CHINESE[c] ?? c).join('');
  return parseCapitalYuan(capitals);
}

/**
 * Every amount written in a text, capitals, figures and ordinary Chinese numerals, in order of appearance.
 * Malformed capitals are returned with value NaN; a malformed amount in ordinary numerals is left out (they are
 * not the form a decision must use, so there is nothing to report about their spelling).
 */
export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = [];
  for (let yuan = text.indexOf('元'); yuan >= 0; yuan = text.indexOf('元', yuan + 1)) {
    let start = yuan;
    while (start > 0 && CHINESE_NUMERAL.has(text[start - 1] ?? '')) start--;
    const numerals = text.slice(start, yuan);
    // not part of a capital amount (贰拾万元), and not a bare 万元
    if (!CHINESE_DIGIT.test(numerals) || CAPITAL_CHAR.test(text[start - 1] ?? '')) continue;
    const from = text.slice(start - 3, start) === '人民币' ? start - 3 : start;
    const raw = text.slice(from, text[yuan + 1] === '整' ? yuan + 2 : yuan + 1);
    const value = parseChineseYuan(raw);
    if (value !== undefined) found.push({ kind: 'chinese', value, raw, index: from });
  }
  for (const m of text.matchAll(CAPITAL_SCAN)) {
    if (!/[壹贰叁肆伍陆柒捌玖]/.test(m[0])) continue;
    found.push({ kind: 'capital', value: parseCapitalYuan(m[0]) ?? Number.NaN, raw: m[0], index: m.index });
  }
  for (const m of text.matchAll(ARABIC_SCAN)) {
    const raw = m[0].replace(/[，]/g, ',');
    const value = parseArabicYuan(raw);
    if (value === undefined) continue;
    found.push({ kind: 'arabic', value, raw: m[0], index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
