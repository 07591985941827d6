import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

describe('a clone whose bundle was never built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-unbuilt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says to run the build, exits 2 and prints no stack trace', () => {
    cpSync(fromRoot('bin'), join(dir, 'bin'), { recursive: true });
    cpSync(fromRoot('package.json'), join(dir, 'package.json'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'caselint.js'), 'lint', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run build');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
