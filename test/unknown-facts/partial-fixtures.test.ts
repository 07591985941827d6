/**
 * Issue 11 "Done when": a case with only what a published decision states lints without any input error, gives no
 * error or warning (nothing in these decisions proves a defect), and every gap shows up as coverage. The cases in
 * fixtures/partial/ follow real published-decision shapes: 大气法 2019 (individual business), 水污染防治法 2022,
 * 固废法 2023 with a masked credit code, 大气法 2021; one ledger (台账) row, 大气法 2024; and one database export
 * (case.json) with null for what it does not record, 大气法 2021.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/api.js';
import { fromRoot } from '../../src/paths.js';

/**
 * None of these decisions records the date of the act (only its discovery, or the month it started) or a discretion
 * section: the checks on the clause in force at the act (行政处罚法 2021 §37) and the benchmark are not checked, and
 * say so. Where the month the act started is recorded and one catalogue row is in force from then to the decision,
 * the clause is the same whatever day the act was on: the fine range, the pairing with the violated provision, the
 * kinds the clause allows and the competing clauses are checked all the same (`fineRange`), and the act date is not
 * reported as not recorded.
 */
const DISCRETION_GAP = '未记录裁量过程（适用的裁量基准、裁量因素和档次）';
const PENALTY_GAPS = ['未记录违法行为发生日期', DISCRETION_GAP];
const ACT_CLAUSE_RULES = [
  'penalty/fine-within-range',
  'penalty/basis-matches-violation',
  'penalty/kinds-allowed-by-clause',
  'penalty/overlapping-clauses',
];

const CASES: Record<string, { gaps: string[]; checked: string[]; fineRange?: 'checked' }> = {
  '2019-air-autorepair-individual-business': {
    gaps: [
      '未记录完整办案过程',
      '未记录处罚决定书的送达日期',
      '未记录处罚决定的公开日期',
      '未记录事先告知书的送达凭证',
      ...PENALTY_GAPS,
    ],
    checked: ['core/citation-exists', 'core/party-id-checksum'],
  },
  '2022-water-overstandard': {
    gaps: ['未记录完整办案过程', '未记录事先告知书的送达日期', '未记录处罚决定的公开日期', DISCRETION_GAP],
    // the decision and its service are dated: the 7-working-day service period is checked
    checked: ['core/citation-exists', 'execution/decision-service-deadline'],
    // started 2022-06, decided 2022-10-18: 水污染防治法 (2018) §83 item 2 throughout
    fineRange: 'checked',
  },
  '2023-hazwaste-signs-masked-code': {
    gaps: ['未记录完整办案过程', '未记录事先告知书的送达日期', '未记录处罚决定书的送达日期', ...PENALTY_GAPS],
    // decision and disclosure are dated: the 7-working-day disclosure period (2023 measures §65) is checked
    checked: ['core/citation-exists', 'execution/publication-deadline', 'core/party-id-checksum'],
  },
  // a ledger (台账) row: filing, notice, decision and service dated, nothing else of the procedure
  '2024-air-dust-ledger-only': {
    gaps: [
      '未记录完整办案过程',
      '未记录处罚决定的公开日期',
      '未记录事先告知书的送达凭证',
      '未记录责令改正的内容',
      ...PENALTY_GAPS,
    ],
    // the decision and its service are dated: the service period is checked
    checked: ['core/citation-exists', 'core/party-id-checksum', 'execution/decision-service-deadline'],
  },
  // a database export (case.json) that writes null for every column it has no value for: null is not recorded
  '2021-air-database-export': {
    gaps: ['未记录完整办案过程', '未记录当事人证照号码', '未记录处罚决定日期', ...PENALTY_GAPS],
    checked: ['core/citation-exists'],
  },
  'published-decision': {
    gaps: [
      '未记录完整办案过程',
      '未记录事先告知书的送达日期',
      '未记录处罚决定书的送达日期',
      '未记录处罚决定的公开日期',
      DISCRETION_GAP,
    ],
    checked: ['core/citation-exists'],
    // started 2021-03, decided 2021-06-18: 大气污染防治法 (2018) §108 item 1 throughout
    fineRange: 'checked',
  },
};

describe('fixtures/partial: published decisions only', async () => {
  const report = await lint(fromRoot('fixtures', 'partial'), { asOf: '2026-11-28', concurrency: 'off' });

  it('lints every case in the folder', () => {
    expect(report.results.map((r) => r.file.split('/').at(-2)).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, want) => {
    const result = report.results.find((r) => r.file.includes(`/${name}/`));
    const findings = result?.findings ?? [];
    expect(findings.filter((f) => f.ruleId.startsWith('input/'))).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    // every info is coverage: nothing is said about the case beyond what was not checked
    expect(findings.filter((f) => f.category !== 'coverage').map((f) => f.ruleId)).toEqual([]);
    const gaps = findings.map((f) => f.message.split('，未检查')[0]);
    expect(gaps.sort()).toEqual([...want.gaps].sort());
    const coverage = result?.coverage;
    expect(coverage?.notChecked.length).toBeGreaterThan(0);
    for (const id of want.checked) expect(coverage?.checkedRules).toContain(id);
    // not claimed as checked when they did nothing
    for (const id of ACT_CLAUSE_RULES)
      if (want.fineRange === 'checked') expect(coverage?.checkedRules).toContain(id);
      else expect(coverage?.checkedRules).not.toContain(id);
    expect(coverage?.checkedRules).not.toContain('penalty/benchmark-applied');
  });
});
