/**
 * Every rule has at least one passing and one failing fixture (fixtures/rules/<pack>/<name>/), and they behave:
 * a fail fixture gives at least one active finding of that rule, a pass fixture none. The clean example cases
 * give no finding of any rule.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { fixturePaths, loadFixture } from '../src/engine/fixture.js';
import { fromRoot } from '../src/paths.js';
import { runFixture } from './helpers.js';

const cleanCases = readdirSync(fromRoot('fixtures', 'cases'));

describe('rule metadata', () => {
  it.each(allRules.map((r) => [r.meta.id, r] as const))(
    '%s has bilingual texts, a category and a basis',
    (_id, rule) => {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.meta.title.zh.length).toBeGreaterThan(0);
      expect(rule.meta.title.en.length).toBeGreaterThan(0);
      expect(rule.meta.description.zh.length).toBeGreaterThan(0);
      expect(rule.meta.description.en.length).toBeGreaterThan(0);
      expect(rule.meta.basis.length).toBeGreaterThan(0);
      for (const b of rule.meta.basis) expect(b.article).toBeGreaterThan(0);
    },
  );

  it('rule ids are unique', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe.each(allRules.map((r) => [r.meta.id, r] as const))('%s fixtures', (id, rule) => {
  const paths = fixturePaths(id);

  it('has at least one pass and one fail fixture', () => {
    const names = paths.map((p) => p.split('/').at(-1) ?? '');
    expect(names.some((n) => n.startsWith('pass'))).toBe(true);
    expect(names.some((n) => n.startsWith('fail'))).toBe(true);
  });

  it.each(paths.map((p) => [p.split('/').slice(-1)[0] ?? p, p] as const))('%s', async (_name, path) => {
    const fixture = await loadFixture(path);
    const findings = (await runFixture(rule, fixture)).filter((f) => !f.waived);
    if (fixture.expect === 'fail') {
      expect(findings.length, `${fixture.path} should give a finding of ${id}`).toBeGreaterThan(0);
    } else {
      expect(
        findings.map((f) => `${f.line}:${f.column} ${f.message.zh}`),
        `${fixture.path} should pass ${id}`,
      ).toEqual([]);
    }
  });

  it.each(cleanCases)('clean case %s gives no finding', async (name) => {
    const fixture = await loadFixture(fromRoot('fixtures', 'cases', name));
    const findings = (await runFixture(rule, { ...fixture, asOf: '2026-11-28' })).filter((f) => !f.waived);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message.zh}`)).toEqual([]);
  });
});
