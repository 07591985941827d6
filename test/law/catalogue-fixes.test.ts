/**
 * Audit fixes of the penalty-clause catalogue: 从旧兼从轻 across renumbered laws, missing illegal gains, ambiguous
 * citations (findAll), the two paragraph forms of 固废法 2020 §102/§112, EIA §31 ¶1 conduct, and `caselint law`
 * printing every item of a per-day or detention link.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/law/index.js';
import { buildClauses, createCatalogue, type CatalogueClause } from '../../src/law/catalogue.js';
import { inForce } from '../../src/law/succession.js';
import { addDays } from '../../src/model/dates.js';
import { lawText } from '../../src/cli/commands/law.js';
import type { ClauseQuery, FineSpec, PenaltyClause } from '../../src/law/types.js';

const { catalogue, law } = loadKnowledge();
const findAll = (ref: ClauseQuery, date: string): PenaltyClause[] => {
  if (!catalogue.findAll) throw new Error('the catalogue has no findAll');
  return catalogue.findAll(ref, date);
};

/** a synthetic row on a made-up article of the air law */
function row(
  key: string,
  provision: Partial<PenaltyClause['provision']>,
  from: string,
  to: string | undefined,
  fine: FineSpec,
  extra: Partial<CatalogueClause> = {},
): CatalogueClause {
  return {
    key,
    provision: { law: 'air-law', article: 200, ...provision },
    versions: [],
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
    conduct: [],
    summary: { zh: key, en: key },
    tiers: [{ stage: 'initial', target: 'unit', fine, fineMandatory: true, otherSanctions: [] }],
    requiresOrderToCorrect: true,
    confirmed: true,
    source: 'test',
    ...extra,
  };
}
const range = (min: number, max: number): FineSpec => ({ kind: 'fixed_range', min, max });

describe('从旧兼从轻 across a renumbering (固废法 2016 §75 → 2020 §112)', () => {
  const ACT = '2020-08-15';
  const DECIDED = '2021-03-01';
  const sw = (item: number) => catalogue.applicable({ law: '固废法', article: 75, item }, ACT, DECIDED);

  it.each([
    [1, 'SWL16-75-A', 'SWL20-112-A', 1],
    [2, 'SWL16-75-A', 'SWL20-112-A', 2],
    [5, 'SWL16-75-B', 'SWL20-112-B', 4],
    [6, 'SWL16-75-B', 'SWL20-112-A', 5],
    [7, 'SWL16-75-A', 'SWL20-112-A', 6],
    [11, 'SWL16-75-A', 'SWL20-112-B', 10],
    [12, 'SWL16-75-A', 'SWL20-112-B', 11],
    [13, 'SWL16-75-A', 'SWL20-112-A', 12],
  ])(
    'old §75 item %i (%s) is compared with %s, which covers new item %i',
    (item, oldKey, newKey, newItem) => {
      const r = sw(item);
      expect(r?.clause.key).toBe(oldKey);
      expect(r?.laterClause?.key).toBe(newKey);
      expect(r?.laterClause?.provision).toMatchObject({ article: 112 });
      expect(r?.laterClause?.provision.items).toContain(newItem);
      expect(r?.noSuccessor).toBeUndefined();
    },
  );

  it('keeps the act-time range: the 2020 ranges are heavier (10万–100万 vs 1万–10万) or not comparable', () => {
    const signs = sw(1);
    expect(signs?.reason).toBe('act-time');
    expect(signs?.actTimeClause).toBeUndefined();
    // old item 5: ¥20,000–200,000; new item 4: 3–5 × disposal cost — different kinds, not compared
    expect(sw(5)?.reason).toBe('act-time');
  });

  it('a renumbered item with no successor gives the act-time clause and says so', () => {
    for (const item of [3, 4]) {
      const r = sw(item);
      expect(r?.reason, `item ${item}`).toBe('act-time');
      expect(r?.laterClause, `item ${item}`).toBeUndefined();
      expect(r?.noSuccessor, `item ${item}`).toBe(true);
    }
  });

  it('before 2020-09-01 nothing was renumbered yet: no comparison, no flag', () => {
    const r = catalogue.applicable({ law: '固废法', article: 75, item: 1 }, ACT, '2020-08-31');
    expect(r).toMatchObject({ reason: 'act-time', clause: { key: 'SWL16-75-A' } });
    expect(r?.laterClause).toBeUndefined();
    expect(r?.noSuccessor).toBeUndefined();
  });

  it('the links of the old 固废法 are marked as derived (the 2016 text is not in texts/)', () => {
    for (const key of ['SWL16-75-A', 'SWL16-75-B', 'SWL16-75-C']) {
      const links = catalogue.byKey(key)[0]?.successors ?? [];
      expect(links.length, key).toBeGreaterThan(0);
      for (const l of links) expect(l.derived, key).toBe(true);
    }
  });
});

