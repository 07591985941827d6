/**
 * Who a clause punishes (issue 10 §1): the tier targets follow the wording of the penalty clause. Quotes from
 * shared/law/texts (大气污染防治法 2018-10-26, 上海市环境保护条例 2021-11-25, 水污染防治法 2017-06-27,
 * 固体废物污染环境防治法 2020-04-29).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { runRule } from '../helpers.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as kindsAllowed } from '../../rules/penalty/kinds-allowed-by-clause.js';

const { catalogue } = loadKnowledge();

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

/** printing-vocs (大气法 §108(1)) with a natural person as the party */
function person(fine: number): CaseData {
  const data = clean('printing-vocs');
  data.party = {
    type: 'person',
    name: '王某',
    id_number: '11010519491231002X',
    address: '上海市普陀区真北路1号',
  };
  data.penalty.fine = fine;
  return data;
}

describe('大气法 §108 “违反本法规定，有下列行为之一的” punishes any violator', () => {
  it('every §108 tier reaches a natural person', () => {
    for (const item of [1, 2, 3, 4, 5]) {
      const c = catalogue.find({ law: 'air-law', article: 108, item }, '2020-08-18');
      expect(
        c?.tiers.every((t) => t.target === 'any'),
        `§108(${item})`,
      ).toBe(true);
    }
  });

  it('a fine on a natural person below ¥20,000 is range-checked and reported', () => {
    const findings = runRule(fineWithinRange, person(10000));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('20,000');
  });

  it('the clause is not said to allow no fine for a natural person', () => {
    expect(runRule(kindsAllowed, person(30000))).toEqual([]);
    expect(runRule(fineWithinRange, person(30000))).toEqual([]);
  });
});

describe('上海市环境保护条例 §78 ¶1 with §50 ¶1 “排污单位或者个人”', () => {
  it('§78 ¶1 reaches any violator (二十万元以上一百万元以下)', () => {
    const c = catalogue.find({ law: 'sh-env-regs', article: 78, paragraph: 1 }, '2022-01-01');
    const initial = c?.tiers.find((t) => t.stage === 'initial');
    expect(initial?.target).toBe('any');
    expect(initial?.fine).toEqual({ kind: 'fixed_range', min: 200000, max: 1000000 });
  });
});

describe('clauses naming 企业事业单位和其他生产经营者 reach natural persons trading', () => {
  it.each([
    ['env-protection-law', 59],
    ['air-law', 123],
    ['water-law', 95],
    ['solid-waste-law', 119],
  ] as const)(
    '%s §%i: the per-day tier targets any producer or operator, and is not mandatory (环境保护法 §59 “可以”)',
    (law, article) => {
      const c = catalogue.find({ law, article }, '2021-06-01');
      const t = c?.tiers.find((x) => x.fine?.kind === 'per_day');
      expect(t?.target).toBe('any');
      expect(t?.fineMandatory).toBe(false);
    },
  );

  it('排污许可管理条例 §33 (排污单位 = 企业事业单位和其他生产经营者, §2 ¶1) reaches any', () => {
    const c = catalogue.find({ law: 'discharge-permit-regs', article: 33, item: 1 }, '2022-01-01');
    expect(c?.tiers.find((t) => t.stage === 'initial')?.target).toBe('any');
  });

  it('a clause that names 单位 keeps it: 环境影响评价法 §31 ¶1 “建设单位…”', () => {
    const c = catalogue.find({ law: 'eia-law', article: 31, paragraph: 1 }, '2022-01-01');
    expect(c?.tiers[0]?.target).toBe('unit');
  });
});
