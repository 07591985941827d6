/**
 * The severity policy (issue 10 §3): error = the record proves a violation; warning = a likely violation needing a
 * human look; info = coverage, advice, pending deadlines. Missed statutory deadlines are errors when the dates are
 * recorded and the counting is settled, warnings where the law leaves the counting unsettled or the step is not
 * recorded at all. The policy and each deadline rule's reason are in docs/rules.md (generated).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { DEADLINE_RULES, SEVERITY_POLICY } from '../../rules/shared/severity-policy.js';
import { rule as serviceDeadline } from '../../rules/execution/decision-service-deadline.js';
import { rule as publicationDeadline } from '../../rules/execution/publication-deadline.js';
import { loadFixture } from '../../src/engine/fixture.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { runFixture } from '../helpers.js';

const byId = new Map(allRules.map((r) => [r.meta.id, r]));

/** rules whose source computes a statutory deadline */
function deadlineRuleIds(): string[] {
  const ids: string[] = [];
  for (const pack of readdirSync(fromRoot('rules'))) {
    if (pack === 'shared' || pack.includes('.')) continue;
    for (const file of readdirSync(fromRoot('rules', pack))) {
      if (!file.endsWith('.ts') || file === 'index.ts' || file === 'support.ts') continue;
      const source = readFileSync(join(fromRoot('rules', pack), file), 'utf8');
      if (!/checkPeriod\(|pendingOrOverdue\(|overdueDeadline\(/.test(source)) continue;
      const id = /id: '([a-z]+\/[a-z0-9-]+)'/.exec(source)?.[1];
      if (id) ids.push(id);
    }
  }
  return ids;
}

async function run(rule: Rule, name: string) {
  const [pack, id] = rule.meta.id.split('/') as [string, string];
  return runFixture(rule, await loadFixture(fromRoot('fixtures', 'rules', pack, id, name)));
}

describe('severity policy', () => {
  it('is written in docs/rules.md with every deadline rule and its reason', () => {
    const doc = readFileSync(fromRoot('docs', 'rules.md'), 'utf8');
    expect(doc).toContain('## Severity policy');
    for (const s of ['error', 'warning', 'info'] as const) expect(doc).toContain(SEVERITY_POLICY[s].en);
    for (const [id, d] of Object.entries(DEADLINE_RULES)) {
      expect(doc).toContain(`\`${id}\``);
      expect(doc).toContain(d.reason.en);
    }
  });

  it('lists every rule that computes a statutory deadline (measures pack aside, owned elsewhere)', () => {
    const missing = deadlineRuleIds().filter((id) => !id.startsWith('measures/') && !(id in DEADLINE_RULES));
    expect(missing).toEqual([]);
  });

  it('gives a settled deadline rule the error default and an unsettled one a warning', () => {
    for (const [id, d] of Object.entries(DEADLINE_RULES)) {
      const rule = byId.get(id);
      expect(rule, id).toBeDefined();
      expect(rule?.meta.severity, id).toBe(d.settled ? 'error' : 'warning');
    }
  });

  it('reports a publication recorded after the 2023 measures’ 7 working days as an error', async () => {
    const findings = await run(publicationDeadline, 'fail-2023-day-8.yaml');
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('reports a 2010-measures decision with no recorded disclosure (no period) as a warning', async () => {
    const findings = await run(publicationDeadline, 'fail-2010-not-published.yaml');
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports a service step not recorded at all as a warning (未记录), a recorded late one as an error', async () => {
    expect((await run(serviceDeadline, 'fail-missing-service.yaml')).map((f) => f.severity)).toEqual([
      'warning',
    ]);
    expect((await run(serviceDeadline, 'fail-2020-day-8.yaml')).map((f) => f.severity)).toEqual(['error']);
  });
});
