/**
 * `npm run fuzz`: the seeded fuzz campaign over the example cases (scripts/fuzz/). Reproducible: the same
 * FUZZ_SEED and FUZZ_RUNS give the same inputs. Prints a JSON report and exits 1 when an invariant broke.
 *
 *   FUZZ_SEED=42 FUZZ_RUNS=10000 FUZZ_CLI_EVERY=50 npm run fuzz
 */
import { clean, runFuzz } from './fuzz/run.js';

const env = (name: string, fallback: number) => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : Number(raw);
};

const report = await runFuzz({
  seed: env('FUZZ_SEED', 42),
  runs: env('FUZZ_RUNS', 10_000),
  cliEvery: env('FUZZ_CLI_EVERY', 50),
  caseTimeoutMs: env('FUZZ_CASE_TIMEOUT_MS', 20_000),
  maxRssBytes: env('FUZZ_MAX_RSS_MIB', 600) * 1024 * 1024,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exitCode = clean(report) ? 0 : 1;
