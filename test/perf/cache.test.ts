/** --cache: unchanged cases come from the cache; any change to what a result depends on re-checks the case. */
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { getRules } from '../../src/engine/registry.js';
import { lintPaths } from '../../src/engine/run.js';
import type { LintRun, WorkerSetting } from '../../src/engine/run-types.js';
import { pathToFileURL } from 'node:url';
import { fromRoot } from '../../src/paths.js';
import { json } from '../../src/format/json.js';
import { runCli } from '../cli/run-cli.js';
import { writeTree } from './tree.js';

const root = mkdtempSync(join(tmpdir(), 'caselint-cache-'));
writeTree(root, 1, 4);
const cacheFile = join(root, 'out', 'lint-cache.json');
/** the cases (the cache folder `out` beside them is not a case) */
const TARGETS = ['clean', 'broken', 'fail'];
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function run(
  options: {
    cache?: boolean;
    asOf?: string;
    rule?: Record<string, string>;
    workers?: WorkerSetting;
    paths?: string[];
  } = {},
): Promise<LintRun> {
  const config = resolveConfig({
    cwd: root,
    asOf: options.asOf ?? '2026-11-28',
    ruleOverrides: options.rule ?? {},
  });
  return lintPaths(options.paths ?? TARGETS, {
    cwd: root,
    config,
    rules: getRules(),
    ...(options.cache === false ? {} : { cacheFile }),
    ...(options.workers ? { workers: options.workers } : {}),
  });
}

const text = (r: LintRun) => json(r, { lang: 'zh', color: false, cwd: root, quiet: false });
const loadable = (r: LintRun) => r.results.filter((x) => x.caseId !== undefined).length;

describe('result cache', () => {
  it('answers an unchanged tree from the cache with the same output', async () => {
    rmSync(join(root, 'out'), { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(root, 'out'));
    const cold = await run();
    expect(cold.stats?.cached).toBe(0);
    expect(existsSync(cacheFile)).toBe(true);
    const warm = await run();
    expect(warm.stats?.cached).toBe(loadable(cold));
    expect(loadable(cold)).toBeGreaterThan(5);
    expect(text(warm)).toBe(text(cold));
  });

  it('starts no worker threads when the cache answers every case (the bundle lints in workers)', async () => {
    const paths = ['clean', 'fail'];
    const first = await run({ paths });
    const minCases = loadable(first);
    expect(minCases).toBe(first.results.length);
    const workers = { entry: pathToFileURL(fromRoot('dist', 'caselint.cjs')).href, count: 2, minCases };
    const warm = await run({ paths, workers });
    expect(warm.stats?.cached).toBe(minCases);
    expect(warm.stats?.workers).toBe(0);
    rmSync(cacheFile);
    const cold = await run({ paths, workers });
    expect(cold.stats?.workers).toBe(2);
    expect(text(cold)).toBe(text(warm));
    await run(); // the cache of every target again, for the tests below
  });

  it('re-checks an edited case and only that one', async () => {
    const file = join(root, 'clean', 'printing-vocs-0', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace(/^(\s*fine:\s*)\d+/m, '$19999999'));
    const edited = await run();
    expect(edited.stats?.cached).toBe(loadable(edited) - 1);
    expect(text(edited)).toBe(text(await run({ cache: false })));
    expect(text(edited)).not.toBe(
      text(
        await (async () => {
          writeFileSync(file, before);
          return run({ cache: false });
        })(),
      ),
    );
  });

  it('re-checks a case whose attachment changed (same size and mtime are trusted, else the sha256 decides)', async () => {
    await run();
    const attachment = join(root, 'clean', 'printing-vocs-0', 'decision.pdf');
    if (!existsSync(attachment)) return expect.unreachable('the example case has decision.pdf');
    const st = statSync(attachment);
    // touched, same bytes: the hash confirms the entry
    utimesSync(attachment, st.atime, new Date(st.mtimeMs + 5000));
    const touched = await run();
    expect(touched.stats?.cached).toBe(loadable(touched));
    appendFileSync(attachment, ' ');
    const changed = await run();
    expect(changed.stats?.cached).toBe(loadable(changed) - 1);
  });

  it('re-checks when a file appears in the case folder', async () => {
    await run();
    writeFileSync(join(root, 'clean', 'eia-unapproved-0', 'extra.pdf'), '%PDF-1.4\n');
    const r = await run();
    expect(r.stats?.cached).toBe(loadable(r) - 1);
  });

  it('is discarded when the rules or their severities change, and keyed by --as-of for open cases', async () => {
    await run();
    const other = await run({ rule: { 'procedure/filing-deadline': 'warning' } });
    expect(other.stats?.cached).toBe(0);
    await run();
    const later = await run({ asOf: '2026-12-31' });
    // closed cases keep their entry; cases still open are re-checked for the new date
    expect(later.stats?.cached).toBeLessThan(loadable(later));
    expect(text(later)).toBe(text(await run({ cache: false, asOf: '2026-12-31' })));
  });

  it.each([
    ['corrupt', '{"format": "caselint-result-cache/1", "entr'],
    ['foreign', JSON.stringify({ format: 'eslint', entries: { x: 1 } })],
    ['poisoned entries', null],
  ])('ignores a %s cache file and rebuilds it', async (_name, content) => {
    await run();
    if (content === null) {
      const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
      for (const key of Object.keys(cache.entries)) cache.entries[key] = { fingerprint: 'x', result: 42 };
      writeFileSync(cacheFile, JSON.stringify(cache));
    } else {
      writeFileSync(cacheFile, content);
    }
    const r = await run();
    expect(r.stats?.cached).toBe(0);
    expect(text(r)).toBe(text(await run({ cache: false })));
    expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { format: string }).format).toBe(
      'caselint-result-cache/2',
    );
    expect((await run()).stats?.cached).toBe(loadable(r));
  });

  it('--cache-location names a file or a folder (ESLint semantics); the CLI output is the same warm and cold', () => {
    const args = [
      'lint',
      ...TARGETS,
      '--as-of',
      '2026-11-28',
      '-f',
      'json',
      '--cache',
      '--cache-location',
      'out/',
    ];
    const cold = runCli(args, { cwd: root });
    expect(existsSync(join(root, 'out', '.caselintcache'))).toBe(true);
    const warm = runCli(args, { cwd: root });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.code).toBe(cold.code);
    runCli(['lint', ...TARGETS, '--cache', '--cache-location', 'out/named.json'], { cwd: root });
    expect(existsSync(join(root, 'out', 'named.json'))).toBe(true);
  }, 120_000);
});
