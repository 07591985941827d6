/**
 * procedure/filing-deadline where a monitoring report establishes the violation: option monitoringClock ('clue' by
 * default — 环境行政处罚办法 2010 第二十二条、第二十四条 keep 7 working days and never count from the report —, or
 * 'report-received'); see docs/law.md, Reading notes.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import { fromRoot } from '../../src/paths.js';
import { rule } from '../../rules/procedure/filing-deadline.js';

const fixture = (name: string) =>
  loadFixture(fromRoot('fixtures', 'rules', 'procedure', 'filing-deadline', name));

async function run(name: string, options?: Record<string, unknown>) {
  const f = await fixture(name);
  const { findings, coverage } = await runFixtureWithCoverage(rule, options ? { ...f, options } : f);
  return { own: findings.filter((x) => x.ruleId === rule.meta.id), findings, coverage };
}

describe('filing clock and monitoring reports', () => {
  it('by default does not move the start for a monitoring report (the texts name no such start)', async () => {
    expect(rule.meta.options?.monitoringClock?.default).toBe('clue');
    const { own } = await run('fail-monitoring-report-default-clock.yaml');
    expect(own.map((f) => f.message.zh)).toEqual([
      expect.stringContaining('立案于2022-08-29，自受理线索（2022-08-09）起超过7个工作日的立案期限'),
    ]);
  });

  it('with report-received counts from the receipt of the report: filed on the 2nd working day after it', async () => {
    expect((await run('pass-monitoring-report-received.yaml')).own).toEqual([]);
    // the same record without the option
    expect((await run('pass-monitoring-report-received.yaml', {})).own).toHaveLength(1);
  });

  it('says which start it used when the filing is late after the receipt', async () => {
    const { own } = await run('fail-monitoring-report-received-late.yaml');
    expect(own.map((f) => f.message.zh)).toEqual([
      expect.stringContaining(
        '立案于2022-09-06，自收到监测报告（2022-08-25）起超过7个工作日的立案期限1个工作日',
      ),
    ]);
  });

  it('does not accuse when the report was issued but its receipt is not dated: not checked, with the reason', async () => {
    const { own, findings, coverage } = await run('pass-monitoring-receipt-not-recorded.yaml');
    expect(own).toEqual([]);
    expect(findings.filter((f) => f.category === 'coverage').map((f) => f.message.zh)).toEqual([
      '未记录收到监测报告的日期，未检查：立案期限',
    ]);
    expect(coverage.notChecked.map((e) => e.ruleId)).toEqual(['procedure/filing-deadline']);
  });

  it('ignores a report that does not establish the violation (no monitoring data recorded)', async () => {
    const f = await fixture('pass-monitoring-report-received.yaml');
    const data = structuredClone(f.loaded.data);
    if (data.violation) {
      delete data.violation.measurements;
      data.violation.evidence = (data.violation.evidence ?? []).filter((e) => e.kind !== 'monitoring');
    }
    const { findings } = await runFixtureWithCoverage(rule, { ...f, loaded: { ...f.loaded, data } });
    expect(f.options).toEqual({ monitoringClock: 'report-received' });
    expect(findings.filter((x) => x.ruleId === rule.meta.id).map((x) => x.message.zh)).toEqual([
      expect.stringContaining('自受理线索（2022-08-09）起'),
    ]);
  });
});
