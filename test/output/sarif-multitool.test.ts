/**
 * The SARIF log checked by Microsoft's SARIF multitool with the SARIF and GitHub rule kinds (what code scanning
 * asks of an upload: fullDescription and help on every rule, informationUri on the driver, …). The multitool is a
 * devDependency (@microsoft/sarif-multitool ships the Linux binary in @microsoft/sarif-multitool-linux).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

interface ValidationLog {
  runs: { results?: { level?: string; ruleId?: string; message: { text?: string } }[] }[];
}

const require = createRequire(import.meta.url);
const multitool = require('@microsoft/sarif-multitool') as string;
const dir = mkdtempSync(join(tmpdir(), 'caselint-sarif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** the multitool's own findings on a SARIF file, as "level ruleId: message" lines */
function validate(file: string): string[] {
  const out = join(dir, 'validation.sarif');
  const result = spawnSync(
    multitool,
    ['validate', file, '--output', out, '--rule-kind', 'Sarif;Gh', '--log', 'ForceOverwrite'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(result.error, String(result.error)).toBeUndefined();
  const log = JSON.parse(readFileSync(out, 'utf8')) as ValidationLog;
  return (log.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error' || r.level === 'warning')
    .map((r) => `${r.level ?? ''} ${r.ruleId ?? ''}: ${r.message.text ?? ''}`);
}

describe('SARIF passes the multitool (rule kinds Sarif;Gh)', () => {
  it('a run over clean, failing and broken cases (rules and input checks) has no error or warning', () => {
    const file = join(dir, 'caselint.sarif');
    const run = runCli([
      'lint',
      'fixtures/cases',
      'fixtures/broken',
      'fixtures/rules/procedure',
      '--format',
      `sarif:${file}`,
    ]);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    const sarif = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[];
    };
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    expect(rules.some((r) => r.id.startsWith('input/'))).toBe(true);
    expect(rules.every((r) => r.helpUri?.includes('docs/rules.md#'))).toBe(true);
    expect(validate(file)).toEqual([]);
  }, 300_000);

  it('the check can fail: a rule without fullDescription and help is reported', () => {
    const file = join(dir, 'caselint.sarif');
    runCli(['lint', 'fixtures/broken/schema-enum', '--format', `sarif:${file}`]);
    const log = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[];
    };
    for (const rule of log.runs[0]?.tool.driver.rules ?? []) {
      delete rule.fullDescription;
      delete rule.help;
    }
    const broken = join(dir, 'broken.sarif');
    writeFileSync(broken, JSON.stringify(log));
    expect(validate(broken).join('\n')).toMatch(/GH2012/);
  }, 300_000);
});
