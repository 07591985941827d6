/** Runs the built CLI the way a user does: node bin/caselint.js … (npm test builds dist/ first). */
import { spawnSync } from 'node:child_process';
import { fromRoot } from '../../src/paths.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [fromRoot('bin', 'caselint.js'), ...args], {
    cwd: options.cwd ?? fromRoot(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...(options.env ?? {}) },
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
