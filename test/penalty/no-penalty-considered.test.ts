/**
 * penalty/no-penalty-considered is advice: 行政处罚法(2021)第三十三条第一款 lets an agency waive a first offence
 * ("可以不予行政处罚") and requires a waiver only for a minor act ("违法行为轻微"), which the record cannot show;
 * no provision requires a decision to give reasons for not waiving. A lawful 300,000-yuan no-permit case that does
 * not discuss the waiver (fixtures/lawful/16-…) drew a warning; it is now an info that suggests, never accuses.
 */
import { describe, expect, it } from 'vitest';
import { rule } from '../../rules/penalty/no-penalty-considered.js';
import { loadFixture } from '../../src/engine/fixture.js';
import { fromRoot } from '../../src/paths.js';
import { runFixture } from '../helpers.js';

describe('penalty/no-penalty-considered', () => {
  it('is an info, not a warning', () => {
    expect(rule.meta.severity).toBe('info');
  });

  it('still speaks on its failing fixture, as advice', async () => {
    const fixture = await loadFixture(
      fromRoot('fixtures', 'rules', 'penalty', 'no-penalty-considered', 'fail-not-addressed.yaml'),
    );
    const findings = await runFixture(rule, fixture);
    expect(findings.map((f) => f.severity)).toEqual(['info']);
    expect(findings[0]?.message.zh).toContain('建议写明');
    expect(findings[0]?.message.zh).not.toContain('可能符合');
  });
});
