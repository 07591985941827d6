/**
 * Defective twins of the lawful corpus (audit stream): each twin changes one lawful case (fixtures/lawful/) by one
 * defect taken from the law, and the whole rule set must report that defect exactly once, as an error or warning of
 * the rule that guards it, with no other error or warning. A lawful case that stays silent shows precision; its twin
 * shows the silence is not blindness.
 */
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import { applyFixtureSpec, type FixtureSpec } from '../../src/engine/fixture.js';
import { loadCase } from '../../src/load/index.js';
import { fromRoot } from '../../src/paths.js';

interface Twin {
  case: string;
  defect: string;
  spec: FixtureSpec;
  rule: string;
  severity: 'error' | 'warning';
}

const TWINS: Twin[] = [
  {
    case: '32-2019-water-nickel-hearing-makeup-sunday',
    defect: '听证于10-14举行，听证通知10-08送达，不足七日（行政处罚法(2017)第四十二条第一款第（二）项）',
    spec: { update_events: { 'hearing-held': { date: '2019-10-14' } } },
    rule: 'procedure/hearing-notice-period',
    severity: 'error',
  },
  {
    case: '33-2021-air-self-monitoring-straddling-first-offence',
    defect: '当事人2020年因同类违法受过处罚，不属于初次违法（行政处罚法(2021)第三十三条第一款）',
    spec: {
      set: {
        party: {
          prior_violations: [
            { decision_number: '沪金环罚〔2020〕77号', date: '2020-05-12', same_kind: true },
          ],
        },
      },
    },
    rule: 'penalty/no-penalty-ground-lawful',
    severity: 'error',
  },
  {
    case: '34-2022-hazwaste-unlicensed-collector-seizure-testing',
    defect: '扣押决定载明期限至09-28，超过三十日加十二日检测期间（行政强制法第二十五条）',
    spec: { update_events: { seizure: { until: '2022-09-28' } } },
    rule: 'execution/seizure-term',
    severity: 'error',
  },
  {
    case: '34-2022-hazwaste-unlicensed-collector-seizure-testing',
    defect:
      '罚款五十万元，低于处置费用按二十万元计算的三倍（固体废物污染环境防治法(2020)第一百一十二条第二款）',
    spec: {
      set: { penalty: { fine: 500000 }, discretion: { computed_fine: 500000 } },
      update_events: {
        'prior-notice-served': { proposed: { kinds: ['fine'], fine: 500000 } },
        paid: { amount: 500000 },
      },
    },
    rule: 'penalty/fine-within-range',
    severity: 'error',
  },
];

describe('defective twins of lawful cases: one defect, one finding', () => {
  it.each(TWINS.map((t) => [t.case, t.defect, t] as const))('%s: %s', async (name, _defect, twin) => {
    const loaded = await loadCase(fromRoot('fixtures', 'lawful', name), fromRoot());
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const data = applyFixtureSpec(loaded.loaded.data, twin.spec);
    const report = await lintCase(data, { cwd: fromRoot(), asOf: '2026-11-28' });
    const shown = (report.results[0]?.findings ?? [])
      .filter((f) => !f.waived && f.severity !== 'info')
      .map((f) => `${f.severity} ${f.ruleId}`);
    expect(shown).toEqual([`${twin.severity} ${twin.rule}`]);
  });
});
