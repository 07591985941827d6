import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { ruleIndex } from '../../src/report/counts.js';
import { DEFAULT_MODEL, excellentCandidates, mergeModel, scoreCase } from '../../src/report/scoring.js';
import { reviewData } from '../../src/report/review.js';
import { rangePeriod } from '../../src/report/period.js';
import { REVIEW_CATEGORIES } from '../../src/engine/types.js';
import { sampleRun } from './sample-run.js';
import { summariseCase } from '../../src/report/summary.js';

function extra(base: Finding, patch: Partial<Finding>): Finding {
  return { ...base, waived: undefined, ...patch } as Finding;
}

describe('scoring model', () => {
  it('the default weights add up to 100', () => {
    expect(REVIEW_CATEGORIES.reduce((n, c) => n + DEFAULT_MODEL.weights[c], 0)).toBe(100);
  });

  it('deducts per active finding by severity, ignoring waived ones and info', () => {
    const run = sampleRun();
    const rules = ruleIndex(run);
    const closed = scoreCase(run.results[0]!, rules)!;
    expect(closed.score).toBe(99); // one warning in 文书规范; the waived finding does not count
    expect(closed.byCategory.find((c) => c.category === '文书规范')).toMatchObject({
      weight: 10,
      deducted: 1,
      score: 9,
    });
    const open = scoreCase(run.results[1]!, rules)!;
    expect(open.score).toBe(97); // one error (3) in 执行到位, one info (0)
    expect(open.pass).toBe(true);
    expect(open.grade.zh).toBe('优秀');
    expect(scoreCase(run.results[2]!, rules)).toBeUndefined();
  });

  it('stops deductions at the category weight', () => {
    const run = sampleRun();
    const r = run.results[0]!;
    const base = r.findings[0]!;
    for (let i = 0; i < 8; i++)
      r.findings.push(extra(base, { severity: 'error', category: '归档规范', path: `/documents/${i}` }));
    const s = scoreCase(r, ruleIndex(run))!;
    expect(s.byCategory.find((c) => c.category === '归档规范')).toMatchObject({
      weight: 5,
      deducted: 5,
      score: 0,
    });
    expect(s.score).toBe(94);
  });

  it('fails the file on a veto: a veto candidate rule, or a category when configured', () => {
    const run = sampleRun();
    const r = run.results[0]!;
    r.findings.push(
      extra(r.findings[0]!, { severity: 'error', category: '适用法律正确', ruleId: 'penalty/x' }),
    );
    expect(scoreCase(r, ruleIndex(run))!.pass).toBe(true);
    const s = scoreCase(r, ruleIndex(run), mergeModel({ veto: { categories: ['适用法律正确'] } }))!;
    expect(s.pass).toBe(false);
    expect(s.grade.zh).toBe('不合格');
    expect(s.score).toBe(96);

    const run2 = sampleRun();
    run2.rules.push({
      ...run2.rules[0]!,
      id: 'procedure/prior-notice',
      candidates: ['APL-014', 'ENV-NOT-001'],
    });
    const r2 = run2.results[0]!;
    r2.findings.push(
      extra(r2.findings[0]!, { severity: 'error', category: '程序合法', ruleId: 'procedure/prior-notice' }),
    );
    expect(scoreCase(r2, ruleIndex(run2))!.pass).toBe(false);
    // the same finding as a warning is a deduction, not a veto
    r2.findings.at(-1)!.severity = 'warning';
    expect(scoreCase(r2, ruleIndex(run2))!.pass).toBe(true);
  });

  it('picks clean, high-scoring cases as 优秀案例 candidates', () => {
    const run = sampleRun();
    run.results[0]!.findings = run.results[0]!.findings.filter((f) => f.waived);
    const scores = run.results.map((r) => scoreCase(r, ruleIndex(run))).filter((s) => s !== undefined);
    expect(excellentCandidates(scores).map((s) => s.case)).toEqual(['沪普环罚〔2020〕12号']);
    const strict = mergeModel({ excellent: { minScore: 101 } });
    expect(excellentCandidates(scores, strict)).toEqual([]);
  });

  it('merges a partial model and rejects bad values', () => {
    const m = mergeModel({
      weights: { 程序合法: 30 },
      deduction: { warning: 2 },
      veto: { categories: ['主体合法'] },
    });
    expect(m.weights.程序合法).toBe(30);
    expect(m.weights.主体合法).toBe(10);
    expect(m.deduction).toEqual({ error: 3, warning: 2, info: 0 });
    expect(m.veto.categories).toEqual(['主体合法']);
    expect(m.veto.candidates).toContain('ENV-NOT-001');
    expect(DEFAULT_MODEL.weights.程序合法).toBe(20);
    expect(() => mergeModel({ weights: { 不存在: 1 } })).toThrow(/unknown category/);
    expect(() => mergeModel({ deduction: { error: -1 } })).toThrow(/≥ 0/);
    expect(() => mergeModel([])).toThrow();
  });
});

