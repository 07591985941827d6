/**
 * penalty/daily-penalty-preconditions: an error where the record proves the per-day penalty unlawful (act before
 * 2015, corrected at the re-inspection, late steps, conduct the catalogue knows to be off the list), a warning where
 * a precondition is only not recorded or the catalogue cannot tell.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import { fromRoot } from '../../src/paths.js';
import { rule } from '../../rules/penalty/daily-penalty-preconditions.js';

async function severities(name: string): Promise<string[]> {
  const fixture = await loadFixture(
    fromRoot('fixtures', 'rules', 'penalty', 'daily-penalty-preconditions', name),
  );
  const { findings } = await runFixtureWithCoverage(rule, fixture);
  return findings.filter((f) => f.ruleId === rule.meta.id).map((f) => f.severity);
}

describe('penalty/daily-penalty-preconditions severities', () => {
  it.each([
    ['fail-corrected-at-reinspection.yaml', ['error']],
    ['fail-not-on-list.yaml', ['error']],
    ['fail-not-undercover.yaml', ['error']],
    ['fail-reinspection-day-31.yaml', ['error']],
    ['fail-no-daily-record.yaml', ['warning']],
    ['fail-order-not-served.yaml', ['warning']],
  ])('%s → %j', async (name, expected) => {
    expect(await severities(name)).toEqual(expected);
  });

  it('an act before 2015: an error, and the list question a warning without the act-time clause', async () => {
    expect(await severities('fail-act-before-2015.yaml')).toEqual(['error', 'warning']);
  });
});
