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

  it('starts afresh when full, and still gives back every value', () => {
    const pool = new StringPool(3);
    const values = ['a', 'b', 'c', 'd', 'a', 'e', 'b'];
    expect(values.map((v) => pool.intern(v))).toEqual(values);
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
  const coverage = { checked: ['procedure/decision-time-limit'], notChecked: [] };
  const withCoverage: CaseResult = { ...full, coverage };
  const { places: _places, ...summary } = full.summary!;

  it('keeps for the scores the file, the case number, the summary without the places and what the scores read of each finding', () => {
    const kept = reportResult(withCoverage, 'scores', new StringPool());
    expect(full.summary!.places?.steps.length).toBeGreaterThan(0);
    expect(full.findings.length).toBeGreaterThan(0);
    expect(kept).toEqual({
      file: full.file,
      ...(full.caseId !== undefined ? { caseId: full.caseId } : {}),
      summary,
      findings: full.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        category: f.category,
        case: f.case,
        ...(f.waived ? { waived: f.waived } : {}),
      })),
    });
  });

  it('keeps for stats and deadlines only the active findings that carry a deadline', () => {
    const found = sampleRun().results.find((r) => r.findings.some((f) => f.deadline)) as CaseResult;
    const first = found.findings.find((f) => f.deadline)!;
    const { deadline: _deadline, ...undated } = first;
    const waived = { ...first, waived: { reason: '已整改', approved_by: '法制审核', date: '2020-10-20' } };
    const open: CaseResult = { ...found, findings: [...found.findings, undated, waived] };
    const kept = reportResult({ ...open, coverage }, 'deadlines', new StringPool());
    const due = open.findings.filter((f) => f.deadline && !f.waived);
    expect(due.length).toBeGreaterThan(0);
    expect(due).toEqual(found.findings.filter((f) => f.deadline));
    expect(kept.findings).toEqual(due);
    const { places: _openPlaces, ...openSummary } = open.summary!;
    expect(kept.summary).toEqual(openSummary);
    expect(kept.coverage).toBeUndefined();
  });

  it('keeps everything but the case and the facts for the Word report', () => {
    const kept = reportResult({ ...withCoverage, case: full.case! }, 'all', new StringPool());
    expect(full.case).toBeDefined();
    expect(kept.case).toBeUndefined();
    expect(kept.summary).toEqual(full.summary);
    expect(kept.coverage).toEqual(coverage);
    expect(kept.findings).toEqual(full.findings);
  });

  it('keeps an unreadable case as the file and its findings', () => {
    const unreadable = sampleRun().results.find((r) => r.summary === undefined) as CaseResult;
    expect(reportResult(unreadable, 'all', new StringPool())).toEqual({
      file: unreadable.file,
      findings: unreadable.findings,
      ...(unreadable.caseId !== undefined ? { caseId: unreadable.caseId } : {}),
    });
  });
});
