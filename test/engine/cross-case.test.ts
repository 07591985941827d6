/**
 * The cross-case pass through the engine (lintPaths): findings attached to the right cases in input order, located
 * in each case file, counted, honouring waivers, severity overrides and --cache; nothing when one case is linted
 * alone. The rules' own pass/fail behaviour is in fixtures/rules/repo/ (test/rule-fixtures.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/engine/config.js';
import { getRules } from '../../src/engine/registry.js';
import { lintPaths } from '../../src/engine/run.js';
import type { LintRun } from '../../src/engine/run-types.js';
import { mergePatch } from '../../src/engine/fixture.js';
import { withCrossCase } from '../../src/engine/cross-case.js';
import { caseNumberKey, parseCaseNumber } from '../../src/model/case-number.js';
import { fromRoot } from '../../src/paths.js';

const root = mkdtempSync(join(tmpdir(), 'caselint-cross-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const base = parse(
  readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
) as unknown;
const repoRules = getRules().filter((r) => r.meta.id.startsWith('repo/'));

/** writes each case (a patch on printing-vocs) to <tree>/<folder>/case.yaml */
function tree(name: string, cases: Record<string, Record<string, unknown>>): string {
  const dir = join(root, name);
  for (const [folder, patch] of Object.entries(cases)) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'case.yaml'), stringify(mergePatch(base, patch)));
  }
  return dir;
}

async function lint(
  dir: string,
  options: { rule?: Record<string, string>; cacheFile?: string; rules?: typeof repoRules } = {},
): Promise<LintRun> {
  const config = resolveConfig({ cwd: dir, asOf: '2026-11-28', ruleOverrides: options.rule ?? {} });
  return lintPaths(['.'], {
    cwd: dir,
    config,
    rules: options.rules ?? repoRules,
    ...(options.cacheFile ? { cacheFile: options.cacheFile } : {}),
  });
}

const numberOf = (n: number) => ({ case: { number: `沪普环罚〔2020〕${String(n)}号` } });
const lineOf = (dir: string, file: string, text: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.trimStart().startsWith(text)) + 1;
const crossFindings = (run: LintRun) =>
  withCrossCase(run.results, run.crossCase).flatMap((r) =>
    r.findings
      .filter((f) => f.ruleId.startsWith('repo/') || f.ruleId === 'core/unused-waiver')
      .map((f) => ({
        file: r.file,
        rule: f.ruleId,
        severity: f.severity,
        waived: f.waived !== undefined,
        f,
      })),
  );

describe('case numbers', () => {
  it('compare however the brackets and digits were typed', () => {
    const key = caseNumberKey('沪普环罚〔2021〕12号');
    for (const typed of [
      '沪普环罚[2021]12号',
      '沪普环罚（２０２１）第０１２号',
      '沪普环罚 【2021】 12 号',
      '沪普环罚字(2021)12号',
    ])
      expect(caseNumberKey(typed)).toBe(key);
    expect(caseNumberKey('沪普环罚〔2021〕13号')).not.toBe(key);
    expect(parseCaseNumber('沪普环罚［２０２１］14号')).toEqual({ prefix: '沪普环罚', year: 2021, seq: 14 });
    expect(parseCaseNumber('档案2021-14')).toBeUndefined();
    expect(parseCaseNumber('〔2021〕14号')).toBeUndefined();
  });
});

