import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { fineBounds } from '../../src/law/index.js';
import { isMilder, loadKnowledge } from '../../src/law/index.js';
import { createCatalogue, type CatalogueClause } from '../../src/law/catalogue.js';
import type { FineSpec } from '../../src/law/types.js';

const { catalogue, law } = loadKnowledge();

describe('catalogue data', () => {
  const all = catalogue.all() as CatalogueClause[];

  it('covers the digest (≥ 88 keys) with valid rows', () => {
    expect(new Set(all.map((c) => c.key)).size).toBeGreaterThanOrEqual(88);
    for (const c of all) {
      const line = law.line(c.provision.law);
      expect(line, c.key).toBeDefined();
      expect(c.versions.length, c.key).toBeGreaterThan(0);
      for (const v of c.versions)
        expect(
          line?.versions.some((x) => x.id === v),
          `${c.key} ${v}`,
        ).toBe(true);
      expect(c.effectiveTo === undefined || c.effectiveFrom <= c.effectiveTo, c.key).toBe(true);
      expect(c.tiers.length, c.key).toBeGreaterThan(0);
      expect(c.summary.zh && c.summary.en, c.key).toBeTruthy();
      for (const ref of [...c.conduct, c.perDay, c.detention].filter(Boolean))
        expect(law.line(ref?.law ?? ''), `${c.key} → ${ref?.law}`).toBeDefined();
    }
  });

  it('confirmed rows cite a statute text that exists in shared/law/texts', () => {
    const texts = '/work/shared/law/texts';
    for (const c of all.filter((x) => x.confirmed)) {
      const m = /texts\/([^ ]+\.md)/.exec(c.source);
      expect(m, c.key).not.toBeNull();
      if (existsSync(texts)) expect(existsSync(`${texts}/${m?.[1] ?? ''}`), `${c.key}: ${m?.[1]}`).toBe(true);
    }
  });

  it('rows without a full text are unconfirmed and say why', () => {
    for (const key of ['MWR-45', 'MWR-53', 'SWL16-75-A']) {
      const [row] = catalogue.byKey(key) as CatalogueClause[];
      expect(row?.confirmed, key).toBe(false);
      expect(row?.note, key).toBeTruthy();
    }
  });

  it('air law 99 and 108 are confirmed with their statutory ranges', () => {
    const c99 = catalogue.find({ law: 'air-law', article: 99, item: 2 }, '2020-06-01');
    expect(c99).toMatchObject({ key: 'APL-99-2', confirmed: true, requiresOrderToCorrect: true });
    expect(c99?.tiers[0]?.fine).toEqual({ kind: 'fixed_range', min: 100000, max: 1000000 });
    expect(c99?.perDay).toMatchObject({ law: 'air-law', article: 123, items: [2] });
    const c108 = catalogue.find({ law: '大气法', article: 108, paragraph: 1, item: 1 }, '2020-06-01');
    expect(c108).toMatchObject({ key: 'APL-108-1', confirmed: true });
    expect(c108?.tiers[0]?.fine).toEqual({ kind: 'fixed_range', min: 20000, max: 200000 });
    expect(c108?.tiers[1]).toMatchObject({ stage: 'after_refusal', otherSanctions: ['suspend-rectify'] });
    expect(c108?.conduct).toEqual([{ law: 'air-law', article: 45 }]);
  });

  it('finds the row in force on the date (2016 text before 2018-10-26, unconfirmed copy)', () => {
    const old = catalogue.find({ law: 'air-law', article: 108, item: 1 }, '2018-10-25');
    expect(old?.versions).toEqual(['air-law@2016-01-01']);
    expect(old?.confirmed).toBe(false);
    expect(catalogue.find({ law: 'air-law', article: 108, item: 1 }, '2018-10-26')?.confirmed).toBe(true);
    expect(catalogue.find({ law: 'air-law', article: 108, item: 1 }, '2015-12-31')).toBeUndefined();
    expect(catalogue.find({ law: 'air-law', article: 108, item: 9 }, '2020-01-01')).toBeUndefined();
  });

  it('solid-waste law: old article 75 before 2020-09-01, article 112 after', () => {
    expect(catalogue.find({ law: 'solid-waste-law', article: 75, item: 5 }, '2020-08-31')?.key).toBe(
      'SWL16-75-B',
    );
    expect(catalogue.find({ law: 'solid-waste-law', article: 75, item: 5 }, '2020-09-01')).toBeUndefined();
    expect(
      catalogue.find({ law: 'solid-waste-law', article: 112, paragraph: 2, item: 4 }, '2020-09-01')?.key,
    ).toBe('SWL20-112-B');
  });
});

