import { describe, expect, it } from 'vitest';
import {
  applyBenchmark,
  benchmarkById,
  benchmarkFor,
  loadBenchmarks,
} from '../../src/law/benchmark/index.js';

describe('benchmark data', () => {
  it('selects the Shanghai benchmark by decision date', () => {
    expect(benchmarkFor('CN-SH', '2020-08-31')?.id).toBe('SH-BENCH-2017');
    expect(benchmarkFor('CN-SH', '2020-09-01')?.id).toBe('SH-BENCH-2020');
    expect(benchmarkFor('CN-SH', '2016-12-31')).toBeUndefined();
  });

  it('never selects the worked example, which is labelled as not Shanghai', () => {
    const example = benchmarkById('EXAMPLE-WEIGHTED-PCT');
    expect(example?.illustrative).toBe(true);
    expect(example?.not_shanghai).toBe(true);
    for (const date of ['2001-01-01', '2024-01-01']) expect(benchmarkFor('example', date)).toBeUndefined();
  });

  it('ships no unconfirmed Shanghai factors or formula', () => {
    for (const b of loadBenchmarks().filter((x) => x.jurisdiction === 'CN-SH')) {
      expect(b.model.kind).toBe('none');
      expect(b.factors).toEqual([]);
      expect(b.clause_tables).toEqual([]);
    }
  });
});

describe('weighted-percentage formula', () => {
  const b = benchmarkById('EXAMPLE-WEIGHTED-PCT')!;

  it('adds start and factor weights and multiplies by the statutory maximum', () => {
    const r = applyBenchmark(b, {
      statutoryMin: 20000,
      statutoryMax: 200000,
      factors: [
        { factor: '环境影响程度', level: '三档' },
        { factor: '经核实的投诉举报', level: '有' },
      ],
    });
    // 10% + 18% + 15% = 43% × 200,000 = 86,000
    expect(r).toMatchObject({ kind: 'amount', amount: 86000 });
  });

  it('caps the share at 100%', () => {
    const r = applyBenchmark(b, {
      statutoryMax: 100000,
      factors: [
        { factor: '环境影响程度', level: '四档' },
        { factor: '违法行为持续时间', level: '十二个月以上' },
        { factor: '两年内违法次数', level: '四次以上' },
        { factor: '经核实的投诉举报', level: '有' },
      ],
    });
    // 10 + 32 + 26 + 27 + 15 = 110% → 100%
    expect(r).toMatchObject({ kind: 'amount', amount: 100000, share: 1 });
  });

  it('reports unknown factors or levels', () => {
    const r = applyBenchmark(b, {
      statutoryMax: 100000,
      factors: [{ factor: '环境影响程度', level: '五档' }],
    });
    expect(r).toEqual({ kind: 'unknown-factors', unknown: ['环境影响程度/五档'] });
  });

  it('falls back to the mean split when only a level is recorded', () => {
    expect(
      applyBenchmark(b, { statutoryMin: 20000, statutoryMax: 200000, factors: [], level: 'heavier' }),
    ).toMatchObject({
      kind: 'band',
      min: 110000,
      max: 200000,
    });
  });

  it('computes nothing for a benchmark without a confirmed formula', () => {
    expect(applyBenchmark(benchmarkById('SH-BENCH-2020')!, { statutoryMax: 1, factors: [] }).kind).toBe(
      'none',
    );
  });
});
