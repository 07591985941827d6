/** Worker threads give the same output, in the same order, as a run in one thread (the built bundle, as users run it). */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeTree } from './tree.js';
import { allRules } from '../../rules/index.js';
import { lintPaths } from '../../src/engine/run.js';
import { rulesByIds } from '../../src/engine/lint-worker.js';
import type { LintOptions } from '../../src/engine/run-types.js';
import type { Rule } from '../../src/engine/types.js';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';

const root = mkdtempSync(join(tmpdir(), 'caselint-workers-'));
writeTree(root, 2, 40);
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Report {
  summary: { cases: number; errors: number; warnings: number };
  results: { file: string; findings: unknown[] }[];
}

describe('lint on worker threads', () => {
  it('writes exactly what the single-threaded run writes, for json and stylish', () => {
    const args = ['lint', 'clean', 'broken', 'fail', '--as-of', '2026-11-28'];
    const output = (name: string) => readFileSync(join(root, name), 'utf8');
    const single = runCli(
      [...args, '-f', 'json:single.json', '-f', 'stylish:single.txt', '--concurrency', 'off'],
      {
        cwd: root,
      },
    );
    const threaded = runCli(
      [...args, '-f', 'json:threaded.json', '-f', 'stylish:threaded.txt', '--concurrency', '2'],
      {
        cwd: root,
      },
    );
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.code).toBe(single.code);
    expect(output('threaded.json')).toBe(output('single.json'));
    expect(output('threaded.txt')).toBe(output('single.txt'));
    const report = JSON.parse(output('single.json')) as Report;
    // a meaningful comparison: many cases, many findings, load errors among them
    expect(report.summary.cases).toBeGreaterThan(45);
    expect(report.summary.errors).toBeGreaterThan(20);
    expect(report.results.filter((r) => r.findings.length > 0).length).toBeGreaterThan(30);
  }, 240_000);

  it('rejects a bad --concurrency value with a usage error', () => {
    const out = runCli(['lint', '.', '--concurrency', 'many'], { cwd: root });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--concurrency');
  });
});

describe('the rule set of worker threads', () => {
  // the failing cases of the tree, each waiving a caselint rule, an id caselint does not know and a rule of the run
  const waived = join(root, 'waived');
  for (const name of readdirSync(join(root, 'fail')).slice(0, 12)) {
    const data = parse(readFileSync(join(root, 'fail', name, 'case.yaml'), 'utf8')) as CaseData;
    data.waivers = ['doc/decision-party', 'qqqq/zzzz', 'core/party-id-checksum'].map((rule) => ({
      rule,
      reason: '已核实',
      approved_by: '法制科',
      date: '2020-11-02',
    }));
    mkdirSync(join(waived, name), { recursive: true });
    writeFileSync(join(waived, name, 'case.yaml'), stringify(data));
  }
  const entry = pathToFileURL(fromRoot('dist', 'caselint.cjs')).href;
  const lintBoth = async (rules: Rule[], knownRules: Rule[]) => {
    const options: LintOptions = { cwd: root, rules, knownRules, asOf: '2026-11-28' };
    const single = await lintPaths(['waived'], options);
    const threaded = await lintPaths(['waived'], { ...options, workers: { entry, count: 2, minCases: 1 } });
    return { single: single.results, threaded: threaded.results, workers: threaded.stats?.workers };
  };
  const ruleIds = (results: { findings: { ruleId: string }[] }[]) =>
    [...new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();

  it('run the rules of the run and judge waivers by the known rules, as this thread does', async () => {
    const subset = allRules.filter(
      (r) => /^(core|doc)\//.test(r.meta.id) && r.meta.id !== 'doc/decision-party',
    );
    const { single, threaded, workers } = await lintBoth(subset, allRules);
    expect(workers).toBe(2);
    expect(threaded).toEqual(single);
    // only rules of the subset found anything (the worker's entry carries every pack)
    expect(ruleIds(single).every((id) => /^(core|doc|input)\//.test(id))).toBe(true);
    expect(ruleIds(single).length).toBeGreaterThan(2);
    // the waiver of doc/decision-party (known, outside the run) is not judged; the unknown id is reported
    const unused = single.flatMap((r) => r.findings).filter((f) => f.ruleId === 'core/unused-waiver');
    expect(unused.some((f) => f.path?.endsWith('/rule'))).toBe(true);
    expect(unused.some((f) => f.path === '/waivers/0' || f.path === '/waivers/0/rule')).toBe(false);
  }, 120_000);

  it('leave the cases to this thread when the entry does not carry a rule of the run', async () => {
    const base = allRules.find((r) => r.meta.id === 'core/party-id-checksum') as Rule;
    const own: Rule = {
      meta: { ...base.meta, id: 'test/own-rule' },
      check: () => [{ message: { zh: '自定义规则', en: 'own rule' } }],
    };
    const { single, threaded } = await lintBoth([own], allRules);
    expect(threaded).toEqual(single);
    expect(ruleIds(threaded)).toEqual(['core/unused-waiver', 'test/own-rule']);
    expect(() => rulesByIds(['test/own-rule'], allRules)).toThrow(/test\/own-rule/);
    expect(
      rulesByIds(['doc/decision-party', 'core/party-id-checksum'], allRules).map((r) => r.meta.id),
    ).toEqual(['doc/decision-party', 'core/party-id-checksum']);
  }, 120_000);
});
