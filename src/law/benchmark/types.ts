/**
 * Discretion benchmarks (裁量基准) as data a bureau maintains: src/law/data/benchmarks/*.yaml.
 * See docs/discretion-benchmark.md for how to write one and what is confirmed for Shanghai.
 */
import type { IsoDate } from '../../model/case-data.js';
import type { Confidence } from '../types.js';

export interface BenchmarkLevel {
  level: string;
  /** share of the statutory maximum added by this level (0.06 = 6%) */
  weight: number;
  note?: string;
}

export interface BenchmarkFactor {
  factor: string;
  levels: BenchmarkLevel[];
}

export type BenchmarkModel =
  /** no formula is known (Shanghai 2017/2020): only the checks that hold under any model apply */
  | { kind: 'none' }
  /**
   * weights of a starting point and of each factor are added, capped, and multiplied by the statutory
   * maximum (Guangdong 权重累加模式); `fallback: mean-split` places a level-only case around the mean of
   * the statutory range
   */
  | {
      kind: 'weighted-percentage';
      start: number;
      cap: number;
      of: 'statutory-max';
      round?: number;
      fallback?: 'mean-split';
    };

/** a per-clause table: a different starting weight or factor set for one catalogue key */
export interface ClauseTable {
  /** catalogue key, e.g. APL-108-1 */
  clause: string;
  start?: number;
  factors?: BenchmarkFactor[];
}

export type BenchmarkCheck =
  | 'statutory-range'
  | 'mitigation-ground'
  | 'aggravation-recorded'
  | 'factor-evidence'
  | 'arithmetic'
  | 'formula';

export interface Benchmark {
  /** the id a case names in discretion.benchmark, e.g. SH-BENCH-2020 */
  id: string;
  title: string;
  title_en: string;
  /** jurisdiction code (CN-SH); `example` marks a worked example that is never selected automatically */
  jurisdiction: string;
  /** law line id and version label in the registry (sh-benchmark / 2020), when it has one */
  law?: string;
  version?: string;
  number?: string;
  issuer?: string;
  issued_on?: IsoDate;
  effective_from: IsoDate;
  /** false when the effective date is inferred (e.g. the issue date) */
  effective_from_confirmed: boolean;
  effective_to?: IsoDate;
  confidence: Confidence;
  illustrative?: boolean;
  not_shanghai?: boolean;
  sources: string[];
  principles: { name: string; article?: number; item?: number; en: string }[];
  model: BenchmarkModel;
  factors: BenchmarkFactor[];
  clause_tables: ClauseTable[];
  checks: BenchmarkCheck[];
  notes?: string[];
  /** the file it was read from, relative to the package root */
  file?: string;
}
