import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discoverCases, loadCase } from '../../src/load/index.js';
import { fromRoot } from '../../src/paths.js';

const root = fromRoot();
const broken = (name: string): string => fromRoot('fixtures', 'broken', name);

/** Expected first error of each broken input (see fixtures/broken/README.md). */
const expected: [folder: string, code: string, line: number, column: number, path?: string][] = [
  ['invalid-yaml', 'yaml-syntax', 29, 3],
  ['schema-enum', 'schema', 36, 12, '/timeline/2/event'],
  ['schema-required', 'schema', 4, 3, '/case/agency'],
  ['schema-date', 'date-format', 37, 11, '/timeline/2/date'],
  ['impossible-date', 'date-format', 35, 11, '/timeline/1/date'],
  ['duplicate-key', 'duplicate-key', 13, 3],
  ['not-a-mapping', 'not-a-mapping', 2, 1],
  ['empty', 'empty-file', 1, 1],
  ['alias-bomb', 'alias-bomb', 3, 8],
  ['no-case-file', 'no-case-file', 1, 1],
  ['json-error', 'schema', 58, 16, '/timeline/1/event'],
  ['json-syntax', 'json-syntax', 47, 3],
];

describe('fixtures/broken', () => {
  it.each(expected)('%s gives %s at %i:%i', async (folder, code, line, column, path) => {
    const result = await loadCase(broken(folder), root);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.errors.filter((e) => e.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code, line, column, severity: 'error', ...(path ? { path } : {}) });
    expect(errors[0]?.file).toMatch(new RegExp(`^fixtures/broken/${folder}`));
    expect(errors[0]?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(errors[0]?.message.en).toMatch(/[a-z]/);
  });

  it('checks a case whose only fault is an unknown field, without the field, and still reports it at its key', async () => {
    const result = await loadCase(broken('unknown-field'), root);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const errors = result.warnings.filter((e) => e.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'schema', line: 30, column: 3, path: '/penalty/payment_day' });
    expect(errors[0]?.message.zh).toContain('payment_days');
    expect(errors[0]?.message.zh).toContain('该字段已忽略，其余内容照常检查');
    expect(result.loaded.data.penalty).not.toHaveProperty('payment_day');
    expect(result.loaded.data.penalty?.fine).toBeGreaterThan(0);
  });

  it('keeps refusing a case with an unknown field and any other schema error, reporting both', async () => {
    const text = readFileSync(broken('unknown-field') + '/case.yaml', 'utf8').replace(
      /^(\s*- )event: decision$/m,
      '$1event: decison',
    );
    const result = await loadCase(broken('unknown-field') + '/case.yaml', root, Buffer.from(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['/penalty/payment_day', expect.stringMatching(/^\/timeline\/\d+\/event$/)]),
    );
  });

  it('names the field and the value in a bad-date message', async () => {
    const result = await loadCase(broken('schema-date'), root);
    expect(result.ok ? undefined : result.errors[0]?.message).toEqual({
      zh: '时间线第3项的 date 应为 YYYY-MM-DD 格式的日期（只知月份或年份时写 YYYY-MM 或 YYYY，日期不详写 unknown；实际为 "2020/10/13"）',
      en: 'timeline[2].date must be a date in YYYY-MM-DD format (YYYY-MM or YYYY when only the month or year is known, unknown when not known; found "2020/10/13")',
    });
  });

  it('suggests the closest event type for a typo', async () => {
    const result = await loadCase(broken('schema-enum'), root);
    expect(result.ok ? '' : result.errors[0]?.message.en).toContain('did you mean "decision"');
  });

  it('reads the GBK file as GB18030, with a warning and the right Chinese text', async () => {
    const result = await loadCase(broken('gbk'), root);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.loaded.encoding).toBe('gb18030');
    expect(result.warnings.map((w) => [w.code, w.severity])).toEqual([['encoding', 'warning']]);
    expect(result.loaded.data.party?.name).toBe('上海示例印务有限公司');
    expect(result.loaded.data.case.agency).toBe('上海市普陀区生态环境局');
  });

  it('refuses the alias bomb quickly', async () => {
    const started = performance.now();
    const result = await loadCase(broken('alias-bomb'), root);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok ? '' : result.errors[0]?.code).toBe('alias-bomb');
  });

  it('the broken JSON case is the same data as a YAML case apart from the typo', () => {
    const json = JSON.parse(readFileSync(broken('json-error') + '/case.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const yaml = parse(readFileSync(broken('schema-enum') + '/case.yaml', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json).filter((k) => k !== '$schema')).toEqual(Object.keys(yaml));
  });

  it('discovering the broken folder finds every case folder and reports the folder without a case file', async () => {
    const found = await discoverCases([fromRoot('fixtures', 'broken')], root);
    const folders = readdirSync(fromRoot('fixtures', 'broken'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    expect(found.targets).toHaveLength(folders.length - 1);
    expect(found.errors.map((e) => [e.code, e.file])).toEqual([
      ['no-case-file', 'fixtures/broken/no-case-file'],
    ]);
  });
});
