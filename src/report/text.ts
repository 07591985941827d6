/** Small text helpers shared by the formatters and reports: pick a language, cite a basis, format money. */
import type { LegalBasis, Msg, ReviewCategory, Severity } from '../engine/types.js';
import type { Lang } from '../format/types.js';
import type { LawRegistry } from '../law/types.js';
import { basisNote, buildLines, createLawRegistry } from '../law/registry.js';
import { readLawData } from '../law/data-files.js';
import { formatCitationEn, formatCitationZh } from '../law/numerals.js';

export function pick(msg: Msg, lang: Lang): string {
  return lang === 'en' ? msg.en || msg.zh : msg.zh || msg.en;
}

let registry: LawRegistry | null | undefined;

/** The law registry for display names; null when the data cannot be read (the citation then uses the law id). */
function lawRegistry(): LawRegistry | null {
  if (registry === undefined) {
    try {
      registry = createLawRegistry(buildLines(readLawData('laws.yaml')));
    } catch {
      registry = null;
    }
  }
  return registry;
}

/** 行政处罚法(2021)第六十四条第一款 / Administrative Penalty Law (2021) art. 64(1) */
export function cite(basis: LegalBasis, lang: Lang): string {
  const reg = lawRegistry();
  if (reg?.line(basis.law)) return pick(reg.cite(basis), lang);
  const c = { article: basis.article, paragraph: basis.paragraph, item: basis.item };
  const version = basis.version ? `(${basis.version})` : '';
  const note = basisNote(basis.note);
  return lang === 'en'
    ? `${basis.law}${version} ${formatCitationEn(c)}${note.en}`
    : `${basis.law}${version}${formatCitationZh(c)}${note.zh}`;
}

export function citeAll(basis: readonly LegalBasis[], lang: Lang): string {
  return basis.map((b) => cite(b, lang)).join(lang === 'en' ? '; ' : '；');
}

const SEVERITY_LABEL: Record<Severity, Msg> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function severityLabel(s: Severity, lang: Lang): string {
  return pick(SEVERITY_LABEL[s], lang);
}

const CATEGORY_EN: Record<ReviewCategory | 'input' | 'coverage', string> = {
  主体合法: 'Lawful subject',
  事实清楚: 'Clear facts',
  证据充分: 'Sufficient evidence',
  适用法律正确: 'Correct application of law',
  程序合法: 'Lawful procedure',
  文书规范: 'Proper documents',
  执行到位: 'Execution completed',
  归档规范: 'Proper archiving',
  input: 'Input',
  coverage: 'Coverage',
};

export function categoryLabel(c: ReviewCategory | 'input' | 'coverage', lang: Lang): string {
  if (lang === 'en') return CATEGORY_EN[c];
  return c === 'input' ? '输入' : c === 'coverage' ? '检查范围' : c;
}

/** ¥1,234,500 / 1,234,500元 */
export function formatYuan(amount: number, lang: Lang): string {
  const s = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return lang === 'en' ? `¥${s}` : `${s}元`;
}

/** "同一问题亦由 a、b 规则发现" for a finding that merged other rules' findings of the same defect; '' otherwise */
export function relatedText(related: readonly string[] | undefined, lang: Lang): string {
  if (!related?.length) return '';
  return lang === 'en'
    ? `same defect also found by ${related.join(', ')}`
    : `同一问题亦由 ${related.join('、')} 发现`;
}
