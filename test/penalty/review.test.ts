/** Tests for the points found in the review of the penalty pack (each assertion fails on the old behaviour). */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/paths.js';
import type { CaseData } from '../../src/model/case-data.js';
import { runRule } from '../helpers.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as mitigationConsistent } from '../../rules/penalty/mitigation-consistent.js';
import { rule as penaltyDespite } from '../../rules/penalty/penalty-despite-no-penalty-ground.js';
import { rule as benchmarkApplied } from '../../rules/penalty/benchmark-applied.js';
import { rule as criminalTransfer } from '../../rules/penalty/criminal-transfer.js';
import { rule as kindsAllowed } from '../../rules/penalty/kinds-allowed-by-clause.js';
import { rule as illegalGains } from '../../rules/penalty/illegal-gains-addressed.js';
import { rule as disproportionate } from '../../rules/penalty/disproportionate-fine.js';
import { rule as noPenaltyLawful } from '../../rules/penalty/no-penalty-ground-lawful.js';
import { rule as dailyPreconditions } from '../../rules/penalty/daily-penalty-preconditions.js';

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

function decidedOn(data: CaseData, date: string): CaseData {
  return {
    ...data,
    timeline: data.timeline.map((e) => (e.event === 'decision' ? { ...e, date } : e)),
  };
}

/** printing-vocs: 大气污染防治法 §108(1), ¥20,000–200,000, act 2020, decided 2020-10-13 */
const printing = clean('printing-vocs');

function belowMin(grounds: string[], party: Partial<CaseData['party']> = {}): CaseData {
  return {
    ...printing,
    party: { ...printing.party, ...party },
    penalty: {
      ...printing.penalty,
      fine: 10000,
      treatment: 'mitigated',
      treatment_grounds: grounds.map((ground) => ({ ground })),
    },
    discretion: { ...printing.discretion, mitigating: [], level: 'mitigated' },
  };
}

describe('penalty/fine-within-range: 减轻 below the minimum needs a ground valid at the decision date', () => {
  it('主动供述 is not a ground for a decision before 2021-07-15 (2017 §27(1) has no such item)', () => {
    const found = runRule(fineWithinRange, belowMin(['confessed']));
    expect(found).toHaveLength(1);
    expect(found[0]?.basis?.map((b) => `${b.law}/${b.version}/${b.article}`)).toContain(
      'admin-penalty-law/2017/27',
    );
    expect(found[0]?.message.zh).toContain('主动供述违法行为自2021年7月15日起方为法定情节');
  });

  it('主动供述 is a ground for a decision from 2021-07-15 (2021 §32(3), milder later law)', () => {
    expect(runRule(fineWithinRange, decidedOn(belowMin(['confessed']), '2021-07-15'))).toEqual([]);
    expect(runRule(fineWithinRange, decidedOn(belowMin(['confessed']), '2021-07-14'))).toHaveLength(1);
  });

  it('a person aged 14–17 at the act may be fined below the minimum without a listed ground (§30)', () => {
    // 大气污染防治法 §98 (¥20,000–200,000) applies to persons as well as units
    const person = (age: number): CaseData => {
      const data = belowMin([], { type: 'person', age_at_act: age });
      return {
        ...data,
        violation: {
          ...data.violation,
          basis: [{ law: '《中华人民共和国大气污染防治法》', cite: '第九十八条' }],
        },
      };
    };
    expect(runRule(fineWithinRange, person(17))).toEqual([]);
    expect(runRule(fineWithinRange, person(18))).toHaveLength(1);
  });
});

