/**
 * The 整改清单 (rectification list) as an Excel workbook: a summary sheet (findings by case and category, by
 * severity) and one sheet per review category listing each open finding with its case, location, basis,
 * suggestion, deadline and related rules. Waived findings are not to be rectified and are left out.
 * exceljs is loaded only when this output is asked for (`--format xlsx:file`).
 */
import type { Finding } from '../engine/types.js';
import { REVIEW_CATEGORIES } from '../engine/types.js';
import type { LintRun } from '../engine/run-types.js';
import { withCrossCase } from '../engine/cross-case.js';
import { categoryLabel, citeAll, pick, severityLabel } from '../report/text.js';
import type { Lang } from './types.js';

const HEADERS: Record<Lang, string[]> = {
  zh: ['案卷', '文件', '位置', '严重程度', '问题', '依据', '整改建议', '整改期限', '规则', '相关规则'],
  en: [
    'Case',
    'File',
    'Location',
    'Severity',
    'Finding',
    'Basis',
    'Suggestion',
    'Deadline',
    'Rule',
    'Related rules',
  ],
};

type Category = Finding['category'];

/** input errors first, the review categories, then what could not be checked (coverage) */
const ORDER: Category[] = ['input', ...REVIEW_CATEGORIES, 'coverage'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

/** excel forbids []:*?/\ in sheet names and caps them at 31 characters */
function sheetName(s: string): string {
  return s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** A cell must never be read as a formula: text starting with = + - @ is prefixed (CSV/Excel injection). */
function safe(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export async function rectificationWorkbook(run: LintRun, lang: Lang): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'caselint';
  // the cross-case findings (run.crossCase) are listed with their cases
  const findings: Finding[] = withCrossCase(run.results, run.crossCase)
    .flatMap((r) => r.findings)
    .filter((f) => !f.waived);
  const byCategory = new Map<Category, Finding[]>();
  for (const f of findings) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);

  const summary = book.addWorksheet(lang === 'en' ? 'Summary' : '汇总');
  summary.addRow(
    lang === 'en'
      ? ['Category', 'Errors', 'Warnings', 'Info', 'Total', 'Cases']
      : ['类别', '错误', '警告', '提示', '合计', '涉及案卷'],
  );
  for (const c of ORDER) {
    const list = byCategory.get(c) ?? [];
    if ((c === 'input' || c === 'coverage') && list.length === 0) continue;
    summary.addRow([
      categoryLabel(c, lang),
      ...SEVERITIES.map((s) => list.filter((f) => f.severity === s).length),
      list.length,
      new Set(list.map((f) => f.case)).size,
    ]);
  }
  summary.addRow([
    lang === 'en' ? 'All' : '全部',
    ...SEVERITIES.map((s) => findings.filter((f) => f.severity === s).length),
    findings.length,
    new Set(findings.map((f) => f.case)).size,
  ]);
  summary.addRow([]);
  summary.addRow([
    lang === 'en'
      ? `As of ${run.asOf}; cases checked: ${String(run.results.length)}`
      : `检查基准日 ${run.asOf}；检查案卷 ${String(run.results.length)} 个`,
  ]);
  summary.getRow(1).font = { bold: true };
  summary.columns.forEach((col, i) => (col.width = i === 0 ? 22 : 10));

  for (const c of ORDER) {
    const list = byCategory.get(c) ?? [];
    if (list.length === 0) continue;
    const sheet = book.addWorksheet(sheetName(categoryLabel(c, lang)));
    sheet.addRow(HEADERS[lang]);
    sheet.getRow(1).font = { bold: true };
    for (const f of list) {
      sheet.addRow([
        safe(f.case),
        safe(f.file),
        `${String(f.line)}:${String(f.column)}`,
        severityLabel(f.severity, lang),
        safe(pick(f.message, lang)),
        safe(citeAll(f.basis, lang)),
        f.suggestion ? safe(pick(f.suggestion, lang)) : '',
        f.deadline?.due ?? '',
        f.ruleId,
        (f.related ?? []).join(', '),
      ]);
    }
    const widths = [22, 24, 8, 8, 60, 40, 40, 12, 30, 30];
    sheet.columns.forEach((col, i) => {
      col.width = widths[i] ?? 12;
      col.alignment = { wrapText: true, vertical: 'top' };
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
