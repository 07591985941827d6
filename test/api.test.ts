/** The programmatic API (src/api.ts): the same document as `caselint lint --format json`, for paths or one object. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint, lintCase } from '../src/api.js';
import { fromRoot } from '../src/paths.js';
import { runCli } from './cli/run-cli.js';

const CASE = 'printing-vocs';
const NUMBER = '沪普环罚〔2020〕12号';
const AS_OF = '2024-06-30';

let dir = '';
const caseData = (): Record<string, unknown> & { party: { credit_code: string } } =>
  parse(readFileSync(fromRoot('fixtures', 'cases', CASE, 'case.yaml'), 'utf8')) as Record<string, unknown> & {
    party: { credit_code: string };
  };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'caselint-api-'));
  cpSync(fromRoot('fixtures', 'cases', CASE), join(dir, 'clean'), { recursive: true });
  cpSync(fromRoot('fixtures', 'cases', CASE), join(dir, 'missing-decision'), { recursive: true });
  rmSync(join(dir, 'missing-decision', 'decision.pdf'));
  cpSync(fromRoot('fixtures', 'cases', 'hazardous-waste'), join(dir, 'other'), { recursive: true });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lint(paths, options)', () => {
  it('returns what `caselint lint --format json` prints for the same cases', async () => {
    const report = await lint(['clean', 'missing-decision'], { cwd: dir, asOf: AS_OF });
    const cli = runCli(['lint', 'clean', 'missing-decision', '--format', 'json', '--as-of', AS_OF], {
      cwd: dir,
    });
    expect(cli.code).toBe(1);
    expect(report).toEqual(JSON.parse(cli.stdout));
    // the two folders are copies of one case: besides the missing attachment, repo/duplicate-number on each (the
    // cross-case findings come after the cases, not in results[].findings; the summary counts them)
    expect(report.summary).toEqual({ cases: 2, errors: 3, warnings: 0, infos: 0 });
    expect(report.results.map((r) => r.case)).toEqual([NUMBER, NUMBER]);
    const missing = report.results[1]?.findings.find((f) => f.ruleId === 'doc/attachment-missing');
    expect(missing?.severity).toBe('error');
    expect(missing?.line).toBeGreaterThan(1);
  });

  it('takes rule severities and the language', async () => {
    const off = await lint('missing-decision', { cwd: dir, rules: { 'doc/attachment-missing': 'off' } });
    expect(off.summary.errors).toBe(0);
    const en = await lint('missing-decision', { cwd: dir, lang: 'en' });
    const finding = en.results[0]?.findings[0];
    expect(finding?.message).toBe(finding?.messages.en);
    expect(finding?.message).toMatch(/decision\.pdf/);
  });
});

describe('lintCase(object, options)', () => {
  it('checks an object whose only fault is an unknown field, and reports the field', async () => {
    const data = { ...caseData(), remarks: '备注' };
    const report = await lintCase(data, { asOf: AS_OF });
    const findings = report.results[0]?.findings ?? [];
    expect(report.results[0]?.case).toBe(NUMBER);
    expect(findings.map((f) => [f.severity, f.path])).toEqual([['error', '/remarks']]);
    expect(findings[0]?.message).toContain('该字段已忽略');
  });

  it('checks a clean case object like its file, with findings at 1:1 and a JSON pointer', async () => {
    const clean = await lintCase(caseData(), { asOf: AS_OF });
    expect(clean.summary).toEqual({ cases: 1, errors: 0, warnings: 0, infos: 0 });
    expect(clean.results[0]?.case).toBe(NUMBER);

    const data = caseData();
    const code = data.party.credit_code;
    data.party.credit_code = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
    const wrong = await lintCase(data, { asOf: AS_OF, file: 'cases/x/case.yaml' });
    const checksum = wrong.results[0]?.findings.filter((f) => f.ruleId === 'core/party-id-checksum') ?? [];
    expect(checksum).toHaveLength(1);
    expect(checksum[0]).toMatchObject({
      path: '/party/credit_code',
      line: 1,
      column: 1,
      file: 'cases/x/case.yaml',
    });
  });

  it('checks attachments only when given the case folder', async () => {
    const data = caseData();
    const without = await lintCase(data, { cwd: dir, asOf: AS_OF });
    expect(without.results[0]?.findings.map((f) => f.ruleId)).not.toContain('doc/attachment-missing');
    const withDir = await lintCase(data, { cwd: dir, dir: 'missing-decision', asOf: AS_OF });
    expect(withDir.results[0]?.findings.map((f) => f.ruleId)).toContain('doc/attachment-missing');
  });

  it('reports a schema error of the object as an input finding, never a throw', async () => {
    const broken = await lintCase({ format: 'caselint/1', case: { number: 'x' } });
    expect(broken.summary.errors).toBeGreaterThanOrEqual(1);
    const findings = broken.results[0]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.ruleId).toMatch(/^input\//);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/agency/);
  });
});

describe('an API host process', () => {
  it('ends after several calls, sequential and concurrent, that extract document texts', () => {
    // a fresh text cache and cases with different documents, so each call starts the extraction worker again;
    // the bundle is what `import 'caselint'` loads
    const script = join(dir, 'host.mjs');
    writeFileSync(
      script,
      `import { lint, lintCase } from ${JSON.stringify(pathToFileURL(fromRoot('dist', 'caselint.js')).href)};
const first = await lint(['clean']);
const second = await lint(['other']);
const data = JSON.parse(process.env.CASE_JSON);
const both = await Promise.all([lint(['clean', 'missing-decision']), lintCase(data, { dir: 'clean' }), lint(['clean'])]);
console.log(JSON.stringify([first, second, ...both].map((r) => r.summary.errors)));
`,
    );
    const host = spawnSync(process.execPath, [script], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, XDG_CACHE_HOME: join(dir, 'text-cache'), CASE_JSON: JSON.stringify(caseData()) },
    });
    expect(host.signal, 'the process did not end by itself').toBeNull();
    expect(host.status, host.stderr).toBe(0);
    // clean + missing-decision: the missing attachment, and repo/duplicate-number on each copy of the one case
    expect(JSON.parse(host.stdout)).toEqual([0, 0, 3, 0, 0]);
  }, 120_000);
});
