/**
 * Severity review of the non-deadline rules (issue 10 §3, left over): error = the record proves a violation of the
 * cited provision; warning = a likely violation that needs a human look (a fact not recorded, an unconfirmed
 * reading); info = coverage, advice, pending deadlines. Each change below is one clear mismatch found by the audit.
 */
import { describe, expect, it } from 'vitest';
import { rule as detentionTransfer } from '../../rules/execution/detention-transfer.js';
import { rule as publicNoticeService } from '../../rules/execution/public-notice-service.js';
import { rule as seizureTerm } from '../../rules/execution/seizure-term.js';
import { loadFixture } from '../../src/engine/fixture.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { runFixture } from '../helpers.js';

async function severities(rule: Rule, name: string): Promise<string[]> {
  const [pack, id] = rule.meta.id.split('/') as [string, string];
  const findings = await runFixture(rule, await loadFixture(fromRoot('fixtures', 'rules', pack, id, name)));
  return findings.map((f) => f.severity).sort();
}

describe('severity review of the non-deadline rules', () => {
  it('public-notice service: a reminder dated before the deemed service is proved by the dates (民事诉讼法 2021 §95: thirty days) — error', async () => {
    expect(publicNoticeService.meta.severity).toBe('error');
    expect(await severities(publicNoticeService, 'fail-2022-reminder-before-deemed-service.yaml')).toEqual([
      'error',
    ]);
    expect(await severities(publicNoticeService, 'fail-2021-sixty-days.yaml')).toEqual(['error']);
  });

  it('public-notice service: reasons not written in the record are not recorded (民事诉讼法 §95 ¶2) — warning', async () => {
    expect(await severities(publicNoticeService, 'fail-no-reason.yaml')).toEqual(['warning']);
  });

  it('seizure: an approval the record does not name is a warning; one officer (行政强制法 §18(2)) stays an error', async () => {
    expect(await severities(seizureTerm, 'fail-no-approval-one-officer.yaml')).toEqual(['error', 'warning']);
  });

  it('detention transfer: an approval step without the head named is a warning; no approval step at all is an error', async () => {
    expect(await severities(detentionTransfer, 'fail-approval-not-named.yaml')).toEqual(['warning']);
    expect(await severities(detentionTransfer, 'fail-no-approval.yaml')).toEqual(['error']);
  });
});
