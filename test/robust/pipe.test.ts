import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

/** runs the CLI with a reader that goes away after the first chunk, like `caselint … | head -1` */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fromRoot('bin', 'caselint.js'), ...args], {
      cwd: fromRoot(),
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed output pipe', () => {
  it('rules --json | head: exits 0 without an EPIPE trace', async () => {
    const r = await runIntoClosedPipe(['rules', '--json']);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(r.code).toBe(0);
  });

  it('lint … | head: exits with the lint result, quietly', async () => {
    const r = await runIntoClosedPipe([
      'lint',
      'fixtures/cases/printing-vocs',
      '--format',
      'json',
      '--as-of',
      '2021-06-01',
    ]);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect([0, 1, 2]).toContain(r.code);
  });
});