describe('penalty/mitigation-consistent: a recorded age of 14–17 is a mandatory ground', () => {
  const ordinary = (age: number): CaseData => ({
    ...printing,
    party: { ...printing.party, type: 'person', age_at_act: age },
    penalty: { ...printing.penalty, treatment: 'ordinary', treatment_grounds: [] },
    discretion: {
      ...printing.discretion,
      level: 'ordinary',
      mitigating: [],
      explanation: '按一般情形裁量。',
    },
  });

  it('warns for 17 and cites 2017 §25 for a 2020 decision; not for 18', () => {
    const found = runRule(mitigationConsistent, ordinary(17));
    expect(found).toHaveLength(1);
    expect(found[0]?.basis?.some((b) => b.version === '2017' && b.article === 25)).toBe(true);
    expect(runRule(mitigationConsistent, ordinary(18))).toEqual([]);
  });

  it('主动供述 alone does not support lighter treatment decided before 2021-07-15', () => {
    const confessed = (date: string): CaseData =>
      decidedOn(
        {
          ...printing,
          penalty: {
            ...printing.penalty,
            treatment: 'lighter',
            treatment_grounds: [{ ground: 'confessed' }],
          },
          discretion: { ...printing.discretion, level: 'lighter', mitigating: [] },
        },
        date,
      );
    expect(runRule(mitigationConsistent, confessed('2021-07-14')).map((f) => f.path)).toEqual([
      '/penalty/treatment',
    ]);
    expect(runRule(mitigationConsistent, confessed('2021-07-15'))).toEqual([]);
  });

  it('cites 2021 §30 for a decision from 2021-07-15', () => {
    const found = runRule(mitigationConsistent, decidedOn(ordinary(14), '2021-07-15'));
    expect(found[0]?.basis?.some((b) => b.version === '2021' && b.article === 30)).toBe(true);
  });
});

