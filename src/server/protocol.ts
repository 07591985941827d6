/**
 * The resident server (`caselint server start`, docs/architecture.md "Start-up"): what the command line (client)
 * and the server agree on. A client sends one JSON line; the server answers with JSON lines, one per output chunk,
 * and a last line with the exit code. Both sides are built from this file: the server in the bundle, the client in
 * dist/client.cjs, which the command loads before (and instead of) the bundle.
 *
 * The socket lives in a folder only its user may enter: a process of another user can neither send a request
 * (which carries the environment) nor pose as the server.
 */
import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROTOCOL_VERSION = 1;

/** a request line longer than this is not from a caselint client */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** run a command line (argv without node and the script), or ask the server about itself */
export type Request =
  | {
      v: number;
      op: 'run';
      stamp: string;
      args: string[];
      cwd: string;
      env: Record<string, string>;
      /** the caller's file-creation mask, for the files a run writes (-o, --cache) */
      umask: number;
      stdoutIsTTY: boolean;
      stderrIsTTY: boolean;
    }
  | { v: number; op: 'status' }
  | { v: number; op: 'stop' };

/** one line of the server's answer */
export type Reply =
  | { out: string }
  | { err: string }
  | { exit: number }
  /** the server runs another build of caselint or another Node: the client runs the command itself */
  | { stale: true }
  | { status: ServerStatus }
  | { stopped: true }
  | { refused: string };

export interface ServerStatus {
  pid: number;
  stamp: string;
  socket: string;
  startedAt: string;
  served: number;
  idleMinutes: number;
}

/** the commands other than lint, and commander's `help` (test/server keeps this list equal to the program's) */
export const OTHER_COMMANDS: readonly string[] = [
  'rules',
  'explain',
  'schema',
  'init',
  'period',
  'law',
  'hash',
  'deadlines',
  'report',
  'stats',
  'import',
  'server',
  'help',
];

/**
 * The server runs `lint`, named or as the default command (`caselint cases/x`); every other command, a lint reading
 * standard input and any command line naming `server` run in the calling process. (An option's value taken for
 * the command can only send a lint to the calling process, or a command to the server that prints the same there.)
 */
export function servedByServer(args: readonly string[]): boolean {
  if (args.includes('--stdin') || args.includes('server')) return false;
  const command = args.find((a) => !a.startsWith('-'));
  return command === undefined || command === 'lint' || !OTHER_COMMANDS.includes(command);
}

/** CASELINT_NO_SERVER=1 (any value but empty or 0) keeps every command in the calling process */
export function serverDisabled(env: NodeJS.ProcessEnv): boolean {
  const value = env.CASELINT_NO_SERVER;
  return value !== undefined && value !== '' && value !== '0';
}

/** FNV-1a, to tell installations apart in a file name (not a security measure: the folder's ownership is) */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** the folder of the user's sockets: $XDG_RUNTIME_DIR/caselint, else caselint-server-<uid> in the temporary folder */
export function socketFolder(env: NodeJS.ProcessEnv = process.env): string {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime
    ? join(runtime, 'caselint')
    : join(tmpdir(), `caselint-server-${String(process.getuid?.() ?? 'user')}`);
}

/** one server per installation (package root) and user */
export function socketPath(packageRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return join(socketFolder(env), `${shortHash(resolve(packageRoot))}.sock`);
}

/** true when the folder is the user's own and no one else may write to it */
export function trustedFolder(dir: string): boolean {
  try {
    const st = lstatSync(dir);
    if (!st.isDirectory()) return false;
    const uid = process.getuid?.();
    return uid === undefined || (st.uid === uid && (st.mode & 0o077) === 0);
  } catch {
    return false;
  }
}

/** creates the socket folder (0700) if needed; false when it exists but cannot be trusted */
export function ensureSocketFolder(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return false;
  }
  return trustedFolder(dir);
}

/** What a server must match: the bundle's build (size and time), the Node version and binary. */
export function bundleStamp(bundlePath: string): string {
  const st = statSync(bundlePath);
  return [String(st.size), String(st.mtimeMs), process.version, process.execPath].join(':');
}

/**
 * Splits a stream of JSON lines; `onLine` gets each complete line, the rest waits for more data. Give it strings
 * from a socket with `setEncoding('utf8')`, which keeps a character split between two chunks whole.
 */
export function lineReader(onLine: (line: string) => void): (chunk: string) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk;
    let end = pending.indexOf('\n');
    while (end >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      if (line.length > 0) onLine(line);
      end = pending.indexOf('\n');
    }
  };
}

export function encode(message: Request | Reply): string {
  return `${JSON.stringify(message)}\n`;
}