describe('从旧兼从轻 (applicable)', () => {
  const base = (key: string, from: string, to: string | undefined, fine: FineSpec): CatalogueClause => ({
    key,
    provision: { law: 'air-law', article: 200 },
    versions: [],
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
    conduct: [],
    summary: { zh: key, en: key },
    tiers: [{ stage: 'initial', target: 'unit', fine, fineMandatory: true, otherSanctions: [] }],
    requiresOrderToCorrect: true,
    confirmed: true,
    source: 'test',
  });
  const old = base('OLD', '2016-01-01', '2020-12-31', { kind: 'fixed_range', min: 20000, max: 200000 });
  const lighter = base('NEW', '2021-01-01', undefined, { kind: 'fixed_range', min: 10000, max: 100000 });
  const heavier = base('NEW', '2021-01-01', undefined, { kind: 'fixed_range', min: 50000, max: 500000 });
  const sameMaxLowerMin = base('NEW', '2021-01-01', undefined, {
    kind: 'fixed_range',
    min: 5000,
    max: 200000,
  });
  const ref = { law: 'air-law', article: 200 };

  it('applies the later law when its range is lighter', () => {
    const r = createCatalogue([old, lighter]).applicable(ref, '2020-06-01', '2021-03-01');
    expect(r).toMatchObject({
      reason: 'milder-later',
      clause: { key: 'NEW' },
      actTimeClause: { key: 'OLD' },
    });
  });

  it('keeps the act-time law when the later range is heavier', () => {
    const r = createCatalogue([old, heavier]).applicable(ref, '2020-06-01', '2021-03-01');
    expect(r).toMatchObject({ reason: 'act-time', clause: { key: 'OLD' } });
    expect(r?.actTimeClause).toBeUndefined();
  });

  it('compares the minimum when the maxima are equal', () => {
    expect(isMilder(sameMaxLowerMin, old)).toBe(true);
    expect(isMilder(old, sameMaxLowerMin)).toBe(false);
  });

  it('does not compare ranges of different kinds', () => {
    const multiple = base('NEW', '2021-01-01', undefined, {
      kind: 'multiple_of_base',
      base: 'disposal_cost',
      minMult: 1,
      maxMult: 3,
    });
    expect(isMilder(multiple, old)).toBeUndefined();
    expect(createCatalogue([old, multiple]).applicable(ref, '2020-06-01', '2021-03-01')?.reason).toBe(
      'act-time',
    );
  });

  it('uses the act-time row when nothing changed (air-law 2016 → 2018 ranges are the same)', () => {
    const r = catalogue.applicable({ law: 'air-law', article: 108, item: 1 }, '2018-06-01', '2019-03-01');
    expect(r?.reason).toBe('act-time');
    expect(r?.clause.versions).toEqual(['air-law@2016-01-01']);
  });

  it('is undefined when no clause was in force at the act date', () => {
    expect(
      catalogue.applicable({ law: 'discharge-permit-regs', article: 33 }, '2020-01-01', '2021-06-01'),
    ).toBeUndefined();
  });
});

