/**
 * Streamed formats (issue 13, memory flat): the text the CLI writes case by case as the results arrive — straight
 * out, or through a spool in memory or in a temporary file — is byte for byte the text of the format over the
 * finished run; a run that keeps no results counts the same.
 */
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/run.js';
import { getRules } from '../../src/engine/registry.js';
import type { CaseResult, LintRun } from '../../src/engine/run-types.js';
import { formatterNames, getStreamFormat } from '../../src/format/index.js';
import { FormatSink } from '../../src/format/sink.js';
import { formatBuffered, runEnd, type StreamFormat } from '../../src/format/stream.js';
import type { FormatOptions } from '../../src/format/types.js';
import { fromRoot } from '../../src/paths.js';

const PATHS = ['fixtures/cases', 'fixtures/broken', 'fixtures/lawful', 'fixtures/partial'];
const cwd = fromRoot();

async function streamedAndBuffered(
  name: string,
  options: FormatOptions,
  spoolMemoryBytes: number,
): Promise<{ streamed: string; buffered: string; run: LintRun }> {
  const format = (await getStreamFormat(name)) as StreamFormat;
  let streamed = '';
  let sink: FormatSink | undefined;
  const run = await lintPaths(PATHS, {
    cwd,
    rules: getRules(),
    asOf: '2026-11-28',
    keepCase: name === 'html',
    onStart: (start) => {
      sink = new FormatSink(format(start, options), name, (t) => (streamed += t), spoolMemoryBytes);
    },
    onResult: (r) => sink?.add(r),
  });
  sink?.finish(runEnd(run));
  return { streamed, buffered: formatBuffered(format, run, options), run };
}

describe('streamed formats', () => {
  const options: FormatOptions = { lang: 'zh', color: false, cwd, quiet: false };

  it.each(formatterNames())(
    '%s: the streamed text equals the text over the finished run',
    async (name) => {
      // a spool of 0 bytes moves every section to a temporary file at once
      const { streamed, buffered, run } = await streamedAndBuffered(name, options, 0);
      expect(run.results.length).toBeGreaterThan(40);
      expect(run.errorCount).toBeGreaterThan(0);
      expect(streamed.length).toBeGreaterThan(500);
      expect(streamed).toBe(buffered);
    },
    60_000,
  );

  it.each(['json', 'markdown', 'sarif'])(
    '%s in English, --quiet, spooled in memory',
    async (name) => {
      const { streamed, buffered } = await streamedAndBuffered(
        name,
        { ...options, lang: 'en', quiet: true },
        1 << 30,
      );
      expect(streamed).toBe(buffered);
    },
    60_000,
  );

  it('a run that keeps no results gives every result to onResult, in order, with the same counts', async () => {
    const kept = await lintPaths(PATHS, { cwd, rules: getRules(), asOf: '2026-11-28' });
    const seen: CaseResult[] = [];
    const indexes: number[] = [];
    const streamed = await lintPaths(PATHS, {
      cwd,
      rules: getRules(),
      asOf: '2026-11-28',
      keepResults: false,
      onResult: (r, i) => {
        seen.push(r);
        indexes.push(i);
      },
    });
    expect(streamed.results).toEqual([]);
    expect(streamed.caseCount).toBe(kept.results.length);
    expect(seen).toEqual(kept.results);
    expect(indexes).toEqual(kept.results.map((_, i) => i));
    expect([streamed.errorCount, streamed.warningCount, streamed.infoCount]).toEqual([
      kept.errorCount,
      kept.warningCount,
      kept.infoCount,
    ]);
  }, 60_000);

  it('a case the format cannot write becomes an internal error of that case; the others are written', async () => {
    const json = (await getStreamFormat('json')) as StreamFormat;
    let out = '';
    let sink: FormatSink | undefined;
    const run = await lintPaths(['fixtures/cases'], {
      cwd,
      rules: getRules(),
      asOf: '2026-11-28',
      onStart: (start) => {
        const writer = json(start, options);
        const failing = {
          ...writer,
          opening: writer.opening,
          add: (r: CaseResult) => {
            if (r.caseId !== undefined && r.file.includes('printing-vocs'))
              throw new RangeError('Maximum call stack size exceeded');
            return writer.add(r);
          },
          finish: writer.finish,
        };
        sink = new FormatSink(failing, 'json', (t) => (out += t));
      },
      onResult: (r) => sink?.add(r),
    });
    sink?.finish(runEnd(run));
    const report = JSON.parse(out) as {
      summary: { errors: number };
      results: { file: string; findings: { ruleId: string }[] }[];
    };
    expect(report.results).toHaveLength(run.results.length);
    const failed = report.results.find((r) => r.file.includes('printing-vocs'));
    expect(failed?.findings.map((f) => f.ruleId)).toEqual(['internal/error']);
    expect(report.summary.errors).toBe(run.errorCount + 1);
    expect(out).not.toMatch(/Maximum call stack/);
  }, 60_000);
});
