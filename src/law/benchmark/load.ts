import { readdirSync } from 'node:fs';
import { readLawData } from '../data-files.js';
import { fromRoot } from '../../paths.js';
import { compareDates } from '../../model/dates.js';
import type { IsoDate } from '../../model/case-data.js';
import type { Benchmark } from './types.js';

const DIR = ['src', 'law', 'data', 'benchmarks'] as const;

let cached: Benchmark[] | undefined;

/** every benchmark file under src/law/data/benchmarks/, parsed once (static, versioned data) */
export function loadBenchmarks(): Benchmark[] {
  if (cached) return cached;
  const dir = fromRoot(...DIR);
  cached = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      ...(readLawData(`benchmarks/${f}`) as Benchmark),
      file: `${DIR.join('/')}/${f}`,
    }));
  return cached;
}

export function benchmarkById(id: string, all = loadBenchmarks()): Benchmark | undefined {
  return all.find((b) => b.id === id);
}

export function inForce(b: Benchmark, date: IsoDate): boolean {
  return (
    compareDates(b.effective_from, date) <= 0 &&
    (b.effective_to === undefined || compareDates(date, b.effective_to) <= 0)
  );
}

/**
 * the benchmark of a jurisdiction in force on the decision date (the digest §c.2: benchmarks are selected by
 * decision date); worked examples (jurisdiction `example`) are never selected
 */
export function benchmarkFor(
  jurisdiction: string,
  decisionDate: IsoDate,
  all = loadBenchmarks(),
): Benchmark | undefined {
  return all.find((b) => !b.illustrative && b.jurisdiction === jurisdiction && inForce(b, decisionDate));
}