describe('bounds for every FineSpec kind', () => {
  it.each<[FineSpec, Parameters<typeof fineBounds>[1], ReturnType<typeof fineBounds>]>([
    [{ kind: 'fixed_range', min: 20000, max: 200000 }, {}, { min: 20000, max: 200000 }],
    [{ kind: 'max_only', max: 50000 }, {}, { min: 0, max: 50000 }],
    [{ kind: 'fixed_amount', amount: 5000 }, {}, { min: 5000, max: 5000 }],
    [{ kind: 'per_unit', amount: 5000, unit: 'vehicle' }, { units: 3 }, { min: 15000, max: 15000 }],
    [{ kind: 'per_unit', amount: 5000, unit: 'vehicle' }, {}, { missingBase: 'units' }],
    [{ kind: 'per_occurrence', min: 5000, max: 20000 }, { occurrences: 2 }, { min: 10000, max: 40000 }],
    [
      { kind: 'multiple_of_base', base: 'disposal_cost', minMult: 3, maxMult: 5, baseFloor: 200000 },
      { disposal_cost: 50000 },
      { min: 600000, max: 1000000 },
    ],
    [
      { kind: 'multiple_of_base', base: 'disposal_cost', minMult: 1, maxMult: 3, baseFloor: 100000 },
      { disposal_cost: 300000 },
      { min: 300000, max: 900000 },
    ],
    [
      { kind: 'multiple_of_base', base: 'direct_loss', minMult: 1, maxMult: 3 },
      {},
      { missingBase: 'direct_loss' },
    ],
    [
      { kind: 'percentage_of_base', base: 'total_investment', minPct: 1, maxPct: 5 },
      { total_investment: 2000000 },
      { min: 20000, max: 100000 },
    ],
    [
      {
        kind: 'tiered_by_illegal_gains',
        threshold: 100000,
        atOrAbove: { minMult: 1, maxMult: 5 },
        below: { min: 10000, max: 100000 },
      },
      { illegal_gains: 100000 },
      { min: 100000, max: 500000 },
    ],
    [
      {
        kind: 'tiered_by_illegal_gains',
        threshold: 100000,
        atOrAbove: { minMult: 1, maxMult: 5 },
        below: { min: 10000, max: 100000 },
      },
      { illegal_gains: 0 },
      { min: 10000, max: 100000 },
    ],
    [{ kind: 'per_day' }, { original_fine: 100000, days: 10 }, { min: 1000000, max: 1000000 }],
    [{ kind: 'per_day' }, { original_fine: 100000 }, { missingBase: 'days' }],
    [{ kind: 'unspecified' }, {}, {}],
  ])('%o with %o', (spec, bases, expected) => {
    expect(catalogue.bounds(spec, bases)).toEqual(expected);
  });
});

describe('find with the citations used in decisions', () => {
  it('固废法 第一百一十二条第一款第（三）项 finds the row whose amounts are in ¶2', () => {
    const c = catalogue.find({ law: '固废法', article: 112, paragraph: 1, item: 3 }, '2021-01-01');
    expect(c?.key).toBe('SWL20-112-B');
    expect(catalogue.find({ law: '固废法', article: 112, paragraph: 2, item: 13 }, '2021-01-01')?.key).toBe(
      'SWL20-112-A',
    );
  });

  it('a paragraph that does not exist in a row without items does not match', () => {
    expect(catalogue.find({ law: 'water-law', article: 84, paragraph: 2 }, '2021-01-01')?.key).toBe(
      'WPL-84-2',
    );
    expect(catalogue.find({ law: 'water-law', article: 84, paragraph: 3 }, '2021-01-01')).toBeUndefined();
  });
});

describe('overlapping clauses', () => {
  it('groups the no-permit air clauses and is symmetric', () => {
    const groups = catalogue.overlaps?.('APL-99-1') ?? [];
    expect(groups.some((g) => g.keys.includes('PPR-33') && g.keys.includes('SH-APR-76'))).toBe(true);
    expect((catalogue.overlaps?.('PPR-33') ?? []).some((g) => g.keys.includes('APL-99-1'))).toBe(true);
    expect(catalogue.overlaps?.('RIR-61')).toEqual([]);
  });

  it('every group names known keys (checked when loading) and at least two of them', () => {
    const keys = new Set(catalogue.all().map((c) => c.key));
    for (const key of keys)
      for (const g of catalogue.overlaps?.(key) ?? []) {
        expect(g.keys.length).toBeGreaterThanOrEqual(2);
        for (const k of g.keys) expect(keys.has(k), k).toBe(true);
      }
  });
});
