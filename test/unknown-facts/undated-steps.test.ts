/**
 * A record that dates its act but no step (no timeline: a ledger line, an early draft) has no date to choose the
 * law versions by (src/model/case.ts caseLawDate). Every rule that needs that date must say so as coverage; none may
 * fail. Found by the fuzz campaign (seed 20261202): the per-day rules reached the law date through the cited
 * clauses (rules/penalty/per-day-facts.ts → appliedClauses) without declaring it.
 */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import { fromRoot } from '../../src/paths.js';
import { fixtureCase } from '../helpers.js';

const SETS = ['lawful', 'cases', 'partial'] as const;
const cases = SETS.flatMap((set) =>
  readdirSync(fromRoot('fixtures', set))
    .filter((name) => statSync(fromRoot('fixtures', set, name)).isDirectory())
    .map((name) => [set, name] as const),
);

describe('a record without a timeline', () => {
  it('covers every fixture set', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('%s/%s: no rule fails, and the unrecorded step dates are said', async (set, name) => {
    const data = fixtureCase(set, name);
    delete (data as { timeline?: unknown }).timeline;
    const report = await lintCase(data, { asOf: '2026-11-28', lang: 'en' });
    const findings = report.results[0]?.findings ?? [];
    expect(findings.filter((f) => String(f.message).includes('failed')).map((f) => f.ruleId)).toEqual([]);
    expect(findings.some((f) => f.ruleId.startsWith('coverage/'))).toBe(true);
  });
});

describe('a record without one of its sections, or one field of a section', () => {
  type Data = Record<string, unknown>;
  /**
   * each top-level section but the format line; for the example cases also each field of a section that is a mapping
   * (for every fixture that takes a minute and a half on this machine)
   */
  const omissions = (data: Data, fields: boolean): string[][] =>
    Object.entries(data)
      .filter(([key]) => key !== 'format')
      .flatMap(([key, value]) => [
        [key],
        ...(fields && value && typeof value === 'object' && !Array.isArray(value)
          ? Object.keys(value).map((field) => [key, field])
          : []),
      ]);

  it.each(cases)('%s/%s: no rule fails whichever is left out', async (set, name) => {
    const failures: string[] = [];
    for (const path of omissions(fixtureCase(set, name) as unknown as Data, set === 'cases')) {
      const data = fixtureCase(set, name) as unknown as Data;
      const [section, field] = path as [string, string | undefined];
      if (field === undefined) delete data[section];
      else delete (data[section] as Data)[field];
      const report = await lintCase(data, { asOf: '2026-11-28', lang: 'en' });
      for (const f of report.results[0]?.findings ?? [])
        if (String(f.message).includes('failed')) failures.push(`${path.join('.')}: ${f.ruleId}`);
    }
    expect(failures).toEqual([]);
  });
});
