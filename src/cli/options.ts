/** Parsers for shared options; they throw UsageError with a bilingual message. */
import { isIsoDate } from '../model/dates.js';
import type { Lang } from '../format/types.js';
import { UsageError } from './io.js';

export function parseDateOption(value: string, name = '--as-of'): string {
  if (!isIsoDate(value))
    throw new UsageError(
      `${name} 需要 YYYY-MM-DD 格式的日期 / ${name} expects a date as YYYY-MM-DD, got "${value}"`,
    );
  return value;
}

export function parseLang(value: string): Lang {
  if (value !== 'zh' && value !== 'en')
    throw new UsageError(`--lang 只能是 zh 或 en / --lang must be zh or en, got "${value}"`);
  return value;
}

export function parseCount(value: string, name: string): number {
  if (!/^\d+$/.test(value))
    throw new UsageError(`${name} 需要非负整数 / ${name} expects a whole number, got "${value}"`);
  return Number(value);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
