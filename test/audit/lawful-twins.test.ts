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
  /** the other rules that saw the same defect, merged into this finding (one defect, one finding) */
  related?: string[];
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
  {
    case: '35-2025-eia-suspended-decision-after-spring-festival',
    defect:
      '未记录中止调查：九十日办案期限至2024-12-28（周六）顺延至12-30届满，02-05决定超期（生态环境行政处罚办法(2023)第五十七条）',
    spec: { remove_events: ['suspended', 'resumed'] },
    rule: 'procedure/decision-time-limit',
    severity: 'error',
  },
  {
    case: '36-2024-hazwaste-dumping-person-mitigated-instalments',
    defect: '减轻处罚但未记录任何法定情节（行政处罚法(2021)第三十二条）',
    spec: { set: { discretion: { mitigating: [] }, penalty: { treatment_grounds: null } } },
    rule: 'penalty/fine-within-range',
    severity: 'error',
    related: ['penalty/mitigation-consistent'],
  },
  {
    case: '37-2020-air-dust-public-notice-service',
    defect:
      '告知书07-20公告送达，经过六十日至09-18才视为送达，09-15即作出决定（行政处罚法(2017)第三十二条、第四十一条；民事诉讼法(2017)第九十二条）',
    spec: {
      update_events: {
        decision: { date: '2020-09-15' },
        'decision-served': { date: '2020-09-21', until: '2020-11-20' },
        paid: { date: '2020-12-07' },
      },
    },
    rule: 'procedure/statement-period',
    severity: 'error',
  },
  {
    case: '38-2024-air-kiln-overstandard-restrict-production',
    defect: '告知书只告知拟罚款，决定另加责令限制生产（行政处罚法(2021)第四十四条；限产停产办法第十一条）',
    spec: { update_events: { 'prior-notice-served': { proposed: { kinds: ['fine'], fine: 200000 } } } },
    rule: 'procedure/no-heavier-penalty',
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
    const found = (report.results[0]?.findings ?? []).filter((f) => !f.waived && f.severity !== 'info');
    expect(found.map((f) => `${f.severity} ${f.ruleId}`)).toEqual([`${twin.severity} ${twin.rule}`]);
    expect(found[0]?.related ?? []).toEqual(twin.related ?? []);
  });
});
