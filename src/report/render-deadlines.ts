/** `caselint deadlines` output: a table (soonest first) or JSON. */
import type { Lang } from '../format/types.js';
import { formatDateZh } from '../model/dates.js';
import type { DeadlineItem } from './deadlines.js';
import { textTable } from './table.js';
import { citeAll, pick } from './text.js';

function when(d: DeadlineItem, lang: Lang): string {
  const wd = d.workdaysLeft;
  if (lang === 'en') {
    if (d.daysLeft < 0) return `overdue ${-d.daysLeft} d`;
    return d.daysLeft === 0 ? 'due today' : `in ${d.daysLeft} d${wd !== undefined ? ` (${wd} working)` : ''}`;
  }
  if (d.daysLeft < 0) return `已逾期${-d.daysLeft}日`;
  return d.daysLeft === 0 ? '今日届满' : `剩余${d.daysLeft}日${wd !== undefined ? `（${wd}个工作日）` : ''}`;
}

export function deadlinesTable(items: readonly DeadlineItem[], lang: Lang, asOf: string): string {
  const en = lang === 'en';
  if (!items.length) {
    return en
      ? `No open statutory deadlines as of ${asOf}.\n`
      : `截至${formatDateZh(asOf)}，无未届满或已逾期的法定期限。\n`;
  }
  const header = en
    ? ['Due', 'When', 'Case', 'Deadline', 'Rule', 'Basis']
    : ['届满日', '状态', '案件编号', '期限', '规则', '依据'];
  const rows = items.map((d) => [
    d.due,
    when(d, lang),
    d.case,
    pick(d.label, lang),
    d.ruleId,
    citeAll(d.basis, lang),
  ]);
  const overdue = items.filter((d) => d.status === 'overdue').length;
  const title = en
    ? `Statutory deadlines as of ${asOf}: ${overdue} overdue, ${items.length - overdue} upcoming\n\n`
    : `截至${formatDateZh(asOf)}的法定期限：已逾期 ${overdue} 项，未届满 ${items.length - overdue} 项\n\n`;
  return title + textTable(header, rows);
}

export function deadlinesJson(items: readonly DeadlineItem[], asOf: string): string {
  const out = items.map((d) => ({
    case: d.case,
    file: d.file,
    line: d.line,
    ruleId: d.ruleId,
    label: d.label,
    due: d.due,
    ...(d.from ? { from: d.from } : {}),
    status: d.status,
    daysLeft: d.daysLeft,
    ...(d.workdaysLeft !== undefined ? { workdaysLeft: d.workdaysLeft } : {}),
    basis: d.basis,
    citation: { zh: citeAll(d.basis, 'zh'), en: citeAll(d.basis, 'en') },
    message: d.message,
  }));
  return `${JSON.stringify({ asOf, deadlines: out }, null, 2)}\n`;
}
