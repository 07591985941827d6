/** Machine output: every finding with file, line, column, ruleId, severity, message (both languages) and basis. */
import { citeBasis } from './cite.js';
import type { Formatter } from './types.js';

export const json: Formatter = (run, options) => {
  const output = {
    tool: 'caselint',
    asOf: run.asOf,
    summary: {
      cases: run.results.length,
      errors: run.errorCount,
      warnings: run.warningCount,
      infos: run.infoCount,
    },
    results: run.results.map((r) => ({
      file: r.file,
      case: r.caseId ?? null,
      findings: r.findings
        .filter((f) => !options.quiet || f.severity === 'error')
        .map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          category: f.category,
          message: f.message[options.lang],
          messages: f.message,
          file: f.file,
          line: f.line,
          column: f.column,
          path: f.path ?? null,
          basis: f.basis.map((b) => ({ ...b, citation: citeBasis(b, options.lang) })),
          suggestion: f.suggestion?.[options.lang] ?? null,
          deadline: f.deadline ?? null,
          cause: f.cause ?? null,
          related: f.related ?? [],
          waived: f.waived ?? null,
        })),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
