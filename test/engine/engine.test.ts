import { describe, expect, it } from 'vitest';
import { applyFixtureSpec, mergePatch } from '../../src/engine/fixture.js';
import { findingSeverity, selectRules } from '../../src/engine/run.js';
import type { ResolvedConfig } from '../../src/engine/config.js';
import type { Rule } from '../../src/engine/types.js';
import type { CaseData } from '../../src/model/case-data.js';

const rule: Rule = {
  meta: {
    id: 'test/sample',
    title: { zh: '示例', en: 'sample' },
    description: { zh: '示例', en: 'sample' },
    severity: 'error',
    category: '程序合法',
    basis: [{ law: 'admin-penalty-law', version: '2021', article: 44 }],
    options: { band: { description: { zh: '幅度', en: 'band' }, default: 0.1, type: 'number' } },
  },
  check: () => [],
};

function config(rules: ResolvedConfig['rules']): ResolvedConfig {
  return {
    preset: 'recommended',
    jurisdiction: 'CN',
    rules,
    calendarOverrides: [],
    calendarCoveredYears: [],
    attachments: { extractText: false },
    ignore: [],
  };
}

describe('rule selection and severity', () => {
  it('uses the default severity and option defaults, merged with configured options', () => {
    const [a] = selectRules(config({ 'test/sample': { severity: 'warning', options: { band: 0.2 } } }), [
      rule,
    ]);
    expect(a?.severity).toBe('warning');
    expect(a?.options).toEqual({ band: 0.2 });
    const [b] = selectRules(config({}), [rule]);
    expect(b?.options).toEqual({ band: 0.1 });
    expect(selectRules(config({ 'test/sample': { severity: 'off', options: {} } }), [rule])).toEqual([]);
  });

  it('a configured severity caps per-finding severities; info findings stay info', () => {
    const [capped] = selectRules(config({ 'test/sample': { severity: 'warning', options: {} } }), [rule]);
    const [plain] = selectRules(config({}), [rule]);
    if (!capped || !plain) throw new Error('rules not selected');
    expect(findingSeverity(capped, { message: { zh: '', en: '' } })).toBe('warning');
    expect(findingSeverity(capped, { message: { zh: '', en: '' }, severity: 'error' })).toBe('warning');
    expect(findingSeverity(capped, { message: { zh: '', en: '' }, severity: 'info' })).toBe('info');
    expect(findingSeverity(plain, { message: { zh: '', en: '' }, severity: 'warning' })).toBe('warning');
    expect(findingSeverity(plain, { message: { zh: '', en: '' } })).toBe('error');
  });
});

describe('fixture patches', () => {
  it('merge patch follows RFC 7396 (null deletes, arrays replace)', () => {
    expect(mergePatch({ a: { b: 1, c: 2 }, d: [1, 2] }, { a: { b: null, e: 3 }, d: [3] })).toEqual({
      a: { c: 2, e: 3 },
      d: [3],
    });
    expect(mergePatch({ a: 1 }, 'x')).toBe('x');
  });

  it('removes, updates and adds timeline events, keeping same-day order stable', () => {
    const base = {
      timeline: [
        { event: 'filing-approved', date: '2020-09-01' },
        { event: 'inquiry', date: '2020-09-05' },
        { event: 'decision', date: '2020-10-30' },
      ],
    } as unknown as CaseData;
    const out = applyFixtureSpec(base, {
      remove_events: ['inquiry'],
      update_events: { decision: { date: '2020-11-02' } },
      add_events: [
        { event: 'prior-notice-served', date: '2020-10-15' },
        { event: 'legal-review', date: '2020-09-01' },
      ],
    });
    expect(out.timeline!.map((e) => `${e.event}@${e.date}`)).toEqual([
      'filing-approved@2020-09-01',
      'legal-review@2020-09-01',
      'prior-notice-served@2020-10-15',
      'decision@2020-11-02',
    ]);
    expect(base.timeline).toHaveLength(3);
    expect(() => applyFixtureSpec(base, { update_events: { hearing: { date: '2020-01-01' } } })).toThrow(
      /no hearing event/,
    );
  });
});

describe('configuration calendar', () => {
  it('config calendar entries reach the knowledge base: a 2027 arrangement is used and not warned about', async () => {
    const { knowledgeFor } = await import('../../src/engine/run.js');
    const base = config({});
    const k = knowledgeFor({
      ...base,
      calendarOverrides: [{ date: '2027-01-01', type: 'off', name: '元旦', nameEn: "New Year's Day" }],
      calendarCoveredYears: [2027],
    });
    const day = k.calendar.day('2027-01-01');
    expect(day.workday).toBe(false);
    expect(day.holiday).toBe('元旦');
    expect(day.covered).toBe(true);
    const plain = knowledgeFor(base).calendar.day('2027-01-01');
    expect(plain.covered).toBe(false);
  });
});
