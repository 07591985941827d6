/**
 * Boundary amounts (exactly ¥200,000 and ¥500,000, inclusive and exclusive) against the procedure pack's
 * trigger rules: issue 5 group 7 asks for the boundaries; the trigger checks themselves live in
 * rules/procedure/hearing-right.ts and collective-discussion.ts (not duplicated in the penalty pack).
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { fixturePaths, loadFixture } from '../../src/engine/fixture.js';
import { runFixture } from '../helpers.js';

const cases: [string, string][] = [
  ['procedure/hearing-right', 'penalty/boundaries-hearing-right'],
  ['procedure/collective-discussion', 'penalty/boundaries-collective-discussion'],
];

describe.each(cases)('%s at the boundary amounts', (ruleId, folder) => {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  const paths = fixturePaths(folder);

  it('the rule exists and has boundary fixtures on both sides', () => {
    expect(rule).toBeDefined();
    expect(paths.some((p) => p.includes('/pass'))).toBe(true);
    expect(paths.some((p) => p.includes('/fail'))).toBe(true);
  });

  it.each(paths.map((p) => [p.split('/').at(-1) ?? p, p] as const))('%s', async (_name, path) => {
    const fixture = await loadFixture(path);
    const findings = (await runFixture(rule!, fixture)).filter((f) => !f.waived);
    if (fixture.expect === 'fail') expect(findings.length).toBeGreaterThan(0);
    else expect(findings.map((f) => f.message.zh)).toEqual([]);
  });
});