describe('penalty/penalty-despite-no-penalty-ground: grounds that exist only from 2021-07-15', () => {
  const withGround = (ground: 'first-offence' | 'no-fault', date: string): CaseData =>
    decidedOn({ ...printing, penalty: { ...printing.penalty, no_penalty: { ground } } }, date);

  it('does not cite 2021 §33 for a decision before 2021-07-15', () => {
    expect(runRule(penaltyDespite, withGround('no-fault', '2021-07-14'))).toEqual([]);
    expect(runRule(penaltyDespite, withGround('first-offence', '2021-07-14'))).toEqual([]);
  });

  it('from 2021-07-15: no fault is an error, first offence a warning', () => {
    const noFault = runRule(penaltyDespite, withGround('no-fault', '2021-07-15'));
    expect(noFault.map((f) => f.severity ?? 'rule')).toEqual(['rule']);
    const first = runRule(penaltyDespite, withGround('first-offence', '2021-07-15'));
    expect(first.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('penalty/benchmark-applied: the basis follows the decision date', () => {
  const unnamed = (date: string): CaseData =>
    decidedOn({ ...printing, discretion: { ...printing.discretion, benchmark: undefined } }, date);

  it('2010 measures §6 before 2021-07-15 (the 2017 行政处罚法 has no benchmark article), 2021 §34 after', () => {
    const before = runRule(benchmarkApplied, unnamed('2021-07-14'));
    const after = runRule(benchmarkApplied, unnamed('2021-07-15'));
    expect(before[0]?.basis).toEqual([{ law: 'env-penalty-measures', version: '2010', article: 6 }]);
    expect(after[0]?.basis).toEqual([{ law: 'admin-penalty-law', version: '2021', article: 34 }]);
  });
});

describe('penalty/criminal-transfer: a later, more favourable interpretation', () => {
  const base = clean('overstandard-discharge');
  // hidden pipe, nickel within the standard: 有毒物质 under 2016 art. 15(3), not under 2023 art. 17(3)
  const nickel = (ended: string, decided: string): CaseData =>
    decidedOn(
      {
        ...base,
        violation: {
          ...base.violation,
          started_on: '2023-08-01',
          ended_on: ended,
          discovered_on: ended,
          conduct: ['hidden-pipe'],
          measurements: [{ pollutant: '总镍', value: 0.05, unit: 'mg/L', standard: 0.1, heavy_metal: true }],
        },
      },
      decided,
    );

  it('act 2023-08-14 decided the same day: an error under the 2016 text', () => {
    const found = runRule(criminalTransfer, nickel('2023-08-14', '2023-08-14'));
    expect(found.map((f) => [f.severity ?? 'rule', f.basis?.[0]?.version, f.basis?.[0]?.item])).toEqual([
      ['rule', '2016', 5],
    ]);
  });

  it('act 2023-08-14 decided 2023-09-20: a warning naming the 2023 text; the option restores the error', () => {
    const found = runRule(criminalTransfer, nickel('2023-08-14', '2023-09-20'));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]?.message.zh).toContain('法释〔2023〕7号');
    const strict = runRule(criminalTransfer, nickel('2023-08-14', '2023-09-20'), {
      options: { milderLaterInterpretation: false },
    });
    expect(strict.map((f) => f.severity ?? 'rule')).toEqual(['rule']);
  });

  it('act 2023-08-15: the 2023 text applies and the facts do not reach it', () => {
    expect(runRule(criminalTransfer, nickel('2023-08-15', '2023-09-20'))).toEqual([]);
  });

  it('a fact both texts reach stays an error when handled after 2023-08-15', () => {
    const waste = decidedOn(
      {
        ...nickel('2023-08-10', '2023-09-20'),
        violation: { ...nickel('2023-08-10', '2023-09-20').violation, hazardous_waste_tonnes: 3 },
      },
      '2023-09-20',
    );
    expect(runRule(criminalTransfer, waste).map((f) => f.severity ?? 'rule')).toEqual(['rule']);
  });
});

describe('confiscation before 2021-07-15 does not cite 2017 §23 (the order to correct)', () => {
  const confiscating: CaseData = {
    ...printing,
    violation: { ...printing.violation, bases: { illegal_gains: 5000 } },
    penalty: { ...printing.penalty, kinds: ['fine', 'confiscate-gains'], confiscated_gains: 8000 },
  };
  const cites23 = (found: { basis?: { law: string; version: string; article: number }[] }[]) =>
    found.some((f) => f.basis?.some((b) => b.version === '2017' && b.article === 23));

  it('kinds-allowed-by-clause: says the 2021 general rule does not reach the act', () => {
    const found = runRule(kindsAllowed, confiscating);
    expect(found).toHaveLength(1);
    expect(cites23(found)).toBe(false);
    expect(found[0]?.message.zh).toContain('只适用于2021年7月15日起的违法行为');
  });

  it('illegal-gains-addressed: over-confiscation cites 2017 §4(2) before, 2021 §28(2) from 2021-07-15', () => {
    const before = runRule(illegalGains, confiscating);
    expect(cites23(before)).toBe(false);
    expect(before[0]?.basis).toEqual([
      { law: 'admin-penalty-law', version: '2017', article: 4, paragraph: 2 },
    ]);
    const after = runRule(illegalGains, decidedOn(confiscating, '2021-07-15'));
    expect(after[0]?.basis).toEqual([
      { law: 'admin-penalty-law', version: '2021', article: 28, paragraph: 2 },
    ]);
    expect(after[0]?.message.zh).toContain('超过案卷认定的违法所得5,000元');
  });
});

describe('penalty/daily-penalty-preconditions: boundaries', () => {
  const base = clean('overstandard-discharge');
  const daily = (reinspected: string, days: number, ended = base.violation.ended_on): CaseData => ({
    ...base,
    violation: {
      ...base.violation,
      started_on: ended && ended < '2015-01-01' ? '2014-12-01' : base.violation.started_on,
      ended_on: ended,
      basis: [
        { law: '水污染防治法', article: 83, item: 2 },
        { law: '环境保护法', article: 59, paragraph: 1 },
        { law: '水污染防治法', article: 95 },
      ],
    },
    penalty: {
      ...base.penalty,
      fine: 150000 * days,
      daily: { original_fine: 150000, days, order_served_on: '2022-08-17', reinspected_on: reinspected },
    },
    timeline: [
      ...base.timeline,
      { event: 'reinspection', date: reinspected, outcome: 'fail', note: '继续超标排放' },
    ] as CaseData['timeline'],
  });

  it('re-inspection on day 30 after service is in time, day 31 is not (办法 art. 10)', () => {
    expect(runRule(dailyPreconditions, daily('2022-09-16', 30))).toEqual([]);
    const late = runRule(dailyPreconditions, daily('2022-09-17', 31));
    expect(late.map((f) => f.path)).toEqual(['/penalty/daily/reinspected_on']);
    expect(late[0]?.message.zh).toContain('第31日');
  });

  it('an act ending 2014-12-31 predates 环境保护法 §59 (in force 2015-01-01)', () => {
    const found = runRule(dailyPreconditions, daily('2022-09-06', 20, '2014-12-31'));
    expect(found.some((f) => f.message.zh.includes('2015-01-01'))).toBe(true);
  });
});

describe('penalty/disproportionate-fine: the proximity band edge (default 10% of ¥20,000–200,000 = ¥18,000)', () => {
  const lighter = (fine: number): CaseData => ({
    ...printing,
    penalty: {
      ...printing.penalty,
      fine,
      treatment: 'lighter',
      treatment_grounds: [{ ground: 'removed-harm' }],
    },
    discretion: { ...printing.discretion, computed_fine: fine, mitigating: ['removed-harm'] },
  });
  const aggravated = (fine: number): CaseData => ({
    ...printing,
    penalty: { ...printing.penalty, fine, treatment: 'heavier' },
    discretion: { ...printing.discretion, computed_fine: fine, aggravating: ['拒不配合调查'] },
  });

  it('near the maximum with mitigation: ¥182,000 warns, ¥181,999 does not', () => {
    expect(runRule(disproportionate, lighter(182000))).toHaveLength(1);
    expect(runRule(disproportionate, lighter(181999))).toEqual([]);
  });

  it('near the minimum with aggravation: ¥38,000 warns, ¥38,001 does not', () => {
    expect(runRule(disproportionate, aggravated(38000))).toHaveLength(1);
    expect(runRule(disproportionate, aggravated(38001))).toEqual([]);
  });
});

describe('penalty/no-penalty-ground-lawful: 首违不罚 only for decisions from 2021-07-15', () => {
  const waived = (date: string): CaseData =>
    decidedOn(
      {
        ...printing,
        party: { ...printing.party, prior_violations: [] },
        penalty: { kinds: [], no_penalty: { ground: 'first-offence' } },
      },
      date,
    );

  it('2021-07-14 has no such ground (行政处罚法 2017); 2021-07-15 has (2021 §33(1))', () => {
    const before = runRule(noPenaltyLawful, waived('2021-07-14'));
    expect(before).toHaveLength(1);
    expect(before[0]?.message.zh).toContain('2021-07-15');
    expect(runRule(noPenaltyLawful, waived('2021-07-15'))).toEqual([]);
  });
});

describe('the general confiscation rule (2021 §28(2)) follows the act date (从旧兼从轻, 2021 §37)', () => {
  const actOn = (ended: string, kinds: CaseData['penalty']['kinds'], confiscated?: number): CaseData =>
    decidedOn(
      {
        ...printing,
        violation: {
          ...printing.violation,
          started_on: '2021-07-01',
          ended_on: ended,
          discovered_on: ended,
          bases: { illegal_gains: 5000 },
        },
        penalty: {
          ...printing.penalty,
          kinds,
          ...(confiscated === undefined ? {} : { confiscated_gains: confiscated }),
        },
      },
      '2021-09-01',
    );

  it('illegal-gains-addressed: not due for an act on 2021-07-14 decided later; due for 2021-07-15', () => {
    expect(runRule(illegalGains, actOn('2021-07-14', ['fine']))).toEqual([]);
    const due = runRule(illegalGains, actOn('2021-07-15', ['fine']));
    expect(due.map((f) => f.basis?.[0])).toEqual([
      { law: 'admin-penalty-law', version: '2021', article: 28, paragraph: 2 },
    ]);
  });

  it('kinds-allowed-by-clause: confiscation under §108 only for an act from 2021-07-15', () => {
    const early = runRule(kindsAllowed, actOn('2021-07-14', ['fine', 'confiscate-gains'], 5000));
    expect(early).toHaveLength(1);
    expect(early[0]?.message.zh).toContain('第三十七条');
    expect(runRule(kindsAllowed, actOn('2021-07-15', ['fine', 'confiscate-gains'], 5000))).toEqual([]);
  });
});
