/** What a benchmark's formula gives for the factors a case records (pure). */
import type { DiscretionLevel, Yuan } from '../../model/case-data.js';
import type { Msg } from '../../engine/types.js';
import type { Benchmark, BenchmarkFactor } from './types.js';

export interface RecordedFactor {
  factor: string;
  level?: string;
}

export interface BenchmarkInput {
  /** catalogue key of the applied clause, for per-clause tables */
  clauseKey?: string;
  statutoryMin?: Yuan;
  statutoryMax?: Yuan;
  factors: RecordedFactor[];
  level?: DiscretionLevel;
}

export type BenchmarkResult =
  | { kind: 'amount'; amount: Yuan; share: number; explanation: Msg }
  /** a band the fine must fall in (level-only fallback) */
  | { kind: 'band'; min?: Yuan; max?: Yuan; explanation: Msg }
  | { kind: 'none'; reason: Msg }
  | { kind: 'unknown-factors'; unknown: string[] };

function pct(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

function factorsFor(b: Benchmark, clauseKey?: string): { start?: number; factors: BenchmarkFactor[] } {
  const table = clauseKey ? b.clause_tables.find((t) => t.clause === clauseKey) : undefined;
  return { start: table?.start, factors: table?.factors ?? b.factors };
}

export function applyBenchmark(b: Benchmark, input: BenchmarkInput): BenchmarkResult {
  const model = b.model;
  if (model.kind === 'none') {
    return {
      kind: 'none',
      reason: {
        zh: `${b.title}的裁量因素和计算公式未经确认，无法核算金额`,
        en: `the factors and formula of ${b.title_en} are not confirmed; the amount cannot be recomputed`,
      },
    };
  }
  const max = input.statutoryMax;
  if (max === undefined) {
    return {
      kind: 'none',
      reason: { zh: '法定最高额未知，无法核算', en: 'the statutory maximum is unknown' },
    };
  }
  const table = factorsFor(b, input.clauseKey);
  const start = table.start ?? model.start;
  const withLevels = input.factors.filter((f) => f.level !== undefined);
  if (withLevels.length === 0) {
    if (model.fallback === 'mean-split' && input.statutoryMin !== undefined && input.level) {
      const mean = (input.statutoryMin + max) / 2;
      const explanation = {
        zh: `未记录因素档次，按“幅度中值”规则（中值${mean}元）`,
        en: `no factor levels recorded; the mean-split fallback applies (mean ¥${mean})`,
      };
      if (input.level === 'ordinary') return { kind: 'band', min: mean, max: mean, explanation };
      if (input.level === 'heavier') return { kind: 'band', min: mean, max, explanation };
      if (input.level === 'lighter') return { kind: 'band', min: input.statutoryMin, max: mean, explanation };
    }
    return {
      kind: 'none',
      reason: { zh: '案卷未记录裁量因素档次', en: 'the case records no factor levels' },
    };
  }
  const unknown: string[] = [];
  let share = start;
  const zh: string[] = [`起点${pct(start)}`];
  const en: string[] = [`start ${pct(start)}`];
  for (const f of withLevels) {
    const def = table.factors.find((d) => d.factor === f.factor);
    const level = def?.levels.find((l) => l.level === f.level);
    if (!level) {
      unknown.push(`${f.factor}/${f.level ?? ''}`);
      continue;
    }
    share += level.weight;
    zh.push(`${f.factor}（${f.level}）${pct(level.weight)}`);
    en.push(`${f.factor} (${f.level}) ${pct(level.weight)}`);
  }
  if (unknown.length > 0) return { kind: 'unknown-factors', unknown };
  const capped = Math.min(model.cap, share);
  const round = model.round ?? 1;
  const amount = Math.round((capped * max) / round) * round;
  return {
    kind: 'amount',
    amount,
    share: capped,
    explanation: {
      zh: `${zh.join(' + ')} = ${pct(capped)} × 法定最高额${max}元 = ${amount}元`,
      en: `${en.join(' + ')} = ${pct(capped)} × statutory maximum ¥${max} = ¥${amount}`,
    },
  };
}
