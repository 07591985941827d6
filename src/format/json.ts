/** Machine output: every finding with file, line, column, ruleId, severity, message (both languages) and basis. */
import { citeBasis } from './cite.js';
import type { FormatOptions, Formatter, Lang } from './types.js';
import type { CaseResult } from '../engine/run-types.js';
import type { JsonCaseResult, JsonCoverage, JsonFinding, JsonReport } from './json-types.js';
import { formatBuffered, jsonAround, jsonElement, type StreamFormat } from './stream.js';
import type { CaseCoverage, Finding } from '../engine/types.js';
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

function findingJson(f: Finding, options: FormatOptions): JsonFinding {
  return {
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
  };
}

/** one case of results[] */
function caseJson(r: CaseResult, options: FormatOptions): JsonCaseResult {
  return {
    file: r.file,
    case: r.caseId ?? null,
    coverage: r.coverage ? coverageJson(r.coverage, options.lang) : null,
    findings: r.findings
      .filter((f) => !options.quiet || f.severity === 'error')
      .map((f) => findingJson(f, options)),
  };
}

/** `{tool, asOf, summary, results: [...]}`, each case of results written as it arrives */
export const jsonStream: StreamFormat = (start, options) => {
  let cases = 0;
  return {
    opening: 'head',
    add(result) {
      const text = jsonElement(caseJson(result, options), 4, cases === 0);
      cases += 1;
      return [text];
    },
    finish(end) {
      // typed as the document the API returns (src/format/json-types.ts); results[] is written case by case
      const document: Omit<JsonReport, 'results'> & { results: unknown[] } = {
        tool: 'caselint',
        asOf: start.asOf,
        summary: { cases, errors: end.errorCount, warnings: end.warningCount, infos: end.infoCount },
        results: [],
      };
      const cross = (end.crossCase ?? []).filter((i) => !options.quiet || i.finding.severity === 'error');
      if (cross.length)
        document.crossCase = cross.map((i) => ({
          index: i.index,
          file: i.file,
          case: i.caseId,
          finding: findingJson(i.finding, options),
        }));
      return jsonAround(document, (doc, value) => (doc.results = value), cases === 0);
    },
  };
};

export const json: Formatter = (run, options) => formatBuffered(jsonStream, run, options, 'json');