describe('review data', () => {
  it('summarises fines by type and source and defects by category and rule', () => {
    const data = reviewData(sampleRun());
    expect(data.scores).toHaveLength(2);
    expect(data.unreadable).toHaveLength(1);
    expect(data.fineTotal).toBe(30000); // the open case is not decided yet
    expect(data.byType).toEqual({ 大气: { cases: 1, fines: 30000 }, 水: { cases: 1, fines: 0 } });
    expect(data.bySource).toEqual({
      双随机: { cases: 1, fines: 30000 },
      信访: { cases: 1, fines: 0 },
      '12345': { cases: 0, fines: 0 },
      移送: { cases: 0, fines: 0 },
    });
    expect(data.defectsByCategory.find((c) => c.category === '执行到位')).toMatchObject({
      error: 1,
      cases: 1,
    });
    expect(data.defectsByRule.map((r) => [r.ruleId, r.count])).toEqual([
      ['doc/decision-contents', 1],
      ['execution/publication-deadline', 1],
    ]);
  });

  it('selects cases by decision date, or filing date while undecided', () => {
    expect(
      reviewData(sampleRun(), { period: rangePeriod('2020-01-01', '2020-12-31') }).scores.map((s) => s.case),
    ).toEqual(['沪普环罚〔2020〕12号']);
    expect(
      reviewData(sampleRun(), { period: rangePeriod('2026-09-01', undefined) }).scores.map((s) => s.case),
    ).toEqual(['沪普环罚〔2026〕7号']);
  });
});

describe('docs/scoring.md', () => {
  it('its example model file is accepted', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { fromRoot } = await import('../../src/paths.js');
    const md = readFileSync(fromRoot('docs', 'scoring.md'), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(md)?.[1];
    expect(block).toBeDefined();
    const model = mergeModel(parse(block!));
    expect(model.id).toBe('sh-2026');
    expect(model.weights.证据充分).toBe(20);
    expect(model.veto.rules).toEqual(['doc/decision-seal']);
    expect(model.grades.map((g) => g.min)).toEqual([90, 60, 0]);
  });
});

describe('bonus item 执法手段丰富 (several enforcement tools in one case)', () => {
  const withTools = (patch: (r: ReturnType<typeof sampleRun>['results'][number]) => void) => {
    const run = sampleRun();
    const r = run.results[0]!;
    patch(r);
    // the reports read the case's summary, taken from the case as lintOneCase does
    r.summary = summariseCase(r.case!);
    return { run, r };
  };

  it('adds the bonus for a penalty with a seizure, never past full marks', () => {
    const { run, r } = withTools((r) => {
      r.case!.timeline.push({ event: 'seizure', date: '2020-10-10', index: 99, pointer: '/timeline/99' });
    });
    const s = scoreCase(r, ruleIndex(run))!;
    expect(s.tools).toEqual(['penalty', 'seizure']);
    expect(s.bonus).toBe(1); // 99 + 2 capped at 100
    expect(s.score).toBe(100);
  });

  it('gives no bonus for the penalty alone, and none when the setting is 0 points', () => {
    const run = sampleRun();
    const plain = scoreCase(run.results[0]!, ruleIndex(run))!;
    expect(plain.tools).toEqual(['penalty']);
    expect(plain.bonus).toBe(0);
    const { run: run2, r } = withTools((r) => {
      r.case!.data = {
        ...r.case!.data,
        measures: [{ measure: 'daily-penalty', used: true, decision_number: 'x' }],
      };
    });
    const off = scoreCase(r, ruleIndex(run2), mergeModel({ bonus: { tools: { points: 0 } } }))!;
    expect(off.tools).toEqual(['penalty', 'daily-penalty']);
    expect(off.bonus).toBe(0);
    const three = scoreCase(r, ruleIndex(run2), mergeModel({ bonus: { tools: { minTools: 3 } } }))!;
    expect(three.bonus).toBe(0);
  });

  it('counts transfers to the police and refuses a bad bonus setting', () => {
    const { run, r } = withTools((r) => {
      r.findings.push(extra(r.findings[0]!, { severity: 'error', category: '程序合法' }));
      r.case!.timeline.push({
        event: 'transferred',
        date: '2020-11-01',
        kind: 'detention',
        index: 99,
        pointer: '/timeline/99',
      });
    });
    const s = scoreCase(r, ruleIndex(run))!;
    expect(s.tools).toEqual(['penalty', 'detention-transfer']);
    expect(s.bonus).toBe(2);
    expect(() => mergeModel({ bonus: { tools: { points: -1 } } })).toThrow(/bonus.tools.points/);
    expect(() => mergeModel({ bonus: { rigour: 1 } })).toThrow(/unknown bonus/);
  });
});
