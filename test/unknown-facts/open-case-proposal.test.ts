/**
 * On an open case without a decision, `penalty` is the proposal, not a decision (issue 11 "Scope"). A proposed fine
 * outside the legal range is not yet an unlawful decision (行政处罚法 2021 §57: the decision is made after the
 * investigation and review), but a likely defect to fix before deciding: a warning that says it is about the
 * proposal. A decided case keeps the error.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import { applyFixtureSpec, type FixtureSpec } from '../../src/engine/fixture.js';
import type { CaseFileData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as triggerAmounts } from '../../rules/penalty/trigger-amounts.js';
import type { Rule } from '../../src/engine/types.js';

const OPEN: FixtureSpec = {
  set: { case: { status: 'open' } },
  remove_events: ['decision', 'decision-served', 'published', 'paid', 'closed', 'archived'],
};

async function run(rule: Rule, spec: FixtureSpec) {
  const data = parse(
    readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
  ) as CaseFileData;
  const report = await lintCase(applyFixtureSpec(data, spec), { ruleSet: [rule], asOf: '2020-10-05' });
  return (report.results[0]?.findings ?? []).filter((f) => f.ruleId === rule.meta.id);
}

describe('open case without a decision: the penalty is the proposal', () => {
  it('a proposed fine above the maximum is a warning about the proposal', async () => {
    const findings = await run(fineWithinRange, { ...OPEN, set: { ...OPEN.set, penalty: { fine: 250000 } } });
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toMatch(/^尚未作出处罚决定，所记处罚为拟作出的处罚：/);
  });

  it('the same fine in a decided case is an error about the decision', async () => {
    const findings = await run(fineWithinRange, { set: { penalty: { fine: 250000 } } });
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]?.message).not.toContain('拟作出');
  });

  it('no "decided fine" is compared with the notice while nothing is decided', async () => {
    // the notice proposed ¥30,000; the record's penalty (the current proposal) reaches the hearing threshold
    const open = await run(triggerAmounts, { ...OPEN, set: { ...OPEN.set, penalty: { fine: 150000 } } });
    expect(open.filter((f) => f.message.includes('决定罚款'))).toEqual([]);
    const decided = await run(triggerAmounts, { set: { penalty: { fine: 150000 } } });
    expect(decided.some((f) => f.message.includes('决定罚款'))).toBe(true);
  });
});
