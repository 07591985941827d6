/**
 * The command line's side of the resident server (built into dist/client.cjs, loaded by bin/caselint.js before the
 * bundle). When a server of the same build runs for this installation, `lint` is sent to it and its output copied
 * to this process's streams; otherwise, or when the server cannot take the request, the caller runs the command
 * itself. Without a server this costs two file-status calls.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import {
  PROTOCOL_VERSION,
  bundleStamp,
  encode,
  lineReader,
  servedByServer,
  serverDisabled,
  socketFolder,
  socketPath,
  trustedFolder,
  type Reply,
  type Request,
} from './protocol.js';

/** the caller runs the command itself */
export const IN_PROCESS = 'in-process';

/** undefined when no server can take this command; else a promise of its exit code, or of IN_PROCESS */
export function runThroughServer(
  argv: readonly string[],
  packageRoot: string,
): Promise<number | typeof IN_PROCESS> | undefined {
  const args = argv.slice(2);
  if (serverDisabled(process.env) || !servedByServer(args)) return undefined;
  const socket = socketPath(packageRoot);
  try {
    if (!lstatSync(socket).isSocket() || !trustedFolder(socketFolder())) return undefined;
  } catch {
    return undefined;
  }
  let stamp: string;
  try {
    stamp = bundleStamp(join(packageRoot, 'dist', 'caselint.cjs'));
  } catch {
    return undefined;
  }
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return exchange(socket, {
    v: PROTOCOL_VERSION,
    op: 'run',
    stamp,
    args,
    cwd: process.cwd(),
    env,
    // reading the mask sets it twice (DEP0139, documentation only); nothing else runs in between here
    umask: process.umask(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  });
}

/** node:net, loaded only when a server is there to talk to (the command's every start would pay for it) */
const net = () => import('node:net');

async function exchange(path: string, request: Request): Promise<number | typeof IN_PROCESS> {
  const { connect } = await net();
  return new Promise((resolve) => {
    let wrote = false;
    let settled = false;
    const settle = (result: number | typeof IN_PROCESS) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    const socket = connect(path, () => socket.write(encode(request)));
    socket.setEncoding('utf8');
    socket.on(
      'data',
      lineReader((line) => {
        let reply: Reply;
        try {
          reply = JSON.parse(line) as Reply;
        } catch {
          return settle(wrote ? 2 : IN_PROCESS);
        }
        if ('out' in reply) {
          wrote = true;
          process.stdout.write(reply.out);
        } else if ('err' in reply) {
          wrote = true;
          process.stderr.write(reply.err);
        } else if ('exit' in reply) {
          settle(reply.exit);
        } else {
          // stale, refused or anything unexpected: nothing was printed, so the command runs here
          settle(wrote ? 2 : IN_PROCESS);
        }
      }),
    );
    // 'close' follows every 'error'
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (wrote && !settled)
        process.stderr.write('caselint: 常驻服务中断 / the caselint server broke off the command\n');
      settle(wrote ? 2 : IN_PROCESS);
    });
  });
}

/** Sends a status or stop request; resolves to the server's reply, or undefined when no server answers in time. */
export async function ask(path: string, request: Request, timeoutMs = 2000): Promise<Reply | undefined> {
  const { connect } = await net();
  return new Promise((resolve) => {
    const socket = connect(path, () => socket.write(encode(request)));
    const done = (reply: Reply | undefined) => {
      socket.destroy();
      resolve(reply);
    };
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => done(undefined));
    socket.on(
      'data',
      lineReader((line) => {
        try {
          done(JSON.parse(line) as Reply);
        } catch {
          done(undefined);
        }
      }),
    );
    socket.on('error', () => done(undefined));
    socket.on('close', () => done(undefined));
  });
}
