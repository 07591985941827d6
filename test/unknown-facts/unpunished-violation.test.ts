/**
 * penalty/unpunished-violation (该罚不罚) accuses only on what the record shows: an unrecorded penalty section or an
 * unrecorded status (which the model reads as "open" when no decision is recorded) is coverage, not an error.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import { fromRoot } from '../../src/paths.js';
import { rule } from '../../rules/penalty/unpunished-violation.js';

async function run(name: string) {
  const fixture = await loadFixture(fromRoot('fixtures', 'rules', 'penalty', 'unpunished-violation', name));
  const { findings } = await runFixtureWithCoverage(rule, fixture);
  return findings.map((f) => [f.ruleId, f.severity, f.message.zh]);
}

describe('penalty/unpunished-violation', () => {
  it('an unrecorded penalty section: 未记录处罚种类, not 该罚不罚', async () => {
    expect(await run('pass-penalty-kinds-not-recorded.yaml')).toEqual([
      ['coverage/not-recorded', 'info', '未记录处罚种类，未检查：该罚不罚'],
    ]);
  });

  it('no status and no decision recorded: 未记录案件状态, not 该罚不罚', async () => {
    expect(await run('pass-status-not-recorded.yaml')).toEqual([
      ['coverage/not-recorded', 'info', '未记录案件状态（仍在办理，或已结案、终止），未检查：该罚不罚'],
    ]);
  });

  it('an open case recorded as such: nothing', async () => {
    expect(await run('pass-open-case.yaml')).toEqual([]);
  });

  it('a closed case with the facts established, an empty penalty and no ground: an error', async () => {
    const found = await run('fail-no-penalty-no-ground.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]?.slice(0, 2)).toEqual(['penalty/unpunished-violation', 'error']);
  });
});
