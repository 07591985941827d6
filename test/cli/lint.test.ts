import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { runCli } from './run-cli.js';

interface JsonOutput {
  summary: { cases: number; errors: number; warnings: number; infos: number };
  results: {
    file: string;
    case: string | null;
    findings: {
      ruleId: string;
      severity: string;
      file: string;
      line: number;
      column: number;
      message: string;
      basis: { citation: string }[];
      waived: unknown;
    }[];
  }[];
}

function tempCase(mutate: (yaml: string) => string, base = 'printing-vocs'): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-cli-'));
  const caseDir = join(dir, base);
  cpSync(fromRoot('fixtures', 'cases', base), caseDir, { recursive: true });
  const file = join(caseDir, 'case.yaml');
  writeFileSync(file, mutate(readFileSync(file, 'utf8')));
  return dir;
}

describe('caselint lint (built CLI)', () => {
  it('the shipped example cases lint clean: exit 0 and a zero summary', () => {
    // a cold text cache starts the extraction worker: the process must still exit by itself (a hang is killed
    // by runCli's timeout and shows as code -1)
    const cache = mkdtempSync(join(tmpdir(), 'caselint-cache-'));
    const r = runCli(['lint', 'fixtures/cases', '--as-of', '2026-11-28'], { env: { XDG_CACHE_HOME: cache } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/检查 \d+ 个案卷：0 个问题/);
    expect(r.code).toBe(0);
  });

  it('--format json gives valid JSON with file, line, column, ruleId, severity, message and basis per finding', () => {
    const dir = tempCase((y) =>
      y.replace('credit_code: 91310107MA1FL3X72Q', 'credit_code: 91310107MA1FL3X72R'),
    );
    const r = runCli(['lint', dir, '--format', 'json', '--as-of', '2026-11-28'], { cwd: dir });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOutput;
    const finding = out.results.flatMap((x) => x.findings).find((f) => f.ruleId === 'core/party-id-checksum');
    expect(finding).toBeDefined();
    expect(finding?.severity).toBe('error');
    expect(finding?.file).toMatch(/case\.yaml$/);
    const lines = readFileSync(join(dir, 'printing-vocs', 'case.yaml'), 'utf8').split('\n');
    expect(lines[(finding?.line ?? 0) - 1]).toContain('credit_code');
    expect(finding?.column).toBeGreaterThan(1);
    expect(finding?.basis.map((b) => b.citation).join()).toContain('行政处罚法');
    expect(out.summary.errors).toBeGreaterThanOrEqual(1);
  });

  it('stylish output: line:col severity message rule-id, grouped by case, summary last, English with --lang en', () => {
    const dir = tempCase((y) =>
      y.replace('credit_code: 91310107MA1FL3X72Q', 'credit_code: 91310107MA1FL3X72R'),
    );
    const r = runCli(['lint', '.', '--lang', 'en', '--as-of', '2026-11-28'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/printing-vocs\/case\.yaml/);
    expect(r.stdout).toMatch(
      /\n\s+\d+:\d+\s+error\s+Credit code 91310107MA1FL3X72R has a wrong check character.*core\/party-id-checksum/,
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/1 case checked: \d+ problems? \(\d+ errors?/);
    expect(r.stdout.includes(String.fromCharCode(27))).toBe(false);
  });

  it('a waiver silences the finding but lists it; an unused waiver is reported', () => {
    const dir = tempCase(
      (y) =>
        y
          .replace('credit_code: 91310107MA1FL3X72Q', 'credit_code: 91310107MA1FL3X72R')
          .replace(/^waivers:.*$/m, '') +
        '\nwaivers:\n  - { rule: core/party-id-checksum, reason: 营业执照原件如此, approved_by: 法制科, date: 2020-11-02 }\n  - { rule: doc/decision-party, reason: 决定书按营业执照原件, approved_by: 法制科, date: 2020-11-02 }\n  - { rule: core/law-reference, reason: 旧豁免, approved_by: 法制科, date: 2020-11-02 }\n',
    );
    const r = runCli(['lint', '.', '--format', 'json', '--as-of', '2026-11-28'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as JsonOutput).results.flatMap((x) => x.findings);
    expect(findings.find((f) => f.ruleId === 'core/party-id-checksum')?.waived).toMatchObject({
      approved_by: '法制科',
    });
    expect(findings.some((f) => f.ruleId === 'core/unused-waiver')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('--rule id=off switches a rule off; --max-warnings turns warnings into a failure', () => {
    const dir = tempCase((y) =>
      y.replace('credit_code: 91310107MA1FL3X72Q', 'credit_code: 91310107MA1FL3X72R'),
    );
    // the decision text no longer matches the record either (doc/decision-party): switch that off here
    const lint = (...extra: string[]) =>
      runCli(['lint', '.', '--as-of', '2026-11-28', '--rule', 'doc/decision-party=off', ...extra], {
        cwd: dir,
      }).code;
    expect(lint()).toBe(1);
    expect(lint('--rule', 'core/party-id-checksum=off')).toBe(0);
    expect(lint('--rule', 'core/party-id-checksum=warning')).toBe(0);
    expect(lint('--rule', 'core/party-id-checksum=warning', '--max-warnings', '0')).toBe(1);
    expect(lint('--rule', 'core/party-id-checksum=warning', '--max-warnings', '1')).toBe(0);
  });

  it('a configuration file found upward sets severities; a bad one is a located usage error', () => {
    const dir = tempCase((y) =>
      y.replace('credit_code: 91310107MA1FL3X72Q', 'credit_code: 91310107MA1FL3X72R'),
    );
    writeFileSync(
      join(dir, 'caselint.config.yaml'),
      'extends: shanghai\nrules:\n  core/party-id-checksum: off\n  doc/decision-party: off\n',
    );
    expect(runCli(['lint', 'printing-vocs', '--as-of', '2026-11-28'], { cwd: join(dir) }).code).toBe(0);
    writeFileSync(
      join(dir, 'caselint.config.yaml'),
      'extends: shanghai\nrules:\n  core/party-id-checksum: loud\n',
    );
    const bad = runCli(['lint', 'printing-vocs'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/caselint\.config\.yaml:3:\d+/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('usage errors exit 2 with a readable message and no stack trace', () => {
    for (const args of [
      ['lint', 'fixtures/cases', '--as-of', '2020-13-01'],
      ['lint', 'fixtures/cases', '--lang', 'fr'],
      ['lint', 'fixtures/cases', '--format', 'pdf'],
      ['lint', 'fixtures/cases', '--rule', 'core/nope=error'],
      ['lint', 'fixtures/cases', '--max-warnings', 'many'],
      ['lint', '--no-such-option'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('a path that does not exist is unreadable input: exit 2, located', () => {
    const r = runCli(['lint', 'no/such/folder', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toHaveProperty('results');
  });

  it('several formats in one run: stylish to stdout and json to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-out-'));
    const r = runCli([
      'lint',
      'fixtures/cases',
      '--format',
      'stylish',
      '--format',
      `json:${join(dir, 'out.json')}`,
      '--as-of',
      '2026-11-28',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/检查/);
    expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as JsonOutput).summary.errors).toBe(0);
  });

  it('never writes into the case folder', () => {
    const dir = tempCase((y) => y);
    const before = readFileSync(join(dir, 'printing-vocs', 'case.yaml'));
    mkdirSync(join(dir, 'out'));
    runCli(['lint', '.', '--format', 'json', '-o', 'out/report.json', '--as-of', '2026-11-28'], { cwd: dir });
    expect(readFileSync(join(dir, 'printing-vocs', 'case.yaml'))).toEqual(before);
  });
});

describe('caselint rules / explain / schema', () => {
  it('rules --json lists every rule with id, severity, category and basis', () => {
    const r = runCli(['rules', '--json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as {
      id: string;
      severity: string;
      category: string;
      basis: unknown[];
    }[];
    expect(rules.map((x) => x.id)).toContain('core/party-id-checksum');
    for (const x of rules) expect(x.basis.length).toBeGreaterThan(0);
  });

  it('explain shows the basis and a failing and a passing example', () => {
    const r = runCli(['explain', 'core/party-id-checksum']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/依据: 行政处罚法\(2021\)第五十九条/);
    expect(r.stdout).toMatch(/不合格示例：[\s\S]*→ error: 统一社会信用代码/);
    expect(r.stdout).toMatch(/合格示例：[\s\S]*→ 无问题/);
  });

  it('explain of an unknown rule is a usage error with suggestions', () => {
    const r = runCli(['explain', 'core/party-id']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/core\/party-id-checksum/);
  });

  it('schema prints the case JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toMatch(/2020-12/);
  });
});
