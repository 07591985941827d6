/**
 * Dates as written in Chinese documents: 二〇二三年七月五日 (under the seal), 2023年7月5日, 2023年07月05日,
 * 2023.7.5 and 2023-07-05. Returns ISO civil dates; an impossible date (2月30日) is not a date.
 */
import { fromChineseNumeral } from '../law/numerals.js';

const YEAR_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  Ｏ: '0',
  O: '0',
  o: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const Y = '[0-9〇零○ＯOo一二三四五六七八九]{4}';
const MD = '[0-9一二三四五六七八九十]{1,3}';
/** 2023年7月5日 in any of the numeral styles (whitespace already removed) */
export const CHINESE_DATE = new RegExp(`(${Y})年(${MD})月(${MD})日`, 'g');
const NUMERIC_DATE = /(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d)/g;

function isoOf(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1949 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseChineseDate(y: string, m: string, d: string): string | undefined {
  const year = Number([...y].map((c) => YEAR_DIGIT[c] ?? c).join(''));
  const month = fromChineseNumeral(m);
  const day = fromChineseNumeral(d);
  if (!Number.isInteger(year) || month === undefined || day === undefined) return undefined;
  return isoOf(year, month, day);
}

export interface DateMention {
  iso: string;
  /** offset in the searched text */
  index: number;
  length: number;
}

/** every date in a (whitespace-free) text, in order */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(CHINESE_DATE)) {
    const iso = parseChineseDate(m[1] ?? '', m[2] ?? '', m[3] ?? '');
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}
