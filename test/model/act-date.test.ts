/**
 * The date of the act (c.dates.act): the end of a continuing act governs (行政处罚法 2021 §36 ¶2), so an end written
 * only in part leaves the date open instead of falling back to the start.
 */
import { fixtureCase } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import type { CaseFileData } from '../../src/model/case-data.js';
import { buildCase } from '../../src/model/build.js';
import { loadKnowledge } from '../../src/law/index.js';

function actDate(violation: Record<string, unknown>): string | undefined {
  const data = fixtureCase('cases', 'printing-vocs');
  const { started_on: _s, ended_on: _e, continuing: _c, ...rest } = data.violation ?? {};
  const c = buildCase(
    {
      data: { ...data, violation: { ...rest, ...violation } as CaseFileData['violation'] },
      dir: '.',
      file: 'case.yaml',
    },
    loadKnowledge().law,
  );
  return c.dates.act;
}

describe('the date of the act', () => {
  it('is the end when the end is recorded', () => {
    expect(actDate({ started_on: '2022-03-01', ended_on: '2022-06-15' })).toBe('2022-06-15');
  });

  it('is the start of an act recorded without an end and not continuing', () => {
    expect(actDate({ started_on: '2022-03-01' })).toBe('2022-03-01');
  });

  it('is not recorded when the end is known only to the month or written unknown (the start is not the end)', () => {
    expect(actDate({ started_on: '2022-03-01', ended_on: '2022-06' })).toBeUndefined();
    expect(actDate({ started_on: '2022-03-01', ended_on: 'unknown' })).toBeUndefined();
  });
});
