/**
 * What a run keeps until its end (issue 13, memory flat in the number of cases): the string pool changes no value,
 * only which copy of a string is held, and leaves anything but plain data alone; a report keeps of each result only
 * what it reads (the places and the coverage only for the Word report).
 */
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../src/engine/intern.js';
import { reportResult } from '../../src/report/lint-for-report.js';
import type { CaseResult } from '../../src/engine/run-types.js';
import { sampleRun } from '../output/sample-run.js';

describe('StringPool', () => {
  it('gives back equal values, nested, for results as they come from a worker (structured clones)', () => {
    const pool = new StringPool();
    for (const original of sampleRun().results) {
      const { case: _case, ...plain } = original;
      const copy = structuredClone(plain);
      expect(pool.internResult(copy)).toEqual(plain);
    }
    expect(pool.internAll(['a', { b: ['c', 1, null, true] }])).toEqual(['a', { b: ['c', 1, null, true] }]);
    expect(pool.intern('x')).toBe('x');
  });

  it('leaves frozen objects and anything but arrays and plain objects as they are', () => {
    const pool = new StringPool();
    const frozen = Object.freeze({ a: 'x' });
    const map = new Map([['k', 'v']]);
    const date = new Date(0);
    const value = { frozen, map, date, list: [frozen] };
    expect(() => pool.internAll(value)).not.toThrow();
    expect(value.frozen).toBe(frozen);
    expect(value.map).toBe(map);
    expect(value.map.get('k')).toBe('v');
    expect(value.date).toBe(date);
    expect(value.list[0]).toBe(frozen);
  });
});

describe('reportResult', () => {
  const full = sampleRun().results.find((r) => r.summary !== undefined) as CaseResult;
  const withCoverage: CaseResult = {
    ...full,
    coverage: { checked: ['procedure/decision-time-limit'], notChecked: [] },
  };

  it('keeps the file, the case number, the findings and the summary without the places', () => {
    const kept = reportResult(withCoverage, {}, new StringPool());
    const { places: _places, ...summary } = full.summary!;
    expect(kept).toEqual({
      file: full.file,
      ...(full.caseId !== undefined ? { caseId: full.caseId } : {}),
      findings: full.findings,
      summary,
    });
    expect(full.summary!.places?.steps.length).toBeGreaterThan(0);
    expect('places' in kept.summary!).toBe(false);
    expect(kept.case).toBeUndefined();
    expect(kept.coverage).toBeUndefined();
  });

  it('keeps the places and the coverage for the Word report', () => {
    const kept = reportResult(withCoverage, { detail: true }, new StringPool());
    expect(kept.summary).toEqual(full.summary);
    expect(kept.coverage).toEqual(withCoverage.coverage);
    expect(kept.findings).toEqual(full.findings);
  });

  it('keeps an unreadable case as the file and its findings', () => {
    const unreadable = sampleRun().results.find((r) => r.summary === undefined) as CaseResult;
    expect(reportResult(unreadable, {}, new StringPool())).toEqual({
      file: unreadable.file,
      findings: unreadable.findings,
      ...(unreadable.caseId !== undefined ? { caseId: unreadable.caseId } : {}),
    });
  });
});