describe('cross-case pass', () => {
  it('puts a duplicate-number error on each case, in input order, located at the number, naming the other folder', async () => {
    const dir = tree('duplicate', {
      a: {},
      b: numberOf(13),
      c: { case: { number: '沪普环罚[2020]１２号' } },
    });
    const run = await lint(dir);
    const found = crossFindings(run).filter((x) => x.rule === 'repo/duplicate-number');
    expect(found.map((x) => x.file)).toEqual(['a/case.yaml', 'c/case.yaml']);
    expect(found.every((x) => x.severity === 'error')).toBe(true);
    expect(found[0]?.f.message.zh).toContain('c 中的案卷');
    expect(found[1]?.f.message.zh).toContain('a 中的案卷');
    expect(found[0]?.f.line).toBe(lineOf(dir, 'a/case.yaml', 'number: 沪普环罚〔2020〕12号'));
    expect(found[1]?.f.line).toBe(lineOf(dir, 'c/case.yaml', 'number: 沪普环罚[2020]１２号'));
    expect(
      run.crossCase
        ?.filter((i) => i.finding.ruleId === 'repo/duplicate-number')
        .map((i) => [i.index, i.file]),
    ).toEqual([
      [0, 'a/case.yaml'],
      [2, 'c/case.yaml'],
    ]);
    // the copies with other numbers are also the same act fined again (repo/double-penalty), and all are counted
    expect(run.crossCase?.length).toBeGreaterThan(2);
    expect(run.errorCount).toBe(run.crossCase?.filter((i) => i.finding.severity === 'error').length);
  });

  it('reports nothing, not even an unused waiver of a cross-case rule, for one case linted alone', async () => {
    const dir = tree('alone', {
      a: {
        waivers: [
          { rule: 'repo/duplicate-number', reason: '副本', approved_by: '周海峰', date: '2020-10-20' },
        ],
      },
    });
    const run = await lint(dir, { rules: getRules() });
    expect(crossFindings(run)).toEqual([]);
    expect(run.crossCase).toEqual([]);
  });

  it('honours waivers in the case file and reports a waiver of a cross-case rule that matched nothing', async () => {
    const waiver = (rule: string) => ({ rule, reason: '已核实', approved_by: '周海峰', date: '2021-01-10' });
    const dir = tree('waivers', {
      a: {},
      b: { waivers: [waiver('repo/duplicate-number'), waiver('repo/number-gap')] },
    });
    const run = await lint(dir, { rules: getRules() });
    const found = crossFindings(run).map((x) => [x.file, x.rule, x.waived]);
    expect(found).toEqual([
      ['a/case.yaml', 'repo/duplicate-number', false],
      ['b/case.yaml', 'repo/duplicate-number', true],
      ['b/case.yaml', 'core/unused-waiver', false],
    ]);
    const unused = crossFindings(run).find((x) => x.rule === 'core/unused-waiver');
    expect(unused?.f.message.zh).toContain('repo/number-gap');
    expect(unused?.f.path).toBe('/waivers/1');
  });

  it('takes the configured severity, and runs nothing when the rules are off', async () => {
    const dir = tree('severity', { a: numberOf(12), b: numberOf(15) });
    const raised = await lint(dir, { rule: { 'repo/number-gap': 'warning' } });
    const gaps = crossFindings(raised).filter((x) => x.rule === 'repo/number-gap');
    expect(gaps.map((x) => [x.file, x.rule, x.severity])).toEqual([
      ['b/case.yaml', 'repo/number-gap', 'warning'],
    ]);
    expect(gaps[0]?.f.message.zh).toContain('沪普环罚〔2020〕13号至14号（2个编号）');
    const off = await lint(dir, {
      rule: { 'repo/number-gap': 'off', 'repo/duplicate-number': 'off', 'repo/double-penalty': 'off' },
    });
    expect(crossFindings(off)).toEqual([]);
    expect(off.results.every((r) => r.facts === undefined)).toBe(true);
  });

  it('gives one number-gap info per gap range, on the case after the gap', async () => {
    const dir = tree('gaps', { n19: numberOf(19), n12: numberOf(12), n14: numberOf(14), n15: numberOf(15) });
    const run = await lint(dir);
    const gaps = crossFindings(run).filter((x) => x.rule === 'repo/number-gap');
    expect(gaps.map((x) => [x.file, x.severity])).toEqual([
      ['n14/case.yaml', 'info'],
      ['n19/case.yaml', 'info'],
    ]);
    expect(gaps[0]?.f.message.zh).toContain('沪普环罚〔2020〕13号（');
    expect(gaps[1]?.f.message.zh).toContain('16号至18号（3个编号）');
  });

  it('keeps the facts in the cache: a warm run gives the same cross-case findings', async () => {
    const dir = tree('cache', { a: {}, b: {}, c: numberOf(14) });
    const cacheFile = join(dir, '..', 'cross-cache.json');
    const cold = await lint(dir, { cacheFile });
    const warm = await lint(dir, { cacheFile });
    expect(warm.stats?.cached).toBe(3);
    expect(warm.results.every((r) => r.facts !== undefined)).toBe(true);
    expect(crossFindings(warm).map((x) => x.f)).toEqual(crossFindings(cold).map((x) => x.f));
    expect(crossFindings(cold).map((x) => [x.file, x.rule])).toEqual([
      ['a/case.yaml', 'repo/duplicate-number'],
      ['b/case.yaml', 'repo/duplicate-number'],
      ['c/case.yaml', 'repo/double-penalty'],
      ['c/case.yaml', 'repo/number-gap'],
    ]);
    // one finding for the act fined again, naming both earlier folders
    expect(crossFindings(cold)[2]?.f.message.zh).toContain('另见 b');
    // neither the results nor the cache hold a cross-case finding (computed again for the set linted each time)
    expect(warm.results.flatMap((r) => r.findings).filter((f) => f.ruleId.startsWith('repo/'))).toEqual([]);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      entries: Record<string, { result: { findings: { ruleId: string }[] } }>;
    };
    const ids = Object.values(cached.entries).flatMap((e) => e.result.findings.map((f) => f.ruleId));
    expect(ids.filter((id) => id.startsWith('repo/'))).toEqual([]);
  });

  it('hands the cross-case findings over after every case was streamed', async () => {
    const dir = tree('stream', { a: {}, b: {} });
    const events: string[] = [];
    const config = resolveConfig({ cwd: dir, asOf: '2026-11-28' });
    await lintPaths(['.'], {
      cwd: dir,
      config,
      rules: repoRules,
      onResult: (r) => events.push(`case ${r.file}`),
      onCrossCase: (items) => events.push(`cross ${String(items.length)}`),
    });
    expect(events).toEqual(['case a/case.yaml', 'case b/case.yaml', 'cross 2']);
  });
});

