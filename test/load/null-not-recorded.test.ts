/**
 * A null object property (JSON `null`, YAML `null`, `~` or an empty value) is "not recorded", exactly as if the
 * property were absent (src/load/nulls.ts, docs/case-format.md "What is not known"): the case is checked and the
 * checks that need the fact report coverage. A required field that is null is the error of a missing one; a null
 * in a list or as the whole document stays a located error.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, lintCase } from '../../src/api.js';
import { resolveConfig } from '../../src/engine/config.js';
import { getRules } from '../../src/engine/registry.js';
import { lintPaths } from '../../src/engine/run.js';
import { loadCase, withoutNullProperties } from '../../src/load/index.js';
import { fromRoot } from '../../src/paths.js';
import { runCli } from '../cli/run-cli.js';

const EXPORT = fromRoot('fixtures', 'partial', '2021-air-database-export');
const tmp = mkdtempSync(join(tmpdir(), 'caselint-null-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** writes a case file into its own folder under tmp and returns the folder */
function caseDir(name: string, file: string, text: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

const YAML_CASE = (lines: { agency?: string; started?: string; kinds?: string; decision?: string }): string =>
  [
    'format: caselint/1',
    'case:',
    '  number: 沪嘉环罚〔2021〕118号',
    `  agency: ${lines.agency ?? '上海市嘉定区生态环境局'}`,
    '  jurisdiction: CN-SH',
    'party:',
    '  name: 上海某某塑料制品有限公司',
    '  credit_code: ~',
    'violation:',
    '  discovered_on: 2021-03-16',
    `  started_on: ${lines.started ?? 'null'}`,
    '  violated:',
    '    - { law: 中华人民共和国大气污染防治法, article: 45, paragraph: null }',
    '  basis:',
    '    - { law: 中华人民共和国大气污染防治法, cite: 第一百零八条第一项 }',
    'discretion:',
    'penalty:',
    `  kinds: ${lines.kinds ?? '[fine]'}`,
    '  fine: 50000',
    '  remedies:',
    '    reconsideration_body: 上海市嘉定区人民政府',
    '    court: ~',
    'timeline:',
    '  - event: inspection',
    '    date: 2021-03-16',
    `  - { event: decision, date: ${lines.decision ?? '2021-06-18'} }`,
    '',
  ].join('\n');

describe('withoutNullProperties', () => {
  it('removes null properties at any depth, keeps nulls in lists and leaves the input unchanged', () => {
    const input = { a: null, b: { c: null, d: 1 }, e: [null, { f: null, g: 2 }], h: [1] };
    const before = JSON.stringify(input);
    const { data, nulled } = withoutNullProperties(input);
    expect(data).toEqual({ b: { d: 1 }, e: [null, { g: 2 }], h: [1] });
    expect(nulled).toEqual(['/a', '/b/c', '/e/1/f']);
    expect(JSON.stringify(input)).toBe(before);
    // untouched branches are shared, not copied
    expect((data as { h: unknown }).h).toBe(input.h);
  });

  it('returns the input itself when it holds no null property', () => {
    const input = { a: [null], b: { c: 1 } };
    expect(withoutNullProperties(input).data).toBe(input);
  });

  it('escapes pointer segments and keeps a __proto__ key as data', () => {
    const input = JSON.parse('{"a/b": null, "x": {"__proto__": {"y": null}}}') as unknown;
    const { data, nulled } = withoutNullProperties(input);
    expect(nulled).toEqual(['/a~1b', '/x/__proto__/y']);
    expect(Object.keys((data as { x: object }).x)).toEqual(['__proto__']);
  });
});

describe('null object properties in a case file', () => {
  it('YAML null, ~ and an empty value load as not recorded, nested objects included', async () => {
    const dir = caseDir('yaml-nulls', 'case.yaml', YAML_CASE({}));
    const result = await loadCase(dir, tmp);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    const data = result.loaded.data;
    expect('credit_code' in (data.party ?? {})).toBe(false);
    expect('started_on' in (data.violation ?? {})).toBe(false);
    expect('discretion' in data).toBe(false);
    expect(data.violation?.violated?.[0]).toEqual({ law: '中华人民共和国大气污染防治法', article: 45 });
    expect(data.penalty?.remedies).toEqual({ reconsideration_body: '上海市嘉定区人民政府' });
  });

  it('a null date is the gap of a missing one: the case is checked and reports coverage', async () => {
    const nulls = caseDir('decision-null', 'case.yaml', YAML_CASE({ decision: 'null' }));
    const absent = caseDir(
      'decision-absent',
      'case.yaml',
      YAML_CASE({}).replace('  - { event: decision, date: 2021-06-18 }', '  - { event: decision }'),
    );
    const report = await lint([nulls, absent], { cwd: tmp, asOf: '2026-11-28', concurrency: 'off' });
    const [a, b] = report.results.map((r) => r.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`));
    expect(a?.some((f) => f.includes('input/'))).toBe(false);
    expect(a).toContain(
      'info coverage/not-recorded 未记录处罚决定日期，未检查：事先告知书在决定前送达、处罚决定书送达期限、处罚决定信息公开及期限',
    );
    expect(a).toEqual(b);
  });

  it('the JSON database export (fixtures/partial) gives what the same file without its null keys gives', async () => {
    const text = readFileSync(join(EXPORT, 'case.json'), 'utf8');
    const parsed = JSON.parse(text) as unknown;
    const stripped = caseDir(
      'export-stripped',
      'case.json',
      JSON.stringify(withoutNullProperties(parsed).data, null, 2),
    );
    const copy = join(tmp, 'export-nulls');
    cpSync(EXPORT, copy, { recursive: true });
    expect(withoutNullProperties(parsed).nulled.length).toBeGreaterThanOrEqual(10);
    const report = await lint([copy, stripped], { cwd: tmp, asOf: '2026-11-28', concurrency: 'off' });
    const shown = report.results.map((r) => ({
      findings: r.findings.map((f) => [f.severity, f.ruleId, f.message, f.path]),
      coverage: r.coverage,
    }));
    expect(shown[0]?.findings.length).toBeGreaterThan(0);
    expect(shown[0]?.findings.every(([severity]) => severity === 'info')).toBe(true);
    expect(shown[0]).toEqual(shown[1]);
    // the same through lintCase (an object in memory)
    const inMemory = await lintCase(parsed, { asOf: '2026-11-28' });
    expect(inMemory.results[0]?.findings.map((f) => [f.severity, f.ruleId, f.message, f.path])).toEqual(
      shown[0]?.findings,
    );
  });

  it('a null required field is the error of a missing one, at the null key', async () => {
    const nulls = await loadCase(caseDir('agency-null', 'case.yaml', YAML_CASE({ agency: '~' })), tmp);
    const missing = await loadCase(
      caseDir('agency-missing', 'case.yaml', YAML_CASE({}).replace('  agency: 上海市嘉定区生态环境局\n', '')),
      tmp,
    );
    const errorsOf = (r: typeof nulls) => (r.ok ? [] : r.errors.filter((e) => e.severity === 'error'));
    const [n] = errorsOf(nulls);
    const [m] = errorsOf(missing);
    expect(errorsOf(nulls)).toHaveLength(1);
    expect(n).toMatchObject({ code: 'schema', path: '/case/agency', line: 4, column: 3 });
    expect(m).toMatchObject({ code: 'schema', path: '/case/agency' });
    expect(n?.message.zh).toBe('案件信息（case） 缺少必填字段 agency（其值为 null，即未记录）');
    expect(n?.message.en).toBe(
      'case is missing the required field "agency" (its value is null, i.e. not recorded)',
    );
    expect(n?.message.zh.startsWith(m?.message.zh ?? '?')).toBe(true);
  });

  it('a null under an unknown key is still an unknown field', async () => {
    const dir = caseDir(
      'unknown-null',
      'case.json',
      JSON.stringify({ format: 'caselint/1', case: { number: 'X-1', agency: 'A', decided: null } }, null, 2),
    );
    const result = await loadCase(dir, tmp);
    // its only fault: the case is checked without it, and the key is still an error at its place
    expect(result.ok).toBe(true);
    const errors = result.ok ? result.warnings.filter((e) => e.severity === 'error') : [];
    expect(errors.map((e) => [e.code, e.path, e.line, e.column])).toEqual([
      ['schema', '/case/decided', 6, 5],
    ]);
    expect(errors[0]?.message.zh).toContain('该字段已忽略');
  });

  it('a null unknown key beside another schema error keeps the case unchecked, both reported', async () => {
    const dir = caseDir(
      'unknown-null-and-bad',
      'case.json',
      JSON.stringify({ format: 'caselint/1', case: { number: 'X-1', agency: 7, decided: null } }, null, 2),
    );
    const result = await loadCase(dir, tmp);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/case/decided', '/case/agency']),
    );
  });

  it('a null in a list stays a located error (YAML and JSON)', async () => {
    const yamlCase = await loadCase(
      caseDir('list-null', 'case.yaml', YAML_CASE({ kinds: '[fine, null]' })),
      tmp,
    );
    // not a string, and not a penalty kind: both at the null
    expect(yamlCase.ok ? [] : yamlCase.errors.map((e) => [e.code, e.path, e.line, e.column])).toEqual([
      ['schema', '/penalty/kinds/1', 18, 17],
      ['schema', '/penalty/kinds/1', 18, 17],
    ]);
    const jsonText = JSON.stringify(
      { format: 'caselint/1', case: { number: 'X-1', agency: 'A' }, timeline: [null] },
      null,
      2,
    );
    const jsonCase = await loadCase(caseDir('list-null-json', 'case.json', jsonText), tmp);
    expect(jsonCase.ok ? [] : jsonCase.errors.map((e) => [e.code, e.path, e.line, e.column])).toEqual([
      ['schema', '/timeline/0', 8, 5],
    ]);
    expect(jsonCase.ok ? '' : jsonCase.errors[0]?.message.en).toMatch(/must be .*found null/);
  });

  it('a null document is a located error that says what was expected', async () => {
    for (const [file, text] of [
      ['case.json', 'null\n'],
      ['case.yaml', '# a comment\n~\n'],
    ] as const) {
      const result = await loadCase(caseDir(`doc-null-${file}`, file, text), tmp);
      expect(result.ok ? [] : result.errors.map((e) => [e.code, e.line, e.column, e.message.en])).toEqual([
        [
          'not-a-mapping',
          file === 'case.json' ? 1 : 2,
          1,
          'the top level of a case file must be a mapping (format: …, case: …), found null',
        ],
      ]);
    }
  });
});

describe('the CLI on a file with null properties', () => {
  it('--format json reports coverage, no input error', () => {
    const r = runCli([
      'lint',
      'fixtures/partial/2021-air-database-export',
      '--as-of',
      '2026-11-28',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      results: { findings: { ruleId: string; severity: string }[]; coverage?: { notChecked: unknown[] } }[];
    };
    const findings = out.results[0]?.findings ?? [];
    expect(findings.filter((f) => f.ruleId.startsWith('input/'))).toEqual([]);
    expect(findings.every((f) => f.severity === 'info')).toBe(true);
    expect(out.results[0]?.coverage?.notChecked.length).toBeGreaterThan(0);
  });

  it('--cache: the cached result is the checked one, and null → absent is a new key', async () => {
    const copy = join(tmp, 'cached');
    cpSync(EXPORT, copy, { recursive: true });
    const cacheFile = join(tmp, 'cache.json');
    const run = () =>
      lintPaths(['cached'], {
        cwd: tmp,
        config: resolveConfig({ cwd: tmp, asOf: '2026-11-28', ruleOverrides: {} }),
        rules: getRules(),
        cacheFile,
      });
    const cold = await run();
    const warm = await run();
    expect(cold.stats?.cached).toBe(0);
    expect(warm.stats?.cached).toBe(1);
    expect(warm.results[0]?.findings).toEqual(cold.results[0]?.findings);
    expect(cold.results[0]?.findings.some((f) => f.ruleId.startsWith('input/'))).toBe(false);
    // the same case without its null keys is another file: checked again, with the same findings
    const file = join(copy, 'case.json');
    const data = withoutNullProperties(JSON.parse(readFileSync(file, 'utf8'))).data;
    writeFileSync(file, JSON.stringify(data, null, 2));
    const changed = await run();
    expect(changed.stats?.cached).toBe(0);
    expect(changed.results[0]?.findings.map((f) => [f.ruleId, f.message])).toEqual(
      cold.results[0]?.findings.map((f) => [f.ruleId, f.message]),
    );
  });
});
