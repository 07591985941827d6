export type * from './types.js';
export { loadBenchmarks, benchmarkById, benchmarkFor, inForce } from './load.js';
export { applyBenchmark } from './compute.js';
export type { BenchmarkInput, BenchmarkResult, RecordedFactor } from './compute.js';
