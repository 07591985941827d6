/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. Data is escaped
 * (% CR LF) and property values also escape ':' and ',' as the runner's toolkit does
 * (actions/toolkit packages/core/src/command.ts escapeData / escapeProperty).
 */
import type { Severity } from '../engine/types.js';
import type { Formatter } from './types.js';
import { printableLines } from '../text/printable.js';
import { citeAll, pick, relatedText } from '../report/text.js';
import { sortedFindings } from '../report/counts.js';
import { crossCaseGroups, formatBuffered, type StreamFormat } from './stream.js';
import type { CaseResult } from '../engine/run-types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** also: control characters (ESC, BEL…) and bidirectional overrides from case text are written as \u{…} */
export function escapeData(text: string): string {
  return printableLines(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** one workflow command per active finding, written as each case arrives */
export const githubStream: StreamFormat = (start, options) => {
  const rules = new Map(start.rules.map((r) => [r.id, r]));
  return {
    opening: 'direct',
    add(result) {
      return [commands(result)];
    },
    finish: (end) => crossCaseGroups(end.crossCase).map(commands),
  };

  function commands(result: CaseResult): string {
    const lines: string[] = [];
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
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}\n`);
    }
    return lines.join('');
  }
};

export const github: Formatter = (run, options) => formatBuffered(githubStream, run, options, 'github');
