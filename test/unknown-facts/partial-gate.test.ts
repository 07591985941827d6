/**
 * The partial-record gate (issue 11): rules whose steps a partial record does date still check them (service within
 * 7 days of the decision, disclosure within 7 working days, prior notice before the decision); a step the partial
 * record does not hold is coverage naming exactly that fact, never a finding.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import { applyFixtureSpec, type FixtureSpec } from '../../src/engine/fixture.js';
import type { CaseFileData } from '../../src/model/case-data.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { rule as serviceDeadline } from '../../rules/execution/decision-service-deadline.js';
import { rule as publication } from '../../rules/execution/publication-deadline.js';
import { rule as priorNotice } from '../../rules/procedure/prior-notice-served.js';

async function lint(rule: Rule, name: string, spec: FixtureSpec) {
  const data = parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseFileData;
  const report = await lintCase(
    applyFixtureSpec(data, { ...spec, set: { case: { record: 'partial' }, ...spec.set } }),
    {
      ruleSet: [rule],
      asOf: '2026-11-28',
    },
  );
  const findings = report.results[0]?.findings ?? [];
  return {
    own: findings.filter((f) => f.ruleId === rule.meta.id),
    gaps: findings.filter((f) => f.ruleId.startsWith('coverage/')).map((f) => f.message),
  };
}

describe('partial records: dated steps are checked', () => {
  it('decision served 17 days after the decision (2017 law: 7 days) is an error', async () => {
    const { own, gaps } = await lint(serviceDeadline, 'printing-vocs', {
      update_events: { 'decision-served': { date: '2020-10-30' } },
    });
    expect(own.map((f) => f.severity)).toEqual(['error']);
    expect(gaps).toEqual([]);
  });

  it('decision served on time: nothing', async () => {
    const { own, gaps } = await lint(serviceDeadline, 'printing-vocs', {});
    expect([...own, ...gaps]).toEqual([]);
  });

  it('disclosure after 7 working days (2023 measures) is reported', async () => {
    const { own } = await lint(publication, 'hazardous-waste', {
      update_events: { published: { date: '2024-06-20' } },
    });
    expect(own).toHaveLength(1);
  });

  it('a prior notice dated after the decision is an error', async () => {
    const { own } = await lint(priorNotice, 'printing-vocs', {
      update_events: { 'prior-notice-served': { date: '2020-10-20' } },
    });
    expect(own.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('partial records: steps not recorded are coverage naming the fact', () => {
  it.each([
    [
      serviceDeadline,
      'printing-vocs',
      'decision-served',
      '未记录处罚决定书的送达日期，未检查：处罚决定书送达期限',
    ],
    [publication, 'hazardous-waste', 'published', '未记录处罚决定的公开日期，未检查：处罚决定信息公开及期限'],
    [
      priorNotice,
      'printing-vocs',
      'prior-notice-served',
      '未记录事先告知书的送达，未检查：事先告知书在决定前送达',
    ],
  ] as const)('%#: without %s', async (rule, base, step, message) => {
    const { own, gaps } = await lint(rule, base, { remove_events: [step] });
    expect(own).toEqual([]);
    expect(gaps).toEqual([message]);
  });

  it('a partial record without proof of service of the notice: coverage, not 未记录送达凭证 as a finding', async () => {
    const { own, gaps } = await lint(priorNotice, 'printing-vocs', {
      update_events: { 'prior-notice-served': { proof: null, documents: null } },
    });
    expect(own).toEqual([]);
    expect(gaps).toEqual(['未记录事先告知书的送达凭证，未检查：事先告知书的送达凭证']);
  });
});
