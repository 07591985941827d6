/** A pull-request comment: totals, a table by case, the most frequent rules and the errors in a fold. */
import type { LintRun } from '../engine/run-types.js';
import type { FormatOptions, Formatter } from './types.js';
import { caseLabel, countFindings, ruleIndex, sortedFindings, topRules } from '../report/counts.js';
import { citeAll, pick, relatedText, severityLabel } from '../report/text.js';
import { printableLines } from '../text/printable.js';
import { coverageLine } from '../engine/coverage.js';

/**
 * Text from case files in a table cell or list item: no pipes or line breaks, no HTML (`<script>`, `<img>` are
 * shown, not rendered), no Markdown links, images or emphasis, no control characters.
 */
export function cell(text: string): string {
  return printableLines(text)
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[|`*_[\]!~]/g, '\\$&')
    .replace(/\r?\n|\r/g, '<br>');
}

/** a code span for a name from the case folder; backticks or line breaks inside fall back to an escaped cell */
function code(text: string): string {
  return /[`|\r\n]/.test(text) ? cell(text) : `\`${printableLines(text)}\``;
}

const TOP_RULES = 10;

export function buildMarkdown(run: LintRun, options: FormatOptions): string {
  const en = options.lang === 'en';
  const rules = ruleIndex(run);
  const all = run.results.flatMap((r) => r.findings);
  const total = countFindings(all);
  const clean = run.results.filter((r) => countFindings(r.findings).error === 0).length;
  const icon = total.error ? '❌' : total.warning ? '⚠️' : '✅';
  const out: string[] = [];
  out.push(
    en
      ? `## ${icon} caselint: ${run.results.length} case(s) checked`
      : `## ${icon} caselint：检查案卷 ${run.results.length} 件`,
  );
  out.push('');
  out.push(
    en
      ? `**${total.error}** errors · **${total.warning}** warnings · **${total.info}** info · ${total.waived} waived · ${clean} case(s) without errors · as of ${run.asOf}`
      : `错误 **${total.error}** · 警告 **${total.warning}** · 提示 **${total.info}** · 已豁免 ${total.waived} · 无错误案卷 ${clean} 件 · 判断日 ${run.asOf}`,
  );
  out.push('');
  out.push(
    en
      ? '| Case | File | Errors | Warnings | Info | Waived | Checked | Not checked |'
      : '| 案件编号 | 文件 | 错误 | 警告 | 提示 | 豁免 | 已检查 | 未检查 |',
  );
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of run.results) {
    const c = countFindings(r.findings);
    const mark = c.error ? '❌ ' : '';
    out.push(
      `| ${mark}${cell(caseLabel(r))} | ${code(r.file)} | ${c.error} | ${c.warning} | ${c.info} | ${c.waived} | ${r.coverage?.checked.length ?? '—'} | ${r.coverage?.notChecked.length ?? '—'} |`,
    );
  }
  const partial = run.results.filter((r) => r.coverage && r.coverage.notChecked.length > 0);
  if (partial.length) {
    out.push('');
    out.push(en ? '### Not checked' : '### 未检查项');
    out.push('');
    for (const r of partial)
      out.push(`- **${cell(caseLabel(r))}**: ${cell(coverageLine(r.coverage!, options.lang))}`);
  }
  const top = topRules(run).slice(0, TOP_RULES);
  if (top.length) {
    out.push('');
    out.push(en ? '### Top rules' : '### 高发问题');
    out.push('');
    out.push(
      en ? '| Rule | Title | Severity | Findings | Cases |' : '| 规则 | 名称 | 级别 | 问题数 | 案卷数 |',
    );
    out.push('|---|---|---|---:|---:|');
    for (const t of top) {
      const meta = rules.get(t.ruleId);
      const title = meta ? pick(meta.title, options.lang) : '';
      out.push(
        `| \`${t.ruleId}\` | ${cell(title)} | ${severityLabel(t.severity, options.lang)} | ${t.count} | ${t.cases} |`,
      );
    }
  }
  const errors = run.results
    .flatMap((r) => sortedFindings(r.findings))
    .filter((f) => !f.waived && f.severity === 'error');
  if (errors.length) {
    out.push('');
    out.push(
      `<details><summary>${en ? `Errors (${errors.length})` : `错误明细（${errors.length}）`}</summary>`,
    );
    out.push('');
    for (const f of errors) {
      const basis = f.basis.length ? ` — ${citeAll(f.basis, options.lang)}` : '';
      const related = f.related?.length ? ` (${relatedText(f.related, options.lang)})` : '';
      out.push(
        `- ${code(`${f.file}:${f.line}`)} **${cell(f.case)}** \`${f.ruleId}\`: ${cell(pick(f.message, options.lang))}${cell(basis)}${cell(related)}`,
      );
    }
    out.push('');
    out.push('</details>');
  }
  out.push('');
  return out.join('\n');
}

export const markdown: Formatter = (run, options) => buildMarkdown(run, options);
