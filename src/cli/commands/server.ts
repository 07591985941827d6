/**
 * `caselint server start|stop|status|run`: the resident server (src/server). Started, it keeps caselint loaded for
 * this user and installation; `caselint lint` then hands its work to it and starts in about the time of a bare Node
 * (docs/benchmark.md). It stops by itself after --idle-minutes without a request, when caselint is rebuilt or
 * updated, or with `caselint server stop`. Nothing changes for a user who never starts it.
 */
import type { Command } from 'commander';
import { fromRoot, packageRoot } from '../../paths.js';
import { ask } from '../../server/client.js';
import { PROTOCOL_VERSION, bundleStamp, socketPath, type ServerStatus } from '../../server/protocol.js';
import { UsageError, type CliIO } from '../io.js';

type Lang = 'zh' | 'en';
const DEFAULT_IDLE_MINUTES = 30;
const START_WAIT_MS = 15_000;

interface ServerFlags {
  idleMinutes: number;
  lang: string;
}

function idleMinutes(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n))
    throw new UsageError(`--idle-minutes: 需要非负数 / expected a number of minutes, got "${value}"`);
  return n;
}

function langOf(flags: ServerFlags): Lang {
  if (flags.lang !== 'zh' && flags.lang !== 'en')
    throw new UsageError(`--lang: 需要 zh 或 en / expected zh or en, got "${flags.lang}"`);
  return flags.lang;
}

function describe(s: ServerStatus, lang: Lang): string {
  const idle =
    s.idleMinutes === 0
      ? { zh: '不自动停止', en: 'never stops by itself' }
      : {
          zh: `空闲 ${String(s.idleMinutes)} 分钟后停止`,
          en: `stops after ${String(s.idleMinutes)} idle minutes`,
        };
  return lang === 'zh'
    ? `caselint 常驻服务运行中：进程 ${String(s.pid)}，自 ${s.startedAt} 起已处理 ${String(s.served)} 次检查，${idle.zh}\n套接字 ${s.socket}\n`
    : `caselint server running: pid ${String(s.pid)}, ${String(s.served)} runs since ${s.startedAt}, ${idle.en}\nsocket ${s.socket}\n`;
}

async function running(socket: string): Promise<ServerStatus | undefined> {
  const reply = await ask(socket, { v: PROTOCOL_VERSION, op: 'status' });
  return reply && 'status' in reply ? reply.status : undefined;
}

const stampOfThisBuild = () => bundleStamp(fromRoot('dist', 'caselint.cjs'));

export function register(program: Command, io: CliIO): void {
  const server = program
    .command('server')
    .description(
      '常驻服务：让 lint 免去每次的启动开销 / resident server: lint without paying the start-up on every run',
    );
  const common = (c: Command) => c.option('--lang <lang>', '输出语言 zh|en / output language', 'zh');

  common(
    server
      .command('start')
      .description('在后台启动（已在运行则不再启动）/ start in the background (once)')
      .option(
        '--idle-minutes <n>',
        '空闲多少分钟后自动停止，0 为不停止 / stop after this many idle minutes, 0 never',
        idleMinutes,
        DEFAULT_IDLE_MINUTES,
      ),
  ).action(async (flags: ServerFlags) => {
    const lang = langOf(flags);
    // loaded here, not at every start of the command line
    const { spawn } = await import('node:child_process');
    const { assertSocketFolder } = await import('../../server/serve.js');
    const socket = socketPath(packageRoot());
    assertSocketFolder(socket);
    const stamp = stampOfThisBuild();
    const before = await running(socket);
    if (before && before.stamp === stamp) {
      io.out(describe(before, lang));
      return;
    }
    // a server of another build answers a stop (and would stop at the first lint anyway)
    if (before) await ask(socket, { v: PROTOCOL_VERSION, op: 'stop' });
    const child = spawn(
      process.execPath,
      [fromRoot('bin', 'caselint.js'), 'server', 'run', '--idle-minutes', String(flags.idleMinutes)],
      { detached: true, stdio: 'ignore', cwd: packageRoot(), env: process.env },
    );
    child.unref();
    const deadline = Date.now() + START_WAIT_MS;
    while (Date.now() < deadline) {
      const now = await running(socket);
      if (now) {
        io.out(describe(now, lang));
        return;
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new UsageError(
      `常驻服务未能启动（可用 caselint server run 在前台查看原因）/ the server did not start (run \`caselint server run\` to see why)`,
    );
  });

  common(server.command('stop').description('停止 / stop')).action(async (flags: ServerFlags) => {
    const lang = langOf(flags);
    const reply = await ask(socketPath(packageRoot()), { v: PROTOCOL_VERSION, op: 'stop' });
    const stopped = reply !== undefined && 'stopped' in reply;
    io.out(
      stopped
        ? lang === 'zh'
          ? 'caselint 常驻服务已停止\n'
          : 'caselint server stopped\n'
        : lang === 'zh'
          ? 'caselint 常驻服务未在运行\n'
          : 'no caselint server is running\n',
    );
  });

  common(
    server.command('status').description('是否在运行（未运行时退出码 1）/ whether it runs (exit 1 when not)'),
  ).action(async (flags: ServerFlags) => {
    const lang = langOf(flags);
    const now = await running(socketPath(packageRoot()));
    if (now) {
      io.out(describe(now, lang));
    } else {
      io.out(lang === 'zh' ? 'caselint 常驻服务未在运行\n' : 'no caselint server is running\n');
      io.exit(1);
    }
  });

  server
    .command('run')
    .description(
      '在前台运行（start 在后台运行的就是它）/ run in the foreground (what start runs in the background)',
    )
    .option(
      '--idle-minutes <n>',
      '空闲多少分钟后自动停止，0 为不停止 / stop after this many idle minutes, 0 never',
      idleMinutes,
      DEFAULT_IDLE_MINUTES,
    )
    .action(async (flags: { idleMinutes: number }) => {
      const { main, colorAllowed } = await import('../main.js');
      const { serve } = await import('../../server/serve.js');
      const handle = await serve({
        socket: socketPath(packageRoot()),
        stamp: stampOfThisBuild(),
        idleMs: flags.idleMinutes * 60_000,
        run: main,
        colorFor: colorAllowed,
      });
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, handle.close);
      await handle.stopped;
    });
}
