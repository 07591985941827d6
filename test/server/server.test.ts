/**
 * The resident server (src/server, `caselint server …`), run the way a user runs it: the built command, a server
 * started in the background, each test with its own socket folder (XDG_RUNTIME_DIR). What matters: a lint through
 * the server prints and exits exactly as the same lint run in the calling process; a server that is gone, stale or
 * untrusted never changes a result; only `lint` goes to it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { encode, lineReader, socketPath, type Reply } from '../../src/server/protocol.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-server-test-'));
let runtimes: string[] = [];

function newRuntime(): string {
  const dir = mkdtempSync(join(work, 'run-'));
  runtimes.push(dir);
  return dir;
}

/** the environment of a user whose sockets live in `runtime` (CASELINT_NO_SERVER, set for all tests, removed) */
function envFor(runtime: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XDG_RUNTIME_DIR: runtime };
  delete env.CASELINT_NO_SERVER;
  return { ...env, ...extra };
}

function caselint(args: string[], env: NodeJS.ProcessEnv, cwd = fromRoot()) {
  const r = spawnSync(process.execPath, [fromRoot('bin', 'caselint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function caselintAsync(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [fromRoot('bin', 'caselint.js'), ...args], {
      cwd: fromRoot(),
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** the same command with no server in reach */
function inProcess(args: string[], cwd = fromRoot()) {
  return caselint(args, { ...process.env, NO_COLOR: '1', CASELINT_NO_SERVER: '1' }, cwd);
}

function served(runtime: string): number {
  const r = caselint(['server', 'status', '--lang', 'en'], envFor(runtime));
  const m = /pid \d+, (\d+) runs/.exec(r.stdout);
  return m ? Number(m[1]) : -1;
}

function pidOf(runtime: string): number {
  const r = caselint(['server', 'status', '--lang', 'en'], envFor(runtime));
  return Number(/pid (\d+)/.exec(r.stdout)?.[1]);
}

/** sends one raw request line to the server and collects its reply lines */
function rawRequest(socket: string, line: string): Promise<Reply[]> {
  return new Promise((resolve) => {
    const replies: Reply[] = [];
    const conn = connect(socket, () => conn.write(line));
    conn.setEncoding('utf8');
    conn.on(
      'data',
      lineReader((l) => replies.push(JSON.parse(l) as Reply)),
    );
    conn.on('error', () => undefined);
    conn.on('close', () => resolve(replies));
  });
}

const AS_OF = ['--as-of', '2026-11-28'];

afterEach(() => {
  for (const runtime of runtimes) caselint(['server', 'stop'], envFor(runtime));
  runtimes = [];
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('caselint server', () => {
  it('start, status and stop; status exits 1 when none runs', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'status'], envFor(runtime))).toMatchObject({
      code: 1,
      stdout: 'caselint 常驻服务未在运行\n',
    });
    const started = caselint(['server', 'start'], envFor(runtime));
    expect(started.code).toBe(0);
    expect(started.stdout).toContain('caselint 常驻服务运行中');
    expect(existsSync(socketPath(fromRoot(), { XDG_RUNTIME_DIR: runtime }))).toBe(true);
    // a second start finds it running
    expect(caselint(['server', 'start', '--lang', 'en'], envFor(runtime)).stdout).toMatch(
      /^caselint server running: pid \d+, 0 runs/,
    );
    expect(caselint(['server', 'stop', '--lang', 'en'], envFor(runtime)).stdout).toBe(
      'caselint server stopped\n',
    );
    expect(caselint(['server', 'status'], envFor(runtime)).code).toBe(1);
    expect(existsSync(socketPath(fromRoot(), { XDG_RUNTIME_DIR: runtime }))).toBe(false);
  });

  it('a lint through the server prints and exits exactly as the same lint run here', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const lints = [
      ['lint', 'fixtures/cases', ...AS_OF],
      ['fixtures/cases/printing-vocs', ...AS_OF, '--lang', 'en'],
      ['lint', '--help'],
      ['lint', 'fixtures/cases/eia-unapproved', ...AS_OF, '-f', 'json'],
      ['lint', 'fixtures/lawful', ...AS_OF, '--lang', 'en', '-f', 'sarif'],
      ['lint', 'fixtures/rules/procedure/decision-contents/fail-no-seal.yaml', ...AS_OF],
      ['lint', 'fixtures/broken', ...AS_OF],
      ['lint', 'fixtures/cases', '--as-of', 'not-a-date'],
      ['lint', 'no/such/folder'],
      ['lint', '--no-such-option'],
    ];
    for (const args of lints) {
      const here = inProcess(args);
      const there = caselint(args, envFor(runtime));
      expect({ args, ...there }).toEqual({ args, ...here });
    }
    // the findings and error exits above are not vacuous
    expect(new Set(lints.map((args) => inProcess(args).code))).toEqual(new Set([0, 1, 2]));
    expect(served(runtime)).toBe(lints.length);
  });

  it("runs each lint in its caller's folder and environment", () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const cwd = fromRoot('fixtures', 'cases');
    const args = ['lint', 'printing-vocs', ...AS_OF, '-f', 'json'];
    expect(caselint(args, envFor(runtime), cwd)).toEqual(inProcess(args, cwd));

    const cacheA = join(work, 'cache-a');
    const cacheB = join(work, 'cache-b');
    caselint(['lint', 'eia-unapproved', ...AS_OF], envFor(runtime, { XDG_CACHE_HOME: cacheA }), cwd);
    caselint(['lint', 'hazardous-waste', ...AS_OF], envFor(runtime, { XDG_CACHE_HOME: cacheB }), cwd);
    expect(readdirSync(join(cacheA, 'caselint')).length).toBeGreaterThan(0);
    expect(readdirSync(join(cacheB, 'caselint')).length).toBeGreaterThan(0);
    expect(served(runtime)).toBe(3);
  });

  it("writes a run's files with its caller's file-creation mask", () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const modes = ['077', '022'].map((mask) => {
      const out = join(work, `report-${mask}.json`);
      const bin = fromRoot('bin', 'caselint.js');
      const r = spawnSync(
        'sh',
        [
          '-c',
          `umask ${mask} && exec "$0" "$@"`,
          process.execPath,
          bin,
          'lint',
          'fixtures/cases',
          ...AS_OF,
          '-f',
          'json',
          '-o',
          out,
        ],
        { cwd: fromRoot(), env: envFor(runtime), encoding: 'utf8' },
      );
      expect(r.status).toBe(0);
      return statSync(out).mode & 0o777;
    });
    expect(modes).toEqual([0o600, 0o644]);
    expect(served(runtime)).toBe(2);
  });

  it('serves lints that arrive together, each with its own output', async () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const a = ['lint', 'fixtures/cases', ...AS_OF, '-f', 'json'];
    const b = ['lint', 'fixtures/broken', ...AS_OF];
    const [ra, rb] = await Promise.all([
      caselintAsync(a, envFor(runtime)),
      caselintAsync(b, envFor(runtime)),
    ]);
    expect(ra).toEqual(inProcess(a));
    expect(rb).toEqual(inProcess(b));
    expect(served(runtime)).toBe(2);
  });

  it('takes only lints: other commands and a lint of standard input run in the calling process', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    expect(caselint(['rules'], envFor(runtime)).code).toBe(0);
    expect(caselint(['explain', 'penalty/fine-within-range'], envFor(runtime)).code).toBe(0);
    const stdin = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [fromRoot('bin', 'caselint.js'), 'lint', '--stdin', ...AS_OF], {
        cwd: fromRoot(),
        env,
        input: 'case_id: x\n',
        encoding: 'utf8',
      });
    const here = stdin({ ...process.env, NO_COLOR: '1' });
    expect(here.stdout).toContain('case.yaml');
    expect(stdin(envFor(runtime))).toMatchObject({ status: here.status, stdout: here.stdout });
    expect(served(runtime)).toBe(0);
  });

  it('is not used with CASELINT_NO_SERVER', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const args = ['lint', 'fixtures/cases/eia-unapproved', ...AS_OF];
    expect(caselint(args, envFor(runtime, { CASELINT_NO_SERVER: '1' }))).toEqual(inProcess(args));
    expect(served(runtime)).toBe(0);
  });

  it('a killed server leaves a socket that changes nothing; start replaces it', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    process.kill(pidOf(runtime), 'SIGKILL');
    const socket = socketPath(fromRoot(), { XDG_RUNTIME_DIR: runtime });
    for (let i = 0; i < 100 && caselint(['server', 'status'], envFor(runtime)).code === 0; i += 1)
      spawnSync('sleep', ['0.05']);
    expect(existsSync(socket)).toBe(true);
    const args = ['lint', 'fixtures/cases', ...AS_OF];
    expect(caselint(args, envFor(runtime))).toEqual(inProcess(args));
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    expect(served(runtime)).toBe(0);
  });

  it('a request from another build is answered "stale" and the server stops; the lint then runs here', async () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const socket = socketPath(fromRoot(), { XDG_RUNTIME_DIR: runtime });
    const request = {
      v: 1,
      op: 'run',
      stamp: 'another build',
      args: ['lint', 'fixtures/cases'],
      cwd: fromRoot(),
      env: {},
      umask: 0o022,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    expect(await rawRequest(socket, encode(request as never))).toEqual([{ stale: true }]);
    expect(caselint(['server', 'status'], envFor(runtime)).code).toBe(1);
    const args = ['lint', 'fixtures/cases', ...AS_OF];
    expect(caselint(args, envFor(runtime))).toEqual(inProcess(args));
  });

  it('refuses a line that is not a request and goes on serving', async () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start'], envFor(runtime)).code).toBe(0);
    const socket = socketPath(fromRoot(), { XDG_RUNTIME_DIR: runtime });
    expect(await rawRequest(socket, 'hello\n')).toEqual([{ refused: 'not a caselint request' }]);
    expect(await rawRequest(socket, '{"op":"run","args":[1]}\n')).toEqual([
      { refused: 'not a caselint request' },
    ]);
    expect(caselint(['server', 'status'], envFor(runtime)).code).toBe(0);
  });

  it('stops by itself after --idle-minutes without a request', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start', '--idle-minutes', '0.01'], envFor(runtime)).code).toBe(0);
    let code = 0;
    for (let i = 0; i < 100 && code === 0; i += 1) {
      spawnSync('sleep', ['0.1']);
      code = caselint(['server', 'status'], envFor(runtime)).code ?? -1;
    }
    expect(code).toBe(1);
  });

  it.runIf(process.getuid !== undefined)(
    'is neither started nor used in a socket folder others may enter',
    () => {
      const runtime = newRuntime();
      mkdirSync(join(runtime, 'caselint'));
      chmodSync(join(runtime, 'caselint'), 0o777);
      const start = caselint(['server', 'start'], envFor(runtime));
      expect(start.code).toBe(2);
      expect(start.stderr).toContain('the socket folder is not the user');
      const args = ['lint', 'fixtures/cases/eia-unapproved', ...AS_OF];
      expect(caselint(args, envFor(runtime))).toEqual(inProcess(args));
    },
  );

  it('rejects a bad --idle-minutes and --lang', () => {
    const runtime = newRuntime();
    expect(caselint(['server', 'start', '--idle-minutes', 'soon'], envFor(runtime))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--idle-minutes') as string,
    });
    expect(caselint(['server', 'status', '--lang', 'fr'], envFor(runtime)).code).toBe(2);
  });
});
