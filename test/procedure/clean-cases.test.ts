/** The procedure pack on the clean example cases, rule by rule (the fixture harness checks the same, engine-side). */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/procedure/index.js';
import { loadFixture } from '../../src/engine/fixture.js';
import { fromRoot } from '../../src/paths.js';
import { runRule } from '../helpers.js';

const cases = readdirSync(fromRoot('fixtures', 'cases'));

describe.each(cases)('clean case %s', (name) => {
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s gives no finding', async (_id, rule) => {
    const fixture = await loadFixture(fromRoot('fixtures', 'cases', name));
    const findings = runRule(rule, fixture.loaded.data, { asOf: '2026-11-28' });
    expect(findings.map((f) => f.message.zh)).toEqual([]);
  });
});
