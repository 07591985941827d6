/**
 * Chinese numerals as used in statute citations (第一百零八条第一款第（一）项), both directions.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const DIGIT_VALUE: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNIT_VALUE: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** 108 → 一百零八; 10 → 十; 15 → 十五; 110 → 一百一十 (statute style). Integers 0–9999. */
/** written numerals by value: every citation a finding prints writes its article, paragraph and item again */
const written = new Map<number, string>();

export function toChineseNumeral(n: number): string {
  let text = written.get(n);
  if (text === undefined) {
    text = writeChineseNumeral(n);
    written.set(n, text);
  }
  return text;
}

function writeChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999)
    throw new RangeError(`cannot write ${n} in Chinese numerals`);
  if (n === 0) return DIGITS[0] ?? '零';
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += `${DIGITS[d] ?? ''}${units[i] ?? ''}`;
  });
  // 一十五 → 十五 only for 10–19
  return n >= 10 && n < 20 ? out.replace(/^一十/, '十') : out;
}

/** 一百零八 → 108; 十五 → 15; also accepts Arabic digits ("108") and full-width digits. */
export function fromChineseNumeral(text: string): number | undefined {
  const s = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let current = 0;
  for (const ch of s) {
    const digit = DIGIT_VALUE[ch];
    if (digit !== undefined) {
      current = digit;
      continue;
    }
    const unit = UNIT_VALUE[ch];
    if (unit === undefined) return undefined;
    // a bare 十 means 一十 (十五 = 15, 一百十 = 110)
    total += (current === 0 && unit === 10 ? 1 : current) * unit;
    current = 0;
  }
  return total + current;
}

export interface ParsedCitation {
  article: number;
  paragraph?: number;
  item?: number;
}

const NUM = '[0-9０-９零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+';
const CITATION = new RegExp(
  `第\\s*(${NUM})\\s*条` +
    `(?:\\s*第\\s*(${NUM})\\s*款)?` +
    `(?:\\s*第\\s*[（(]?\\s*(${NUM})\\s*[）)]?\\s*项)?`,
);

/**
 * Parses the first citation in a text: 第一百零八条第一款第（一）项 → {article: 108, paragraph: 1, item: 1}.
 * Also 第108条第1款第1项, 第九十九条第（二）项 (no paragraph). Returns undefined when no article is found.
 */
export function parseCitation(text: string): ParsedCitation | undefined {
  const m = CITATION.exec(text);
  if (!m?.[1]) return undefined;
  const article = fromChineseNumeral(m[1]);
  if (article === undefined || article <= 0) return undefined;
  const result: ParsedCitation = { article };
  const paragraph = m[2] ? fromChineseNumeral(m[2]) : undefined;
  const item = m[3] ? fromChineseNumeral(m[3]) : undefined;
  if (paragraph !== undefined && paragraph > 0) result.paragraph = paragraph;
  if (item !== undefined && item > 0) result.item = item;
  return result;
}

/** 第一百零八条第一款第（一）项 */
export function formatCitationZh(c: ParsedCitation): string {
  let s = `第${toChineseNumeral(c.article)}条`;
  if (c.paragraph !== undefined) s += `第${toChineseNumeral(c.paragraph)}款`;
  if (c.item !== undefined) s += `第（${toChineseNumeral(c.item)}）项`;
  return s;
}

/** art. 108(1)(1); an item without a paragraph: art. 99 item (2) */
export function formatCitationEn(c: ParsedCitation): string {
  let s = `art. ${c.article}`;
  if (c.paragraph !== undefined) {
    s += `(${c.paragraph})`;
    if (c.item !== undefined) s += `(${c.item})`;
  } else if (c.item !== undefined) {
    s += ` item (${c.item})`;
  }
  return s;
}
