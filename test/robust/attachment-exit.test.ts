import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { copyCase, scratchDir } from './generate.js';

describe('a damaged attachment (documented in README "Exit codes")', () => {
  it('is a warning: the case exits 0, or 1 with --max-warnings 0 or the rule raised to error', () => {
    const root = scratchDir();
    const dir = copyCase(root, 'a');
    writeFileSync(join(dir, '02-现场照片.pdf'), Buffer.from('%PDF-1.4\n garbage without xref'));
    const env = { XDG_CACHE_HOME: join(root, 'cache') };
    const args = ['lint', 'a', '--as-of', '2021-06-01', '--format', 'json'];
    const plain = runCli(args, { cwd: root, env });
    const out = JSON.parse(plain.stdout) as {
      results: { findings: { ruleId: string; severity: string }[] }[];
    };
    const unreadable = out.results[0]?.findings.filter((f) => f.ruleId === 'doc/unreadable-document');
    expect(unreadable?.map((f) => f.severity)).toEqual(['warning']);
    expect(plain.code).toBe(0);
    expect(runCli([...args, '--max-warnings', '0'], { cwd: root, env }).code).toBe(1);
    expect(runCli([...args, '--rule', 'doc/unreadable-document=error'], { cwd: root, env }).code).toBe(1);
  }, 120_000);
});
