/** Worker threads give the same output, in the same order, as a run in one thread (the built bundle, as users run it). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { writeTree } from './tree.js';

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
