import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadCase } from '../../src/load/index.js';
import { caseTemplate } from '../../src/load/template.js';
import { lintCase } from '../../src/api.js';

function io() {
  const captured = { out: '', err: '' };
  const handle = {
    code: 0,
    out: (t: string) => void (captured.out += t),
    err: (t: string) => void (captured.err += t),
    exit(code: number) {
      handle.code = Math.max(handle.code, code);
    },
    color: false,
    stderrIsTTY: false,
  };
  return { handle, captured };
}

describe('caselint init', () => {
  it('writes a template that validates against the schema', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'caselint-init-')), 'new-case');
    const { handle, captured } = io();
    expect(await main(['node', 'caselint', 'init', dir], handle)).toBe(0);
    expect(captured.out).toContain('case.yaml');
    const result = await loadCase(dir, dir);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S*schemas\/case\.schema\.json\n/);
  });

  it('refuses to overwrite an existing case file with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-init-'));
    writeFileSync(join(dir, 'case.json'), '{}');
    const { handle, captured } = io();
    expect(await main(['node', 'caselint', 'init', dir], handle)).toBe(2);
    expect(captured.err).toContain('case.json');
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe('{}');
  });

  it('comments every top-level section of the template', () => {
    const text = caseTemplate('schema.json');
    const data = parse(text) as Record<string, unknown>;
    for (const key of Object.keys(data).filter((k) => k !== 'format')) {
      const at = text.indexOf(`\n${key}:`);
      const before = text.slice(0, at).split('\n').at(-1) ?? '';
      expect(before.startsWith('#'), key).toBe(true);
    }
  });
});

describe('caselint init: the forms of unknown values (issue 11)', () => {
  const text = caseTemplate('schema.json');
  /** the commented published-decision example, uncommented */
  const example = text
    .split('\n')
    .filter((line) => line.startsWith('#>'))
    .map((line) => line.slice(2))
    .join('\n');

  it('the template as written lints without any input error', async () => {
    const report = await lintCase(parse(text));
    const input = report.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith('input/'));
    expect(input).toEqual([]);
  });

  it.each([
    ['a date to the month', /started_on: 2021-03\b/],
    ['an unknown date', /discovered_on: unknown/],
    ['an event known to have happened without a date', /- event: inspection +#/],
    ['a decision with an unknown date', /- event: decision[^\n]*\n#>\s+date: unknown/],
    ['a law cited without its article', /- law: 大气污染防治法 +#/],
    ['an article without paragraph or item', /article: 108 +#/],
    ['a prior notice without an amount', /proposed: \{ kinds: \[fine\] \}/],
    ['a masked code', /credit_code: \S*\*+\S*/],
    ['the agency kind', /agency_kind: ecology-environment/],
    ['a partial record', /record: partial/],
  ])('shows %s', (_what, pattern) => {
    expect(text).toMatch(pattern);
  });

  it('the uncommented example is a valid partial case: no input error, no accusation, gaps as coverage', async () => {
    const report = await lintCase(parse(example));
    const result = report.results[0];
    const findings = result?.findings ?? [];
    expect(findings.filter((f) => f.ruleId.startsWith('input/'))).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    const coverage = result?.coverage as { notChecked: unknown[] };
    expect(coverage.notChecked.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.ruleId === 'coverage/not-recorded')).toBe(true);
  });
});