describe('从旧兼从轻 across 环境噪声污染防治法 → 噪声污染防治法 (2022-06-05)', () => {
  it('old §56 night construction is compared with §77(2); old §48 has no successor', () => {
    const night = catalogue.applicable(
      { law: '环境噪声污染防治法', article: 56 },
      '2022-05-01',
      '2022-07-01',
    );
    expect(night?.clause.key).toBe('ENPL-56');
    expect(night?.laterClause?.key).toBe('NPL-77-2');
    // the old row states no amount: nothing milder to apply
    expect(night?.reason).toBe('act-time');
    const facilities = catalogue.applicable({ law: 'noise-law', article: 48 }, '2022-05-01', '2022-07-01');
    expect(facilities).toMatchObject({ reason: 'act-time', noSuccessor: true });
  });
});

describe('successor resolution (synthetic catalogue)', () => {
  const ACT = '2020-06-01';
  const DECIDED = '2021-03-01';
  const unrelatedSameNumber = row('NEW-200', {}, '2021-01-01', undefined, range(100, 1000));

  it('a renumbered clause is never compared with the unrelated clause now under its old number', () => {
    const old = row('OLD-200', {}, '2016-01-01', '2020-12-31', range(20000, 200000), { successors: [] });
    const r = createCatalogue([old, unrelatedSameNumber]).applicable(
      { law: 'air-law', article: 200 },
      ACT,
      DECIDED,
    );
    expect(r).toMatchObject({ reason: 'act-time', clause: { key: 'OLD-200' }, noSuccessor: true });
    expect(r?.laterClause).toBeUndefined();
  });

  it('follows the link to a milder successor under another number', () => {
    const old = row('OLD-200', {}, '2016-01-01', '2020-12-31', range(20000, 200000), {
      successors: [{ to: { law: 'air-law', article: 300 }, derived: false }],
    });
    const successor = row('NEW-300', { article: 300 }, '2021-01-01', undefined, range(10000, 100000));
    const r = createCatalogue([old, unrelatedSameNumber, successor]).applicable(
      { law: 'air-law', article: 200 },
      ACT,
      DECIDED,
    );
    expect(r).toMatchObject({
      reason: 'milder-later',
      clause: { key: 'NEW-300' },
      actTimeClause: { key: 'OLD-200' },
      laterClause: { key: 'NEW-300' },
    });
  });

  it('without successors (no renumbering) the same provision is compared, as before', () => {
    const old = row('OLD-200', {}, '2016-01-01', '2020-12-31', range(20000, 200000));
    const r = createCatalogue([old, unrelatedSameNumber]).applicable(
      { law: 'air-law', article: 200 },
      ACT,
      DECIDED,
    );
    expect(r).toMatchObject({ reason: 'milder-later', clause: { key: 'NEW-200' } });
  });

  it('an article cited without its item, whose items went to different rows, is not compared', () => {
    const old = row('OLD-200', { items: [1, 2] }, '2016-01-01', '2020-12-31', range(20000, 200000), {
      successors: [
        { items: [1], to: { law: 'air-law', article: 300, item: 1 }, derived: false },
        { items: [2], to: { law: 'air-law', article: 300, item: 2 }, derived: false },
      ],
    });
    const a = row('NEW-300-1', { article: 300, items: [1] }, '2021-01-01', undefined, range(100, 1000));
    const b = row('NEW-300-2', { article: 300, items: [2] }, '2021-01-01', undefined, range(100, 1000));
    const cat = createCatalogue([old, a, b]);
    const whole = cat.applicable({ law: 'air-law', article: 200 }, ACT, DECIDED);
    expect(whole).toMatchObject({ reason: 'act-time', clause: { key: 'OLD-200' } });
    expect(whole?.laterClause).toBeUndefined();
    expect(whole?.noSuccessor).toBeUndefined();
    expect(cat.applicable({ law: 'air-law', article: 200, item: 2 }, ACT, DECIDED)).toMatchObject({
      reason: 'milder-later',
      clause: { key: 'NEW-300-2' },
    });
  });
});

