/** A pull-request comment: totals, a table by case, the most frequent rules and the errors in a fold. */
import type { LintRun } from '../engine/run-types.js';
import type { FormatOptions, Formatter } from './types.js';
import {
  caseLabel,
  countFindings,
  RuleTally,
  sortedFindings,
  type SeverityCounts,
} from '../report/counts.js';
import { formatBuffered, type Piece, type StreamFormat } from './stream.js';
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

/** sections: 0 the table's rows, 1 the cases not fully checked, 2 the errors */
export const markdownStream: StreamFormat = (start, options) => {
  const en = options.lang === 'en';
  const rules = new Map(start.rules.map((r) => [r.id, r]));
  const total: SeverityCounts = { error: 0, warning: 0, info: 0, waived: 0 };
  const tally = new RuleTally();
  let cases = 0;
  let clean = 0;
  let partial = 0;
  let errors = 0;
  return {
    opening: 'head',
    add(r) {
      const c = countFindings(r.findings);
      const mark = c.error ? '❌ ' : '';
      const row = `| ${mark}${cell(caseLabel(r))} | ${code(r.file)} | ${c.error} | ${c.warning} | ${c.info} | ${c.waived} | ${r.coverage?.checked.length ?? '—'} | ${r.coverage?.notChecked.length ?? '—'} |\n`;
      const notChecked =
        r.coverage && r.coverage.notChecked.length > 0
          ? `- **${cell(caseLabel(r))}**: ${cell(coverageLine(r.coverage, options.lang))}\n`
          : '';
      const errorLines = sortedFindings(r.findings)
        .filter((f) => !f.waived && f.severity === 'error')
        .map((f) => {
          const basis = f.basis.length ? ` — ${citeAll(f.basis, options.lang)}` : '';
          const related = f.related?.length ? ` (${relatedText(f.related, options.lang)})` : '';
          return `- ${code(`${f.file}:${f.line}`)} **${cell(f.case)}** \`${f.ruleId}\`: ${cell(pick(f.message, options.lang))}${cell(basis)}${cell(related)}\n`;
        });
      cases += 1;
      if (c.error === 0) clean += 1;
      if (notChecked) partial += 1;
      errors += errorLines.length;
      for (const k of ['error', 'warning', 'info', 'waived'] as const) total[k] += c[k];
      tally.add(r.findings);
      return [row, notChecked, errorLines.join('')];
    },
    finish(end) {
      for (const { finding: f } of end.crossCase ?? []) {
        if (f.waived) total.waived += 1;
        else total[f.severity] += 1;
      }
      const icon = total.error ? '❌' : total.warning ? '⚠️' : '✅';
      const lines = (...texts: string[]) => texts.map((t) => `${t}\n`).join('');
      const out: Piece[] = [
        lines(
          en ? `## ${icon} caselint: ${cases} case(s) checked` : `## ${icon} caselint：检查案卷 ${cases} 件`,
          '',
          en
            ? `**${total.error}** errors · **${total.warning}** warnings · **${total.info}** info · ${total.waived} waived · ${clean} case(s) without errors · as of ${start.asOf}`
            : `错误 **${total.error}** · 警告 **${total.warning}** · 提示 **${total.info}** · 已豁免 ${total.waived} · 无错误案卷 ${clean} 件 · 判断日 ${start.asOf}`,
          '',
          en
            ? '| Case | File | Errors | Warnings | Info | Waived | Checked | Not checked |'
            : '| 案件编号 | 文件 | 错误 | 警告 | 提示 | 豁免 | 已检查 | 未检查 |',
          '|---|---|---:|---:|---:|---:|---:|---:|',
        ),
        { section: 0 },
      ];
      if (partial) out.push(lines('', en ? '### Not checked' : '### 未检查项', ''), { section: 1 });
      const top = tally.top().slice(0, TOP_RULES);
      if (top.length) {
        out.push(
          lines(
            '',
            en ? '### Top rules' : '### 高发问题',
            '',
            en
              ? '| Rule | Title | Severity | Findings | Cases |'
              : '| 规则 | 名称 | 级别 | 问题数 | 案卷数 |',
            '|---|---|---|---:|---:|',
            ...top.map((t) => {
              const meta = rules.get(t.ruleId);
              const title = meta ? pick(meta.title, options.lang) : '';
              return `| \`${t.ruleId}\` | ${cell(title)} | ${severityLabel(t.severity, options.lang)} | ${t.count} | ${t.cases} |`;
            }),
          ),
        );
      }
      const cross = (end.crossCase ?? []).filter((i) => !i.finding.waived);
      if (cross.length) {
        out.push(
          lines(
            '',
            en ? '### Checks across cases' : '### 跨案卷检查',
            '',
            ...cross.map(({ finding: f }) => {
              const basis = f.basis.length ? ` — ${citeAll(f.basis, options.lang)}` : '';
              return `- ${code(`${f.file}:${f.line}`)} **${cell(f.case)}** ${severityLabel(f.severity, options.lang)} \`${f.ruleId}\`: ${cell(pick(f.message, options.lang))}${cell(basis)}`;
            }),
          ),
        );
      }
      if (errors) {
        out.push(
          lines('', `<details><summary>${en ? `Errors (${errors})` : `错误明细（${errors}）`}</summary>`, ''),
          { section: 2 },
          lines('', '</details>'),
        );
      }
      return out;
    },
  };
};

export function buildMarkdown(run: LintRun, options: FormatOptions): string {
  return formatBuffered(markdownStream, run, options, 'markdown');
}

export const markdown: Formatter = (run, options) => buildMarkdown(run, options);
