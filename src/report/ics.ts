/**
 * RFC 5545 calendar of deadlines: one all-day VEVENT per deadline (DTSTART;VALUE=DATE, DTEND the next day),
 * a UID stable across runs (so a re-import updates rather than duplicates), CRLF line endings, lines folded
 * at 75 octets without splitting a UTF-8 character (§3.1), TEXT escaped (§3.3.11), and a reminder three
 * days before.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../format/types.js';
import { addDays } from '../model/dates.js';
import type { DeadlineItem } from './deadlines.js';
import { citeAll, pick } from './text.js';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** folds one content line: continuation lines start with a space and hold at most 74 octets of content */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const compact = (date: string): string => date.replace(/-/g, '');

export function uidOf(item: DeadlineItem): string {
  return `${createHash('sha256').update(item.key).digest('hex').slice(0, 32)}@caselint`;
}

export function buildIcs(items: readonly DeadlineItem[], options: { lang: Lang; asOf: string }): string {
  const { lang } = options;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//caselint//deadlines//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(lang === 'en' ? 'caselint statutory deadlines' : 'caselint 案件法定期限')}`,
  ];
  for (const item of items) {
    const label = pick(item.label, lang);
    const summary = lang === 'en' ? `[${item.case}] due: ${label}` : `【${item.case}】${label}届满`;
    const description = [
      pick(item.message, lang),
      `${lang === 'en' ? 'Rule' : '规则'}: ${item.ruleId}`,
      item.basis.length ? `${lang === 'en' ? 'Basis' : '依据'}: ${citeAll(item.basis, lang)}` : '',
      `${lang === 'en' ? 'File' : '文件'}: ${item.file}:${item.line}`,
    ]
      .filter(Boolean)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(item)}`,
      // DTSTAMP is required; the as-of date keeps the file reproducible for one as-of date
      `DTSTAMP:${compact(options.asOf)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(item.due)}`,
      `DTEND;VALUE=DATE:${compact(addDays(item.due, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText('caselint')}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P3D',
      `DESCRIPTION:${escapeText(summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