describe('catalogue data: renumbered rows', () => {
  const all = catalogue.all();
  const dayAfter = (c: PenaltyClause): string => addDays(c.effectiveTo ?? '9999-12-30', 1);

  it('every successor link lands on a row in force the day after the old row ends, covering the item', () => {
    for (const c of all)
      for (const link of c.successors ?? []) {
        if (!link.to) continue;
        // an earlier version's copy of the row (固废法 2004) continues as the same row, not yet renumbered
        if (catalogue.byKey(c.key).some((x) => inForce(x, dayAfter(c)))) continue;
        const target = catalogue.find(link.to, dayAfter(c));
        expect(target, `${c.key} → ${JSON.stringify(link.to)}`).toBeDefined();
        if (link.to.item !== undefined) expect(target?.provision.items, c.key).toContain(link.to.item);
        // the link names items of the old row only
        for (const i of link.items ?? []) expect(c.provision.items, c.key).toContain(i);
      }
  });

  it('a row whose law continues in a later version either continues under its key or declares its successors', () => {
    for (const c of all) {
      if (!c.effectiveTo || c.successors) continue;
      const next = dayAfter(c);
      if (!law.versionAt(c.provision.law, next)) continue;
      const continued = catalogue.byKey(c.key).some((x) => inForce(x, next));
      expect(continued, `${c.key} ends ${c.effectiveTo}: same key later, or successors`).toBe(true);
    }
  });

  it('the renumbered lines (固废法 2016, 环境噪声污染防治法) declare successors on every row', () => {
    const versionId = (lawId: string, label: string): string | undefined =>
      law.line(lawId)?.versions.find((v) => v.label === label)?.id;
    const old = [versionId('solid-waste-law', '2016'), versionId('noise-law', '2018')];
    expect(old.every(Boolean)).toBe(true);
    const renumbered = all.filter((c) => c.versions.some((v) => old.includes(v)));
    expect(renumbered.map((c) => c.key).sort()).toEqual(
      ['ENPL-48', 'ENPL-50', 'ENPL-56', 'SWL16-75-A', 'SWL16-75-B', 'SWL16-75-C'].sort(),
    );
    for (const c of renumbered) expect(c.successors, c.key).toBeDefined();
  });
});

describe('tiered_by_illegal_gains without recorded gains', () => {
  const tiered = (key: string): FineSpec => {
    const spec = catalogue.byKey(key)[0]?.tiers[0]?.fine;
    if (!spec || spec.kind !== 'tiered_by_illegal_gains') throw new Error(`${key} is not tiered`);
    return spec;
  };

  it.each(['RIR-52', 'RPL-53'])('%s: not recorded → the below-threshold range, flagged missing', (key) => {
    expect(catalogue.bounds(tiered(key), {})).toEqual({
      min: 10000,
      max: 100000,
      missingBase: 'illegal_gains',
    });
  });

  it.each(['RIR-52', 'RPL-53'])('%s: recorded as 0 (没有违法所得) → the fixed range, not flagged', (key) => {
    expect(catalogue.bounds(tiered(key), { illegal_gains: 0 })).toEqual({ min: 10000, max: 100000 });
  });

  it('gains at the threshold take the multiple (以上 includes the amount)', () => {
    expect(catalogue.bounds(tiered('RIR-52'), { illegal_gains: 100000 })).toEqual({
      min: 100000,
      max: 500000,
    });
    expect(catalogue.bounds(tiered('RIR-52'), { illegal_gains: 99999 })).toEqual({ min: 10000, max: 100000 });
  });

  it('other kinds still give no bounds for a missing base', () => {
    expect(
      catalogue.bounds({ kind: 'multiple_of_base', base: 'disposal_cost', minMult: 3, maxMult: 5 }, {}),
    ).toEqual({ missingBase: 'disposal_cost' });
  });
});

