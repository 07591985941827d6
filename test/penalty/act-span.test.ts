/**
 * The days an act can be on when the record dates it only in part (rules/penalty/util.ts actSpan), and the clause
 * that applies on every one of them (appliedOverActSpan): 行政处罚法 2021 §37, the law in force at the act.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseFileData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { actSpan, appliedOverActSpan } from '../../rules/penalty/util.js';
import { buildCase, makeContext } from '../helpers.js';

/** printing-vocs: started 2020-06-01, ended 2020-09-07, discovered 2020-08-18, decided 2020-10-13 (大气法 §108(1)) */
function printing(violation: Record<string, unknown>, patch?: (d: CaseFileData) => void): CaseFileData {
  const data = parse(
    readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
  ) as CaseFileData & { violation: Record<string, unknown> };
  for (const [k, v] of Object.entries(violation)) {
    if (v === null) delete data.violation[k];
    else data.violation[k] = v;
  }
  patch?.(data);
  return data;
}

const none = { started_on: null, ended_on: null, continuing: null };

describe('actSpan', () => {
  it('a recorded act date is its own span', () => {
    expect(actSpan(buildCase(printing({})))).toEqual({
      from: '2020-09-07',
      to: '2020-09-07',
      shown: '2020-09-07',
    });
  });

  it('a start known to the month runs to the decision (the act may have gone on, never past the decision)', () => {
    expect(actSpan(buildCase(printing({ ...none, started_on: '2020-06' })))).toEqual({
      from: '2020-06-01',
      to: '2020-10-13',
      shown: '2020-06-01至2020-10-13',
    });
  });

  it('an end known to the month is that month, cut at the decision', () => {
    expect(actSpan(buildCase(printing({ ...none, ended_on: '2020-10' })))).toEqual({
      from: '2020-10-01',
      to: '2020-10-13',
      shown: '2020-10-01至2020-10-13',
    });
  });

  it('nothing below (no start) or above (no decision) bounds it: no span', () => {
    expect(actSpan(buildCase(printing(none)))).toBeUndefined();
    expect(actSpan(buildCase(printing({ ...none, ended_on: 'unknown' })))).toBeUndefined();
    const open = printing({ ...none, started_on: '2020-06' }, (d) => {
      d.timeline = d.timeline?.filter((e) => e.event !== 'decision');
    });
    expect(actSpan(buildCase(open))).toBeUndefined();
  });
});

describe('appliedOverActSpan', () => {
  const ctx = makeContext();

  it('one catalogue row on every day: that row, as for an exact date', () => {
    const c = buildCase(printing({ ...none, started_on: '2020-06' }));
    const { applied, undetermined } = appliedOverActSpan(c, ctx);
    expect(undetermined).toBe(false);
    expect(
      applied.map((a) => [a.applied.clause.key, a.applied.clause.effectiveFrom, a.applied.reason]),
    ).toEqual([[expect.any(String), '2018-10-26', 'act-time']]);
  });

  it('a span crossing a new text of the article (大气法 2018, from 2018-10-26): undetermined, nothing applied', () => {
    const c = buildCase(printing({ ...none, started_on: '2018-10' }));
    expect(appliedOverActSpan(c, ctx)).toMatchObject({ applied: [], undetermined: true });
  });

  it('no span and a cited provision: undetermined', () => {
    expect(appliedOverActSpan(buildCase(printing(none)), ctx)).toEqual({ applied: [], undetermined: true });
  });
});
