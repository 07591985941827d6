/**
 * A finding that rests on something the record does not show is at most a warning, and a rule that reads absence
 * from the timeline runs only on a record of the whole procedure (measures/seizure-not-used,
 * execution/on-the-spot-collection).
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { rule as seizureNotUsed } from '../../rules/measures/seizure-not-used.js';
import { rule as onTheSpot } from '../../rules/execution/on-the-spot-collection.js';
import { rule as partyId } from '../../rules/core/party-id-checksum.js';
import { rule as remedyStatement } from '../../rules/execution/remedy-statement.js';
import { rule as decisionContents } from '../../rules/procedure/decision-contents.js';
import { rule as seizureTerm } from '../../rules/execution/seizure-term.js';
import { rule as discretionExplanation } from '../../rules/penalty/discretion-explanation.js';
import { rule as simpleConduct } from '../../rules/execution/simple-procedure-conduct.js';

async function fixture(rule: Rule, name: string) {
  const [pack, id] = rule.meta.id.split('/') as [string, string];
  return loadFixture(fromRoot('fixtures', 'rules', pack, id, name));
}

describe('measures/seizure-not-used', () => {
  it('a full dossier with a mandatory ground and no seizure: an error', async () => {
    const { findings } = await runFixtureWithCoverage(
      seizureNotUsed,
      await fixture(seizureNotUsed, 'fail-hidden-pipe.yaml'),
    );
    expect(findings.filter((f) => f.ruleId === seizureNotUsed.meta.id).map((f) => f.severity)).toEqual([
      'error',
    ]);
  });

  it('the same facts in a partial record: coverage, no finding', async () => {
    const f = await fixture(seizureNotUsed, 'fail-hidden-pipe.yaml');
    f.loaded.data.case.record = 'partial';
    const { findings, coverage } = await runFixtureWithCoverage(seizureNotUsed, f);
    expect(findings.filter((x) => x.ruleId === seizureNotUsed.meta.id)).toEqual([]);
    expect(coverage.notChecked.map((e) => e.ruleId)).toEqual([seizureNotUsed.meta.id]);
    expect(findings.map((x) => x.message.zh).join('\n')).toContain('未记录完整办案过程');
  });
});

describe('execution/on-the-spot-collection', () => {
  it.each(['fail-2022-simple-101.yaml', 'fail-general-procedure.yaml', 'fail-no-receipt.yaml'])(
    '%s: a warning (the ground or the receipt is not recorded, which is not proof)',
    async (name) => {
      const { findings } = await runFixtureWithCoverage(onTheSpot, await fixture(onTheSpot, name));
      const own = findings.filter((f) => f.ruleId === onTheSpot.meta.id);
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((f) => f.severity))).toEqual(new Set(['warning']));
    },
  );
});

describe('core/party-id-checksum', () => {
  it('an organisation whose credit code is not recorded (2023 measures): a warning, not an error', async () => {
    const f = await loadFixture(fromRoot('fixtures', 'lawful', '09-2024-eia-unapproved-hearing'));
    delete f.loaded.data.party?.credit_code;
    const { findings } = await runFixtureWithCoverage(partyId, f);
    const own = findings.filter((x) => x.ruleId === partyId.meta.id);
    expect(own.map((x) => [x.severity, x.message.zh])).toEqual([
      [
        'warning',
        '当事人为单位，但未记录统一社会信用代码；处罚决定书应载明（生态环境行政处罚办法(2023)第五十六条）',
      ],
    ]);
  });
});

describe('the remedies the decision states', () => {
  it('not recorded at all: coverage for remedy-statement, a warning for decision-contents', async () => {
    const f = await fixture(remedyStatement, 'pass-remedies-not-recorded.yaml');
    const own = await runFixtureWithCoverage(remedyStatement, f);
    expect(own.findings.map((x) => [x.ruleId, x.severity, x.message.zh])).toEqual([
      [
        'coverage/not-recorded',
        'info',
        '未记录决定书告知的救济途径和期限，未检查：决定书告知复议、诉讼的途径和期限',
      ],
    ]);
    const contents = await runFixtureWithCoverage(decisionContents, f);
    const found = contents.findings.filter((x) => x.ruleId === decisionContents.meta.id);
    expect(found.map((x) => x.severity)).toEqual(['warning']);
    // the record is silent: "not recorded whether it states", never "the decision does not state"
    expect(found[0]?.message.zh).toMatch(/^案卷未记录\d{4}-\d{2}-\d{2}的处罚决定书是否载明：申请行政复议/);
    expect(found[0]?.message.zh).not.toContain('决定书未载明');
    expect(found[0]?.message.en).toContain('The record does not show whether the decision');
  });

  it('left out of the recorded contents of the decision: a finding of both rules, an error of decision-contents', async () => {
    const f = await fixture(remedyStatement, 'fail-missing.yaml');
    const own = await runFixtureWithCoverage(remedyStatement, f);
    expect(own.findings.filter((x) => x.ruleId === remedyStatement.meta.id)).toHaveLength(1);
    const contents = await runFixtureWithCoverage(decisionContents, f);
    const found = contents.findings.filter((x) => x.ruleId === decisionContents.meta.id);
    expect(found.map((x) => x.severity)).toEqual(['error']);
    expect(found[0]?.message.zh).toMatch(/的处罚决定书未载明：申请行政复议、提起行政诉讼的途径和期限/);
  });
});

describe('officers not named on a step', () => {
  it.each([
    [seizureTerm, '未记录实施查封、扣押的执法人员'],
    [simpleConduct, '未记录作出当场处罚决定的执法人员'],
  ] as const)('%s: coverage, not "fewer than two"', async (rule, gap) => {
    const { findings } = await runFixtureWithCoverage(
      rule,
      await fixture(rule, 'pass-officers-not-recorded.yaml'),
    );
    expect(findings.filter((x) => x.ruleId === rule.meta.id)).toEqual([]);
    expect(findings.map((x) => x.message.zh.split('，未检查')[0])).toContain(gap);
  });
});

describe('penalty/discretion-explanation', () => {
  it('no discretion section: coverage, not a warning', async () => {
    const f = await fixture(discretionExplanation, 'pass-discretion-not-recorded.yaml');
    const { findings } = await runFixtureWithCoverage(discretionExplanation, f);
    expect(findings.map((x) => [x.ruleId, x.severity, x.message.zh.split('，未检查')[0]])).toEqual([
      ['coverage/not-recorded', 'info', '未记录裁量过程（适用的裁量基准、裁量因素和档次）'],
    ]);
  });

  it('a discretion section without its explanation: a warning', async () => {
    const f = await fixture(discretionExplanation, 'fail-missing.yaml');
    const { findings } = await runFixtureWithCoverage(discretionExplanation, f);
    expect(findings.filter((x) => x.ruleId === discretionExplanation.meta.id).map((x) => x.severity)).toEqual(
      ['warning'],
    );
  });
});
