import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';
import { shutdown } from '../shutdown.js';
import { describeInternalError } from '../engine/internal-error.js';

/**
 * A reader that goes away (`caselint … | head`) closes the pipe: further output is dropped quietly (no EPIPE
 * stack trace) and the command finishes with its own exit code, as other command-line tools do.
 */
function quietStream(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', () => {
    closed = true;
  });
  return (text) => {
    if (!closed && !stream.destroyed) stream.write(text);
  };
}

/** colour on a terminal, unless NO_COLOR is set or FORCE_COLOR is 0 (the command line's and the server's rule) */
export function colorAllowed(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  return stdoutIsTTY && !env.NO_COLOR && env.FORCE_COLOR !== '0';
}

export function defaultIO(): CliIO & { code: number } {
  const io = {
    code: 0,
    out: quietStream(process.stdout),
    err: quietStream(process.stderr),
    exit(code: number) {
      io.code = Math.max(io.code, code);
    },
    color: colorAllowed(Boolean(process.stdout.isTTY), process.env),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
  return io;
}

export function buildProgram(io: CliIO): Command {
  const { version } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string };
  const program = new Command('caselint')
    .description('生态环境行政处罚案卷检查工具 / linter for environmental administrative-penalty case files')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError();
  for (const register of commands) register(program, io);
  return program;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings, 2 usage error or unreadable input). */
export async function main(argv: string[], io: CliIO & { code: number } = defaultIO()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    await shutdown();
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? io.code : 2;
    }
    if (error instanceof UsageError) {
      io.err(`caselint: ${error.message}\n`);
      return 2;
    }
    io.err(`caselint: ${describeInternalError(error).en}\n`);
    return 2;
  }
  await shutdown();
  return io.code;
}
