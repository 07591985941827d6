/**
 * Formats written case by case (issue 13, memory flat in the number of cases). A format is a `StreamFormat`: it
 * is told the rules and the as-of date before the first case, turns each case's result into text as the result
 * arrives (in input order), and at the end returns the text around that: the head and tail that need the run's
 * totals, with placeholders where the cases' text goes. Nothing of a case is kept but the format's own counters.
 * `formatBuffered` runs a stream format over a finished run (the API, the tests); src/format/sink.ts writes the
 * cases' text as it comes, to the output or to a temporary spool, so the two give the same bytes.
 */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import { internalErrorFinding } from '../engine/internal-error.js';
import type { RuleMeta } from '../engine/types.js';
import type { CrossCaseItem } from '../engine/cross-case.js';
import type { IsoDate } from '../model/case-data.js';
import type { FormatOptions } from './types.js';

/** what a format knows before the first case */
export interface RunStart {
  rules: RuleMeta[];
  asOf: IsoDate;
}

/** what it knows once every case was added */
export interface RunEnd {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatalInputError: boolean;
  durationMs: number;
  /** the cross-case findings (known only after the last case), which a format prints after the cases */
  crossCase?: CrossCaseItem[];
}

/** the cross-case findings grouped by their case, in input order, as results of their own (no coverage) */
export function crossCaseGroups(items: readonly CrossCaseItem[] = []): CaseResult[] {
  const byIndex = new Map<number, CaseResult>();
  for (const item of [...items].sort((a, b) => a.index - b.index)) {
    const group = byIndex.get(item.index) ?? { file: item.file, caseId: item.caseId, findings: [] };
    group.findings.push(item.finding);
    byIndex.set(item.index, group);
  }
  return [...byIndex.values()];
}

/** a piece of the whole output: text, or the text the cases wrote into section `section` */
export type Piece = string | { section: number };

export interface CaseWriter {
  /**
   * How the output begins: `direct` when it begins with section 0 (no head), so that section can be written out
   * as the cases arrive (`finish` then returns only what follows it); `head` when the head (run totals) comes
   * first and every section waits in a spool.
   */
  readonly opening: 'direct' | 'head';
  /** the text of one case for each section ('' for nothing); must not change the writer's state when it throws */
  add(result: CaseResult): string[];
  /** the output around the sections, once every case was added */
  finish(end: RunEnd): Piece[];
}

export type StreamFormat = (start: RunStart, options: FormatOptions) => CaseWriter;

export function runEnd(run: LintRun): RunEnd {
  return {
    errorCount: run.errorCount,
    warningCount: run.warningCount,
    infoCount: run.infoCount,
    fatalInputError: run.fatalInputError,
    durationMs: run.durationMs,
    ...(run.crossCase?.length ? { crossCase: run.crossCase } : {}),
  };
}

/**
 * One case's texts; a case whose text the format cannot write is replaced by an internal-error finding for that
 * case (`failed`: the output counts it as an error). A format that cannot write even that has a bug of its own,
 * which reaches the caller.
 */
export function addCase(
  writer: CaseWriter,
  name: string,
  result: CaseResult,
): { texts: string[]; failed: boolean } {
  try {
    return { texts: writer.add(result), failed: false };
  } catch (error) {
    const finding = internalErrorFinding(
      error,
      { zh: `生成 ${name} 格式输出`, en: `writing the ${name} output` },
      { case: result.caseId ?? result.file, file: result.file },
    );
    return { texts: writer.add({ file: result.file, findings: [finding] }), failed: true };
  }
}

/** the whole output of a finished run, in one string (a case the format cannot write: see addCase) */
export function formatBuffered(
  format: StreamFormat,
  run: LintRun,
  options: FormatOptions,
  name = 'caselint',
): string {
  const writer = format({ rules: run.rules, asOf: run.asOf }, options);
  const sections: string[][] = [];
  let failed = 0;
  for (const result of run.results) {
    const added = addCase(writer, name, result);
    if (added.failed) failed += 1;
    added.texts.forEach((text, i) => {
      (sections[i] ??= []).push(text);
    });
  }
  const end = runEnd(run);
  const pieces = writer.finish({ ...end, errorCount: end.errorCount + failed });
  if (writer.opening === 'direct') pieces.unshift({ section: 0 });
  return pieces.map((p) => (typeof p === 'string' ? p : (sections[p.section] ?? []).join(''))).join('');
}

/** a marker string that cannot occur in JSON.stringify's output of case data (it is not valid in a string) */
const MARKER = '\u0000caselint-section\u0000';

/**
 * JSON.stringify(document, null, 2) with the array at `path` written case by case: the document is stringified
 * with a marker in that array and cut around it. `elementIndent` is the indentation of that array's elements,
 * `empty` says whether no element was written (the array then prints as `[]`, as JSON.stringify would).
 */
export function jsonAround(
  document: Record<string, unknown>,
  setArray: (doc: Record<string, unknown>, value: unknown[]) => void,
  empty: boolean,
): Piece[] {
  if (empty) {
    setArray(document, []);
    return [`${JSON.stringify(document, null, 2)}\n`];
  }
  setArray(document, [MARKER]);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const quoted = JSON.stringify(MARKER);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return [text.slice(0, lineStart), { section: 0 }, text.slice(at + quoted.length)];
}

/** one element of a streamed JSON array: JSON.stringify(value, null, 2) indented by `indent` spaces */
export function jsonElement(value: unknown, indent: number, first: boolean): string {
  const pad = ' '.repeat(indent);
  const body = JSON.stringify(value, null, 2)
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
  return first ? body : `,\n${body}`;
}