describe('repo/double-penalty through the engine', () => {
  it('an error for the same act fined twice; a warning when the later decision was changed', async () => {
    const later = (extra: Record<string, unknown> = {}) => {
      const data = mergePatch(base, { ...numberOf(20), ...extra }) as { timeline: Record<string, unknown>[] };
      const decision = data.timeline.find((e) => e.event === 'decision');
      if (decision) decision.date = '2020-11-20';
      return data;
    };
    const dir = join(root, 'double');
    for (const [folder, data] of Object.entries({
      first: base,
      second: later(),
    })) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'case.yaml'), stringify(data));
    }
    const run = await lint(dir);
    const found = crossFindings(run).filter((x) => x.rule === 'repo/double-penalty');
    expect(found.map((x) => [x.file, x.severity])).toEqual([['second/case.yaml', 'error']]);
    expect(found[0]?.f.message.zh).toContain('行政处罚法(2017)第二十四条');
    expect(found[0]?.f.line).toBe(lineOf(dir, 'second/case.yaml', 'fine: 30000'));

    const changed = later();
    changed.timeline.push({ event: 'decision-changed', date: '2020-12-01', note: '复议变更' });
    writeFileSync(join(dir, 'second', 'case.yaml'), stringify(changed));
    const again = crossFindings(await lint(dir)).filter((x) => x.rule === 'repo/double-penalty');
    expect(again.map((x) => [x.file, x.severity])).toEqual([['second/case.yaml', 'warning']]);
    expect(again[0]?.f.message.zh).toContain('已变更或撤销');

    const elsewhere = later({ violation: { location: '上海市普陀区桃浦路18号' } });
    writeFileSync(join(dir, 'second', 'case.yaml'), stringify(elsewhere));
    expect(crossFindings(await lint(dir)).filter((x) => x.rule === 'repo/double-penalty')).toEqual([]);
  });
});
