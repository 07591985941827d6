/** Shared helpers of the doc pack: attachment look-ups, text positions, archive bases. */
import type { DocumentData, DocumentType, IsoDate } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import { documentPointer } from '../../src/model/case.js';
import type { AttachmentInfo, LegalBasis, RuleContext } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion } from '../shared/law.js';

export { APL, ENV, aplVersion, basis, envVersion };
export { citeAll, msg, withBasis } from '../procedure/support/law.js';

/** the date that decides which archiving rules apply: archiving, closure, decision, filing, in that order */
export function archiveDate(c: Case): IsoDate | undefined {
  const last = (t: string) => c.timeline.filter((e) => e.event === t).at(-1)?.date;
  return last('archived') ?? last('closed') ?? c.dates.decided ?? c.dates.filed ?? c.timeline[0]?.date;
}

/**
 * 一案一卷、文书齐全 and no change after archiving: 环境行政处罚办法 (2010) §68–§70, 生态环境行政处罚办法 (2023)
 * §78–§80. `which` picks the article: complete (68/78), order (69/79), unchanged (70/80).
 */
export function archiveBasis(
  c: Case,
  ctx: RuleContext,
  which: 'complete' | 'order' | 'unchanged',
): LegalBasis[] {
  const date = archiveDate(c);
  const v = date ? envVersion(ctx, date) : undefined;
  const article = { complete: [68, 78], order: [69, 79], unchanged: [70, 80] }[which];
  if (v === '2010') return [basis(ENV, '2010', article[0] as number)];
  return [basis(ENV, '2023', article[1] as number)];
}

export interface DocWithText {
  doc: DocumentData;
  info: AttachmentInfo;
  text: string;
  pointer: string;
}

/** the listed documents of a type whose text was extracted */
export function textsOf(c: Case, ctx: RuleContext, type: DocumentType): DocWithText[] {
  const out: DocWithText[] = [];
  for (const doc of c.data.documents ?? []) {
    if (doc.type !== type) continue;
    const info = ctx.attachments?.byId.get(doc.id);
    if (info?.status !== 'ok' || info.textStatus !== 'ok' || info.text === undefined) continue;
    out.push({ doc, info, text: info.text, pointer: documentPointer(c, doc.id) ?? '/documents' });
  }
  return out;
}

/** whitespace removed, full-width digits/letters folded, ○/Ｏ as 〇, ( ) as （ ）: for matching record values in text */
export function compact(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[○Ｏ]/g, '〇')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\s+/g, '');
}

/** 1-based line and column (in characters) of an offset in a text */
export function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lines = before.split('\n');
  return { line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseSmall(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? '';
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

/** 2020-10-13 → [2020年10月13日, 2020年10月13日 (zero-padded), 二〇二〇年十月十三日] */
export function dateVariants(date: IsoDate): string[] {
  const [y, m, d] = date.split('-');
  if (!y || !m || !d) return [date];
  const year = [...y].map((ch) => CN_DIGITS[Number(ch)]).join('');
  return [
    `${Number(y)}年${Number(m)}月${Number(d)}日`,
    `${y}年${m}月${d}日`,
    `${year}年${chineseSmall(Number(m))}月${chineseSmall(Number(d))}日`,
    date,
  ];
}

export function mentionsDate(text: string, date: IsoDate): boolean {
  const t = compact(text);
  return dateVariants(date).some((v) => t.includes(v));
}
