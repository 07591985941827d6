/**
 * The resident server: one process that keeps the bundle loaded and compiled, so that a `lint` from the command
 * line costs a bare Node start and a socket round trip instead of loading caselint again (issue 13). Requests run
 * one at a time, each in its caller's folder and environment, through the same `main` as the command line, so the
 * output and the exit code are the same byte for byte (test/server). What a run keeps between requests is the law
 * data of the bundle and text extractions keyed by the documents' content hash; configuration, case files and
 * attachments are read anew by every request.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';
import type { CliIO } from '../cli/io.js';
import { UsageError } from '../cli/io.js';
import { describeInternalError } from '../engine/internal-error.js';
import { ask } from './client.js';
import {
  MAX_REQUEST_BYTES,
  PROTOCOL_VERSION,
  encode,
  ensureSocketFolder,
  lineReader,
  type Reply,
  type Request,
  type ServerStatus,
} from './protocol.js';

export type RunCli = (argv: string[], io: CliIO & { code: number }) => Promise<number>;

export interface ServeOptions {
  socket: string;
  stamp: string;
  /** stop after this many milliseconds without a request; 0 never */
  idleMs: number;
  run: RunCli;
  /** whether colour is allowed for a stdout that is (or is not) a terminal, under an environment */
  colorFor(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): boolean;
}

export interface RunningServer {
  status(): ServerStatus;
  /** resolves when the server has stopped (a stop request, idle time, a request from another build, close()) */
  stopped: Promise<void>;
  close(): void;
}

/** creates the socket's folder if needed; a located refusal when it is not the user's own or others may enter it */
export function assertSocketFolder(socket: string): void {
  if (!ensureSocketFolder(dirname(socket)))
    throw new UsageError(
      `套接字文件夹不可信（须为本用户所有且他人不可访问）/ the socket folder is not the user's own or others may enter it: ${dirname(socket)}`,
    );
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { socket } = options;
  assertSocketFolder(socket);
  if (existsSync(socket)) {
    if (await ask(socket, { v: PROTOCOL_VERSION, op: 'status' }))
      throw new UsageError(`常驻服务已在运行 / a caselint server is already running: ${socket}`);
    unlinkSync(socket); // left by a server that was killed
  }

  const startedAt = new Date().toISOString();
  let served = 0;
  let queue = Promise.resolve();
  let busy = 0;
  let idleTimer: NodeJS.Timeout | undefined;
  let closed = false;
  let onStopped: () => void = () => undefined;
  const stopped = new Promise<void>((r) => (onStopped = r));

  const status = (): ServerStatus => ({
    pid: process.pid,
    stamp: options.stamp,
    socket,
    startedAt,
    served,
    idleMinutes: options.idleMs / 60_000,
  });

  const close = () => {
    if (closed) return;
    closed = true;
    if (idleTimer) clearTimeout(idleTimer);
    server.close(() => onStopped());
    try {
      unlinkSync(socket);
    } catch {
      // already gone
    }
  };

  const armIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    if (options.idleMs > 0 && busy === 0) idleTimer = setTimeout(close, options.idleMs);
  };

  const runOne = async (conn: Socket, request: Extract<Request, { op: 'run' }>) => {
    const send = (reply: Reply) => {
      if (!conn.destroyed) conn.write(encode(reply));
    };
    let code: number;
    try {
      process.chdir(request.cwd);
      process.umask(request.umask);
      replaceEnvironment(request.env);
      const io = {
        code: 0,
        out: (text: string) => send({ out: text }),
        err: (text: string) => send({ err: text }),
        exit(c: number) {
          io.code = Math.max(io.code, c);
        },
        color: options.colorFor(request.stdoutIsTTY, request.env),
        stderrIsTTY: request.stderrIsTTY,
      };
      code = await options.run(['node', 'caselint', ...request.args], io);
    } catch (error) {
      send({ err: `caselint: ${describeInternalError(error).en}\n` });
      code = 2;
    }
    served += 1;
    send({ exit: code });
    conn.end();
  };

  const accept = (conn: Socket) => {
    conn.setEncoding('utf8');
    let received = 0;
    let answered = false;
    conn.on('error', () => undefined);
    const read = lineReader((line) => {
      if (answered) return;
      answered = true;
      const request = parseRequest(line);
      if (!request) {
        conn.end(encode({ refused: 'not a caselint request' }));
      } else if (request.op === 'status') {
        conn.end(encode({ status: status() }));
      } else if (request.op === 'stop') {
        conn.end(encode({ stopped: true }));
        close();
      } else if (request.v !== PROTOCOL_VERSION || request.stamp !== options.stamp) {
        // this installation was rebuilt or runs another Node: this server can serve no one any more
        conn.end(encode({ stale: true }));
        close();
      } else {
        busy += 1;
        if (idleTimer) clearTimeout(idleTimer);
        queue = queue
          .then(() => runOne(conn, request))
          .finally(() => {
            busy -= 1;
            armIdle();
          });
      }
    });
    conn.on('data', (chunk: string) => {
      received += chunk.length;
      if (!answered && received > MAX_REQUEST_BYTES) {
        answered = true;
        conn.destroy();
        return;
      }
      read(chunk);
    });
  };

  const server: Server = createServer(accept);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      server.off('error', reject);
      resolve();
    });
  });
  armIdle();
  return { status, stopped, close };
}

function parseRequest(line: string): Request | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  if (r.op === 'status') return { v: Number(r.v), op: 'status' };
  if (r.op === 'stop') return { v: Number(r.v), op: 'stop' };
  if (
    r.op === 'run' &&
    typeof r.stamp === 'string' &&
    typeof r.cwd === 'string' &&
    Array.isArray(r.args) &&
    r.args.every((a) => typeof a === 'string') &&
    typeof r.env === 'object' &&
    r.env !== null &&
    Object.values(r.env).every((v) => typeof v === 'string') &&
    Number.isInteger(r.umask) &&
    (r.umask as number) >= 0 &&
    (r.umask as number) <= 0o777
  )
    return {
      v: Number(r.v),
      op: 'run',
      stamp: r.stamp,
      args: r.args as string[],
      cwd: r.cwd,
      env: r.env as Record<string, string>,
      umask: r.umask as number,
      stdoutIsTTY: r.stdoutIsTTY === true,
      stderrIsTTY: r.stderrIsTTY === true,
    };
  return undefined;
}

/** the request runs under its caller's environment (TZ, NO_COLOR, XDG_CACHE_HOME …), nothing of the last one's */
function replaceEnvironment(env: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
}
