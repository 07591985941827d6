/**
 * Per-day penalties (issue 10 §1): a per-day decision rests on 环境保护法 §59 with the law's own per-day clause
 * (大气法 §123, 水污染防治法 §95, 固废法 §119); those clauses name the conduct, the original decision's clause can be
 * recorded, and no discretion benchmark is asked for an amount the law fixes (original fine × days).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { runRule } from '../helpers.js';
import { rule as preconditions } from '../../rules/penalty/daily-penalty-preconditions.js';
import { rule as benchmark } from '../../rules/penalty/benchmark-applied.js';

/** a lawful per-day case: 大气法 §99(2) original fine ¥100,000 × 30 days, cited with 环境保护法 §59 and 大气法 §123(2) */
function perDay(): CaseData {
  return parse(
    readFileSync(fromRoot('fixtures', 'lawful', '06-2024-air-nox-per-day', 'case.yaml'), 'utf8'),
  ) as CaseData;
}

const notListed = (data: CaseData) =>
  runRule(preconditions, data).filter((f) => f.message.zh.includes('不在按日连续处罚的适用范围内'));

describe('per-day conduct', () => {
  it('大气法 §123 (二) “超过大气污染物排放标准…排放大气污染物的” names the conduct: §59 + §123(2) alone suffices', () => {
    const data = perDay();
    data.violation.basis = [
      { law: '环境保护法', article: 59, paragraph: 1 },
      { law: '大气污染防治法', article: 123, item: 2 },
    ];
    expect(notListed(data)).toEqual([]);
  });

  it('环境保护法 §59 alone does not name the conduct: the original decision’s clause recorded in penalty.daily does', () => {
    const data = perDay();
    data.violation.basis = [{ law: '环境保护法', article: 59, paragraph: 1 }];
    data.violation.violated = [{ law: '大气污染防治法', article: 18 }];
    expect(notListed(data)).toHaveLength(1);
    if (!data.penalty.daily) throw new Error('fixture has no daily');
    data.penalty.daily.original_basis = [{ law: '大气污染防治法', article: 99, item: 2 }];
    data.penalty.daily.original_decision = '沪金环罚〔2024〕12号';
    expect(notListed(data)).toEqual([]);
  });

  it('水污染防治法 §95 (违法排放水污染物) is per-day conduct', () => {
    const data = perDay();
    data.violation.basis = [
      { law: '环境保护法', article: 59, paragraph: 1 },
      { law: '水污染防治法', article: 95 },
    ];
    data.violation.violated = [{ law: '水污染防治法', article: 10 }];
    expect(notListed(data)).toEqual([]);
  });

  it('a per-day amount asks for no discretion benchmark (original fine × days is fixed by law)', () => {
    const data = perDay();
    expect(data.discretion?.benchmark).toBeUndefined();
    expect(runRule(benchmark, data)).toEqual([]);
  });

  it('an ordinary fine still asks for the benchmark', () => {
    const data = perDay();
    delete data.penalty.daily;
    data.violation.basis = [{ law: '大气污染防治法', article: 99, item: 2 }];
    data.penalty.fine = 150000;
    expect(runRule(benchmark, data).length).toBeGreaterThan(0);
  });
});

describe('benchmarks caselint does not hold (issue 11: coverage of the law itself)', () => {
  it('another province’s benchmark is an info about coverage, not a warning against the case', () => {
    const data = perDay();
    delete data.penalty.daily;
    data.violation.basis = [{ law: '大气污染防治法', article: 99, item: 2 }];
    data.penalty.fine = 150000;
    data.case.jurisdiction = 'CN-ZJ';
    data.discretion = { ...data.discretion, benchmark: 'ZJ-BENCH-2021' };
    const findings = runRule(benchmark, data, { settings: { jurisdiction: 'CN-ZJ' } });
    expect(findings).toHaveLength(1);
    // coverage (CaseResult.coverage and the grouped info), not an ad-hoc info finding
    expect(findings[0]?.gap?.kind).toBe('not-covered');
    expect(findings[0]?.message.zh).toContain('CN-ZJ的裁量基准“ZJ-BENCH-2021”不在 caselint 法律数据范围内');
  });

  it('an unknown benchmark id where caselint holds the jurisdiction’s benchmark is still a warning', () => {
    const data = perDay();
    delete data.penalty.daily;
    data.violation.basis = [{ law: '大气污染防治法', article: 99, item: 2 }];
    data.penalty.fine = 150000;
    data.discretion = { ...data.discretion, benchmark: 'SH-BENCH-2019' };
    const findings = runRule(benchmark, data);
    expect(
      findings.some((f) => f.severity === undefined && f.message.zh.includes('不在已知基准数据中')),
    ).toBe(true);
  });
});
