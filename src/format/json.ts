/** Machine output: every finding with file, line, column, ruleId, severity, message (both languages) and basis. */
import { citeBasis } from './cite.js';
import type { Formatter, Lang } from './types.js';
import type { JsonCoverage, JsonReport } from './json-types.js';
import type { CaseCoverage } from '../engine/types.js';
import { coverageLine, gapReason } from '../engine/coverage.js';

/** per case: how many checks ran, and each check not run with its reasons (fact key, kind, text) */
function coverageJson(coverage: CaseCoverage, lang: Lang): JsonCoverage {
  return {
    checked: coverage.checked.length,
    notChecked: coverage.notChecked.map((e) => ({
      ruleId: e.ruleId,
      check: e.check[lang],
      reasons: e.reasons.map((g) => ({
        fact: g.fact,
        kind: g.kind,
        reason: gapReason(g)[lang],
        path: g.path ?? null,
      })),
    })),
    summary: coverageLine(coverage, lang),
    checkedRules: coverage.checked,
  };
}

export const json: Formatter = (run, options) => {
  const output: JsonReport = {
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
      coverage: r.coverage ? coverageJson(r.coverage, options.lang) : null,
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