describe('ambiguous citations: findAll, and find preferring an exact match', () => {
  it('大气法 §118 without a paragraph means three rows', () => {
    expect(findAll({ law: '大气法', article: 118 }, '2020-01-01').map((c) => c.key)).toEqual([
      'APL-118-1',
      'APL-118-2',
      'APL-118-3',
    ]);
    // find keeps its answer (the first row) for callers that do not ask about ambiguity
    expect(catalogue.find({ law: '大气法', article: 118 }, '2020-01-01')?.key).toBe('APL-118-1');
  });

  it('an unambiguous citation gives one row, the same find gives', () => {
    for (const ref of [
      { law: 'air-law', article: 118, paragraph: 2 },
      { law: 'air-law', article: 99, item: 3 },
      { law: 'water-law', article: 84, paragraph: 2 },
    ]) {
      const rows = findAll(ref, '2021-01-01');
      expect(rows.length, JSON.stringify(ref)).toBe(1);
      expect(catalogue.find(ref, '2021-01-01'), JSON.stringify(ref)).toBe(rows[0]);
    }
    expect(findAll({ law: 'air-law', article: 118, paragraph: 4 }, '2021-01-01')).toEqual([]);
  });

  it('find prefers the row that matches exactly over an earlier, broader one', () => {
    const paragraphRow = row('P1', { paragraph: 1 }, '2016-01-01', undefined, range(1, 2));
    const wholeArticle = row('WHOLE', {}, '2016-01-01', undefined, range(1, 2));
    const itemRow = row('I3', { items: [3] }, '2016-01-01', undefined, range(1, 2));
    const cat = createCatalogue([paragraphRow, itemRow, wholeArticle]);
    expect(cat.find({ law: 'air-law', article: 200 }, '2020-01-01')?.key).toBe('WHOLE');
    expect(cat.find({ law: 'air-law', article: 200, item: 3 }, '2020-01-01')?.key).toBe('I3');
    expect(cat.find({ law: 'air-law', article: 200, paragraph: 1 }, '2020-01-01')?.key).toBe('P1');
    expect(cat.findAll({ law: 'air-law', article: 200 }, '2020-01-01').map((c) => c.key)).toEqual([
      'WHOLE',
      'P1',
      'I3',
    ]);
  });
});

