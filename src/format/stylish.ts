/**
 * Human output, grouped by case: `line:col  severity  message  rule-id`, the legal basis under each finding,
 * waived findings marked, and a count summary last. Colour only when allowed (TTY and no NO_COLOR).
 */
import { Chalk } from 'chalk';
import type { Finding, Severity } from '../engine/types.js';
import { printable } from '../text/printable.js';
import { citeAll } from './cite.js';
import { coverageLine } from '../engine/coverage.js';
import { relatedText } from '../report/text.js';
import type { Formatter } from './types.js';
import type { CaseResult } from '../engine/run-types.js';
import { crossCaseGroups, formatBuffered, type RunEnd, type StreamFormat } from './stream.js';

const LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** each case's block as it arrives, the count summary last */
export const stylishStream: StreamFormat = (_start, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const { lang } = options;
  const paint = (s: Severity, text: string) =>
    s === 'error' ? chalk.red(text) : s === 'warning' ? chalk.yellow(text) : chalk.blue(text);
  let cases = 0;
  let waived = 0;
  let notRun = 0;
  return {
    opening: 'direct',
    add(result) {
      const text = caseBlock(result);
      cases += 1;
      waived += result.findings.filter((f) => f.waived).length;
      notRun += result.coverage?.notChecked.length ?? 0;
      return [text];
    },
    finish(run) {
      const cross = crossCaseGroups(run.crossCase);
      const heading = lang === 'zh' ? '跨案卷检查' : 'Checks across cases';
      const blocks = cross.map(caseBlock).join('');
      waived += cross.reduce((n, r) => n + r.findings.filter((f) => f.waived).length, 0);
      return [blocks ? `${chalk.bold(heading)}\n${blocks}` : '', `${summaryLine(run)}\n`];
    },
  };

  function caseBlock(result: CaseResult): string {
    const shown = result.findings.filter((f) => !options.quiet || (f.severity === 'error' && !f.waived));
    const gaps = !options.quiet && result.coverage !== undefined && result.coverage.notChecked.length > 0;
    if (shown.length === 0 && !gaps) return '';
    const lines: string[] = [];
    const title =
      result.caseId !== undefined
        ? `${printable(result.file)}  ${chalk.dim(`(${printable(result.caseId)})`)}`
        : printable(result.file);
    lines.push(chalk.underline(title));
    const sorted = [...shown].sort((a, b) => a.line - b.line || a.column - b.column);
    const width = Math.max(...sorted.map((f) => `${f.line}:${f.column}`.length));
    for (const f of sorted) lines.push(...findingLines(f, width, lang, paint, chalk, result.file));
    if (result.coverage && !options.quiet)
      lines.push(`  ${chalk.dim(printable(coverageLine(result.coverage, lang)))}`);
    lines.push('');
    return lines.map((line) => `${line}\n`).join('');
  }

  function summaryLine(run: RunEnd): string {
    const total = run.errorCount + run.warningCount + run.infoCount;
    const notRunNote =
      notRun === 0
        ? ''
        : lang === 'zh'
          ? `；另有 ${notRun} 项未检查（见各案卷）`
          : `; ${notRun} check${notRun === 1 ? '' : 's'} not run (see each case)`;
    const mark = run.errorCount > 0 ? chalk.red('✖') : total > 0 ? chalk.yellow('⚠') : chalk.green('✔');
    if (lang === 'zh') {
      return (
        `${mark} 检查 ${cases} 个案卷：${total} 个问题（${run.errorCount} 个错误，${run.warningCount} 个警告，${run.infoCount} 个提示）` +
        (waived ? `，${waived} 个已豁免` : '') +
        notRunNote
      );
    }
    return (
      `${mark} ${cases} case${cases === 1 ? '' : 's'} checked: ${total} problem${total === 1 ? '' : 's'} (${run.errorCount} error${run.errorCount === 1 ? '' : 's'}, ${run.warningCount} warning${run.warningCount === 1 ? '' : 's'}, ${run.infoCount} info)` +
      (waived ? `, ${waived} waived` : '') +
      notRunNote
    );
  }
};

export const stylish: Formatter = (run, options) => formatBuffered(stylishStream, run, options, 'stylish');

function findingLines(
  f: Finding,
  width: number,
  lang: 'zh' | 'en',
  paint: (s: Severity, t: string) => string,
  chalk: InstanceType<typeof Chalk>,
  caseFile: string,
): string[] {
  const where = `${f.line}:${f.column}`.padEnd(width);
  const label = f.waived
    ? chalk.dim(lang === 'zh' ? '已豁免' : 'waived')
    : paint(f.severity, LABEL[f.severity][lang]);
  const file = f.file !== caseFile ? `${chalk.dim(printable(f.file))} ` : '';
  // file names and case text are untrusted: no terminal escape sequences reach the reviewer's terminal
  const out = [`  ${where}  ${label}  ${file}${printable(f.message[lang])}  ${chalk.dim(f.ruleId)}`];
  const indent = ' '.repeat(width + 4);
  if (f.basis.length > 0)
    out.push(`${indent}${chalk.dim(`${lang === 'zh' ? '依据' : 'basis'}: ${citeAll(f.basis, lang)}`)}`);
  if (f.related?.length) out.push(`${indent}${chalk.dim(relatedText(f.related, lang))}`);
  if (f.waived) {
    out.push(
      `${indent}${chalk.dim(printable(lang === 'zh' ? `豁免：${f.waived.reason}（${f.waived.approved_by}，${f.waived.date}）` : `waiver: ${f.waived.reason} (${f.waived.approved_by}, ${f.waived.date})`))}`,
    );
  }
  return out;
}
