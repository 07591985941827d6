/**
 * Replaying a clean case day by day: at every step the case, still open, may only have pending deadlines (info),
 * never a warning or an error — a lawful case does not become unlawful by being unfinished.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { rules } from '../../rules/procedure/index.js';
import { fromRoot } from '../../src/paths.js';
import { runRule } from '../helpers.js';

const cases = readdirSync(fromRoot('fixtures', 'cases'));

function load(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

describe.each(cases)('replaying %s', (name) => {
  const full = load(name);
  const dates = [...new Set(full.timeline.map((e) => String(e.date)))].sort();
  it.each(dates)('open on %s: only pending deadlines', (asOf) => {
    const data = structuredClone(full);
    data.case.status = 'open';
    data.timeline = data.timeline.filter((e) => String(e.date) <= asOf);
    const problems = rules.flatMap((r) =>
      runRule(r, data, { asOf })
        .filter((f) => f.severity !== 'info')
        .map((f) => `${r.meta.id}: ${f.message.zh}`),
    );
    expect(problems).toEqual([]);
  });

  it('reports some pending deadline along the way (filing, statement, hearing or time limit)', () => {
    const infos = dates.flatMap((asOf) => {
      const data = structuredClone(full);
      data.case.status = 'open';
      data.timeline = data.timeline.filter((e) => String(e.date) <= asOf);
      return rules.flatMap((r) =>
        runRule(r, data, { asOf }).filter((f) => f.severity === 'info' && f.deadline?.status === 'pending'),
      );
    });
    expect(infos.length).toBeGreaterThan(0);
  });
});
