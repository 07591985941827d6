/**
 * A report's run asks for lean results (LintOptions.results): a lint worker posts only what the report reads, and
 * what the report keeps is the same as when it trims whole results itself, in one thread or on workers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { allRules } from '../../rules/index.js';
import { leanResult } from '../../src/engine/lean-result.js';
import { StringPool } from '../../src/engine/intern.js';
import { lintPaths } from '../../src/engine/run.js';
import type { CaseResult, LintOptions, ResultShape } from '../../src/engine/run-types.js';
import { fromRoot } from '../../src/paths.js';
import { reportResult } from '../../src/report/lint-for-report.js';

const root = mkdtempSync(join(tmpdir(), 'caselint-lean-'));
writeTree(root, 2, 12);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function kept(shape: ResultShape, threaded: boolean, keep: 'scores' | 'deadlines') {
  const strings = new StringPool();
  const out: unknown[] = [];
  const options: LintOptions = {
    cwd: root,
    asOf: '2026-11-28',
    rules: allRules,
    knownRules: allRules,
    keepResults: false,
    results: shape,
    onResult: (r, i) => {
      out[i] = reportResult(r, keep as 'deadlines', strings);
    },
  };
  if (threaded)
    options.workers = { entry: pathToFileURL(fromRoot('dist', 'caselint.cjs')).href, count: 2, minCases: 1 };
  const run = await lintPaths(['clean', 'broken', 'fail'], options);
  return { out, counts: [run.errorCount, run.warningCount, run.infoCount], workers: run.stats?.workers };
}

describe('lean results', () => {
  it.each(['scores', 'deadlines'] as const)(
    '%s: the same kept results and counts from whole results, lean ones, and lean ones from workers',
    async (keep) => {
      const whole = await kept('full', false, keep);
      const lean = await kept(keep, false, keep);
      const threaded = await kept(keep, true, keep);
      expect(threaded.workers).toBe(2);
      expect(whole.out.length).toBeGreaterThan(20);
      expect(lean).toEqual(whole);
      expect(threaded.out).toEqual(whole.out);
      expect(threaded.counts).toEqual(whole.counts);
    },
  );

  it('drops the coverage, the case, the places and all but the scored fields of a finding', () => {
    const r = {
      file: 'a/case.yaml',
      caseId: 'X',
      findings: [
        {
          ruleId: 'core/x',
          severity: 'error',
          category: '程序合法',
          case: 'X',
          message: { zh: '甲', en: 'a' },
          file: 'a/case.yaml',
          line: 3,
          column: 1,
          basis: [],
        },
        {
          ruleId: 'procedure/y',
          severity: 'info',
          category: '程序合法',
          case: 'X',
          message: { zh: '乙', en: 'b' },
          file: 'a/case.yaml',
          line: 4,
          column: 1,
          basis: [],
          deadline: { label: { zh: '期限', en: 'due' }, due: '2026-12-01', status: 'pending' },
        },
      ],
      coverage: { checked: ['core/x'], notChecked: [] },
      summary: { status: 'open', source: '其他', party: 'P', cause: 'C', fine: 0, tools: [], places: {} },
      facts: { number: 'X' },
    } as unknown as CaseResult;
    const scores = leanResult(r, 'scores');
    expect(scores.coverage).toBeUndefined();
    expect(scores.summary).not.toHaveProperty('places');
    expect(scores.facts).toEqual({ number: 'X' });
    expect(scores.findings.map((f) => Object.keys(f).sort())).toEqual([
      ['case', 'category', 'ruleId', 'severity'],
      ['case', 'category', 'ruleId', 'severity'],
    ]);
    expect(leanResult(r, 'deadlines').findings[1]).toBe(r.findings[1]);
    expect(leanResult(r, 'full')).toBe(r);
  });
});
