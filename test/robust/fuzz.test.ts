/** A short seeded run of the fuzz campaign (npm run fuzz runs the long one; see scripts/fuzz/). */
import { describe, expect, it } from 'vitest';
import { runFuzz } from '../../scripts/fuzz/run.js';

describe('fuzzing the whole pipeline (short seeded run)', () => {
  it('keeps every invariant over 6 mutated cases, one of them through the CLI', async () => {
    const report = await runFuzz({
      seed: 1515,
      runs: 6,
      cliEvery: 6,
      caseTimeoutMs: 30_000,
      maxRssBytes: 600 * 1024 * 1024,
    });
    expect(report.failures).toEqual([]);
    expect(report.inputs).toBe(6);
    expect(report.cliRuns).toBe(1);
  }, 120_000);
});
