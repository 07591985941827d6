/** The execution pack's fixtures and the clean cases, run without the loader (see fixture-check.ts). */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/execution/index.js';
import { cleanCase, cleanCaseNames, runFixtures, runOn } from './fixture-check.js';

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
  const fixtures = runFixtures(rule);

  it('has pass and fail fixtures', () => {
    expect(fixtures.some((f) => f.expect === 'pass')).toBe(true);
    expect(fixtures.some((f) => f.expect === 'fail')).toBe(true);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const active = f.findings.map((x) => `${x.severity ?? rule.meta.severity} ${x.message.zh}`);
    if (f.expect === 'fail') {
      // a fail fixture gives a finding at the rule's own severity; a fail-pending one a pending-deadline info
      const pending = f.name.includes('pending');
      const relevant = f.findings.filter((x) =>
        pending ? x.deadline?.status === 'pending' : x.severity !== 'info',
      );
      expect(relevant.length, active.join('\n')).toBeGreaterThan(0);
    } else {
      expect(active).toEqual([]);
    }
  });

  it('says what to do and names its basis in every finding of its fail fixtures', () => {
    for (const f of fixtures.filter((x) => x.expect === 'fail')) {
      for (const x of f.findings.filter((y) => y.severity !== 'info')) {
        const where = `${f.name}: ${x.message.zh}`;
        expect(x.suggestion?.zh, where).toBeTruthy();
        expect(x.suggestion?.en, where).toBeTruthy();
        expect(x.message.en, where).toBeTruthy();
        expect(x.message.zh, where).toMatch(/第[一二三四五六七八九十百零]+条.*）$/);
      }
    }
  });

  it.each(cleanCaseNames())('clean case %s gives no finding', (name) => {
    expect(runOn(rule, cleanCase(name)).map((x) => x.message.zh)).toEqual([]);
  });
});
