/**
 * A formatter that fails on one case's data must not lose the report of the others: the failing case is found by
 * formatting the cases one by one, its result is replaced by an internal-error finding, and the whole run is
 * formatted again. Only when even that fails does the error reach the caller.
 */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import { internalErrorFinding } from '../engine/internal-error.js';
import type { FormatOptions, Formatter } from './types.js';

export function formatIsolated(
  formatter: Formatter,
  name: string,
  run: LintRun,
  options: FormatOptions,
): string {
  try {
    return formatter(run, options);
  } catch (first) {
    let errors = 0;
    const results = run.results.map((r): CaseResult => {
      try {
        formatter({ ...run, results: [r] }, options);
        return r;
      } catch (error) {
        errors += 1;
        const finding = internalErrorFinding(
          error,
          { zh: `生成 ${name} 格式输出`, en: `writing the ${name} output` },
          { case: r.caseId ?? r.file, file: r.file },
        );
        return { file: r.file, findings: [finding] };
      }
    });
    if (errors === 0) throw first;
    const counted = { ...run, results, errorCount: run.errorCount + errors };
    return formatter(counted, options);
  }
}