describe('固废法 2020 §112 cited by either paragraph', () => {
  const D = '2021-06-01';

  it.each([
    [{ paragraph: 1, item: 13 }, 'SWL20-112-A'],
    [{ paragraph: 2, item: 13 }, 'SWL20-112-A'],
    [{ item: 13 }, 'SWL20-112-A'],
    [{ paragraph: 1, item: 3 }, 'SWL20-112-B'],
    [{ paragraph: 2, item: 3 }, 'SWL20-112-B'],
  ])('%o → %s, as the only match', (cite, key) => {
    const rows = findAll({ law: '固废法', article: 112, ...cite }, D);
    expect(rows.map((c) => c.key)).toEqual([key]);
  });

  it('the same in 从旧兼从轻 (no retry without the paragraph needed)', () => {
    expect(
      catalogue.applicable({ law: '固废法', article: 112, paragraph: 1, item: 4 }, '2021-01-10', D)?.clause
        .key,
    ).toBe('SWL20-112-B');
    expect(
      catalogue.applicable({ law: '固废法', article: 102, paragraph: 1, item: 7 }, '2021-01-10', D)?.clause
        .key,
    ).toBe('SWL20-102-C');
  });

  it('a paragraph that is neither the items nor the amounts paragraph does not match', () => {
    expect(findAll({ law: '固废法', article: 112, paragraph: 3, item: 3 }, D)).toEqual([]);
  });

  it('¶1 without an item names the article: every row, ambiguous', () => {
    expect(findAll({ law: '固废法', article: 112, paragraph: 1 }, D).map((c) => c.key)).toEqual([
      'SWL20-112-A',
      'SWL20-112-B',
    ]);
  });

  it('rows that do not declare an items paragraph match their own paragraph only (上海市环境保护条例 §82)', () => {
    expect(
      catalogue.find({ law: 'sh-env-regs', article: 82, paragraph: 1, item: 2 }, '2022-01-01')?.key,
    ).toBe('SH-EPR-82');
    // ¶2 (conduct of §55 ¶2, no amount) is a different provision
    expect(
      catalogue.find({ law: 'sh-env-regs', article: 82, paragraph: 2, item: 2 }, '2022-01-01'),
    ).toBeUndefined();
  });

  it('the loader rejects an items paragraph without items or equal to the paragraph', () => {
    const raw = (extra: Record<string, unknown>) => [
      {
        key: 'X',
        law: 'solid-waste-law',
        article: 112,
        paragraph: 2,
        versions: ['2020'],
        summary: { zh: 'x', en: 'x' },
        tiers: [{ fine: { kind: 'fixed_range', min: 1, max: 2 } }],
        confirmed: true,
        source: 'test',
        ...extra,
      },
    ];
    expect(() => buildClauses(raw({ itemsParagraph: 1 }), law)).toThrow(/itemsParagraph/);
    expect(() => buildClauses(raw({ itemsParagraph: 2, items: [1] }), law)).toThrow(/itemsParagraph/);
    expect(buildClauses(raw({ itemsParagraph: 1, items: [1] }), law)[0]?.provision.itemsParagraph).toBe(1);
  });
});

describe('环境影响评价法 §31 ¶1 conduct', () => {
  it('pairs with §22 (submission), §24 (re-submission) and §25 (no construction before approval)', () => {
    const c = catalogue.find({ law: 'eia-law', article: 31, paragraph: 1 }, '2020-01-01');
    expect(c?.key).toBe('EIA-31-1');
    expect(c?.conduct.map((p) => p.article)).toEqual([22, 24, 25]);
  });
});

describe('caselint law prints every item of a link', () => {
  const line = law.line('solid-waste-law');
  if (!line) throw new Error('no solid-waste-law');
  const rows = catalogue.all().filter((c) => c.key === 'SWL20-112-B') as CatalogueClause[];

  it('zh: 第一百二十条第（一）（三）（六）项', () => {
    const text = lawText(line, rows, '2021-01-01', 'zh');
    expect(text).toContain('移送拘留: 固体废物污染环境防治法第一百二十条第（一）（三）（六）项');
  });

  it('en: art. 120 items (1), (3), (6)', () => {
    expect(lawText(line, rows, '2021-01-01', 'en')).toContain('art. 120 items (1), (3), (6)');
  });

  it('a single item keeps the usual citation; successors of renumbered rows are shown', () => {
    const old = catalogue.all().filter((c) => c.key === 'SWL16-75-B') as CatalogueClause[];
    const text = lawText(line, old, '2019-01-01', 'zh');
    expect(text).toContain('第（五）项 → 固体废物污染环境防治法第一百一十二条第（四）项（推定）');
    expect(text).toContain('第（三）项 → 无对应罚则');
    const a = catalogue.all().filter((c) => c.key === 'SWL20-112-A') as CatalogueClause[];
    expect(lawText(line, a, '2021-01-01', 'zh')).toContain(
      '移送拘留: 固体废物污染环境防治法第一百二十条第（五）项',
    );
  });
});
