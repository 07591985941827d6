/**
 * Start-up (issue 13): `--version` is answered without the bundle, the bundle runs from a V8 code cache that is
 * the user's own and survives damage, and a clean one-case lint loads none of the heavy libraries. Times are
 * measured by `npm run bench`, not here.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ONE_CASE = fromRoot('fixtures', 'cases', 'eia-unapproved');

function caselint(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, fromRoot('bin', 'caselint.js'), ...args], {
    cwd: fromRoot(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheDirIn = (tmp: string) => join(tmp, `caselint-compile-cache-${process.getuid?.() ?? 'user'}`);

describe('--version', () => {
  it("prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      expect(caselint([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });
});

describe('the code cache of the bundle', () => {
  const lint = ['lint', ONE_CASE, '--as-of', '2026-11-28', '-f', 'json'];

  it('is written by the first run, used by the next, and rewritten when damaged; the output never changes', () => {
    const tmp = join(work, 'cache');
    mkdirSync(tmp);
    const first = caselint(lint, { TMPDIR: tmp });
    expect(first.code).toBe(0);
    const dir = cacheDirIn(tmp);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    const cache = join(dir, files[0]!);

    const second = caselint(lint, { TMPDIR: tmp });
    expect(second.stdout).toBe(first.stdout);

    writeFileSync(cache, 'not a code cache');
    const third = caselint(lint, { TMPDIR: tmp });
    expect(third).toMatchObject({ code: 0, stdout: first.stdout, stderr: '' });
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  });

  it.runIf(process.getuid !== undefined)('is not used from a folder that others may write to', () => {
    const tmp = join(work, 'shared');
    const dir = cacheDirIn(tmp);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    expect(caselint(lint, { TMPDIR: tmp }).code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE', () => {
    const tmp = join(work, 'off');
    mkdirSync(tmp);
    expect(caselint(lint, { TMPDIR: tmp, NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe('a clean one-case lint', () => {
  it('loads no heavy library, no holiday package, no ICU formatter and no promise file API; reads no law YAML', () => {
    const report = join(work, 'loaded.json');
    const preload = join(work, 'trace.cjs');
    writeFileSync(
      preload,
      `let intl = 0;
const fs = require('node:fs');
const readFileSync = fs.readFileSync;
const read = [];
fs.readFileSync = function (path, ...rest) { read.push(String(path)); return readFileSync.call(this, path, ...rest); };
const NumberFormat = Intl.NumberFormat;
Intl.NumberFormat = function (...args) { intl += 1; return new NumberFormat(...args); };
process.on('exit', () => {
  const packages = Object.keys(require.cache)
    .map((f) => /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(f)?.[1])
    .filter(Boolean);
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13));
  fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify({ intl, packages: [...new Set(packages)], builtins, read }));
});
`,
    );
    // the server is not disabled, there is just none running (src/server/client.ts)
    const noServer = { CASELINT_NO_SERVER: '', XDG_RUNTIME_DIR: work };
    const r = caselint(['lint', ONE_CASE, '--as-of', '2026-11-28'], noServer, ['--require', preload]);
    expect(r.code).toBe(0);
    const loaded = JSON.parse(readFileSync(report, 'utf8')) as {
      intl: number;
      packages: string[];
      builtins: string[];
      read: string[];
    };
    expect(loaded.intl).toBe(0);
    for (const heavy of ['ajv', 'yaml', 'chinese-days', 'docx', 'exceljs', 'mammoth', 'unpdf', 'diff']) {
      expect(loaded.packages).not.toContain(heavy);
    }
    expect(loaded.builtins).not.toContain('child_process');
    // loaded on first use (src/lazy.ts): many cases or a document not yet extracted
    expect(loaded.builtins).not.toContain('worker_threads');
    expect(loaded.builtins).not.toContain('zlib');
    // every start reads these small files synchronously (a round trip through the thread pool costs more)
    expect(loaded.builtins).not.toContain('fs/promises');
    expect(loaded.builtins).not.toContain('internal/fs/promises');
    // the bundle checked the compiled copies of the knowledge base when it was built (scripts/build-bundle.mjs)
    const lawData = loaded.read.filter((f) => /src[\\/]law[\\/]data[\\/]/.test(f));
    expect(lawData.length).toBeGreaterThan(3);
    expect(lawData.filter((f) => f.endsWith('.yaml'))).toEqual([]);
  });
});
