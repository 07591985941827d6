/**
 * Issue 10 §2: classes of false alarm on lawful cases in the penalty pack, each held by a test that failed on the
 * behaviour before the fix.
 */
import { describe, expect, it } from 'vitest';
import { rule as factorsEvidenced } from '../../rules/penalty/discretion-factors-evidenced.js';
import { rule as mitigation } from '../../rules/penalty/mitigation-consistent.js';
import { loadFixture } from '../../src/engine/fixture.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { runFixture } from '../helpers.js';

async function run(rule: Rule, name: string) {
  const [pack, id] = rule.meta.id.split('/') as [string, string];
  return runFixture(rule, await loadFixture(fromRoot('fixtures', 'rules', pack, id, name)));
}

describe('penalty/discretion-factors-evidenced', () => {
  it('gives at most one finding per case, naming every unsupported factor', async () => {
    const findings = await run(factorsEvidenced, 'fail-two-unsupported-one-finding.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('环境影响程度');
    expect(findings[0]?.message.zh).toContain('违法次数');
  });
  it('is silent when factors name no evidence id but the evidence list is not empty', async () => {
    expect(await run(factorsEvidenced, 'pass-factors-without-evidence-ids.yaml')).toEqual([]);
  });
});

describe('penalty/mitigation-consistent', () => {
  it('accepts benchmark circumstances for lighter treatment within the range', async () => {
    expect(await run(mitigation, 'pass-lighter-benchmark-circumstances.yaml')).toEqual([]);
  });
  it('asks a statutory ground of a treatment below the range', async () => {
    const findings = await run(mitigation, 'fail-mitigated-on-circumstance-only.yaml');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('裁量基准情节');
  });
});
