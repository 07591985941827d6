/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. Data is escaped
 * (% CR LF) and property values also escape ':' and ',' as the runner's toolkit does
 * (actions/toolkit packages/core/src/command.ts escapeData / escapeProperty).
 */
import type { Severity } from '../engine/types.js';
import type { Formatter } from './types.js';
import { printableLines } from '../text/printable.js';
import { citeAll, pick, relatedText } from '../report/text.js';
import { ruleIndex, sortedFindings } from '../report/counts.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** also: control characters (ESC, BEL…) and bidirectional overrides from case text are written as \u{…} */
export function escapeData(text: string): string {
  return printableLines(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (run, options) => {
  const rules = ruleIndex(run);
  const lines: string[] = [];
  for (const result of run.results) {
    for (const f of sortedFindings(result.findings)) {
      if (f.waived) continue;
      if (options.quiet && f.severity !== 'error') continue;
      const meta = rules.get(f.ruleId);
      const title = meta ? `${f.ruleId} ${pick(meta.title, options.lang)}` : f.ruleId;
      const props = [`file=${escapeProperty(f.file.replace(/\\/g, '/'))}`];
      if (f.line > 0) props.push(`line=${f.line}`, `col=${Math.max(1, f.column)}`);
      props.push(`title=${escapeProperty(title)}`);
      const basis = f.basis.length
        ? `\n${options.lang === 'en' ? 'Basis' : '依据'}: ${citeAll(f.basis, options.lang)}`
        : '';
      const related = f.related?.length ? `\n${relatedText(f.related, options.lang)}` : '';
      const message = `[${f.case}] ${pick(f.message, options.lang)}${basis}${related}`;
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
