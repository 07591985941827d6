import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/paths.js';
import type { CaseData } from '../../src/model/case-data.js';
import type { ClauseCatalogue, PenaltyClause } from '../../src/law/types.js';
import { buildCase, makeContext, runRule } from '../helpers.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as dailyAmount } from '../../rules/penalty/daily-penalty-amount.js';
import { rule as disproportionate } from '../../rules/penalty/disproportionate-fine.js';
import { rule as criminalTransfer } from '../../rules/penalty/criminal-transfer.js';
import { rules } from '../../rules/penalty/index.js';

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

function withAct(data: CaseData, ended: string): CaseData {
  return {
    ...data,
    violation: { ...data.violation, started_on: '2018-06-01', ended_on: ended, discovered_on: '2018-10-20' },
  };
}

describe('penalty/fine-within-range', () => {
  const printing = clean('printing-vocs');

  it('applies the 2016 air-law row (unconfirmed → warning) up to 2018-10-25 and the 2018 row (error) from 2018-10-26', () => {
    const over = { ...printing, penalty: { ...printing.penalty, fine: 250000 } };
    const before = runRule(fineWithinRange, withAct(over, '2018-10-25'));
    const after = runRule(fineWithinRange, withAct(over, '2018-10-26'));
    expect(before.map((f) => [f.severity, f.basis?.[0]?.version])).toEqual([['warning', '2016']]);
    expect(after.map((f) => [f.severity ?? 'rule', f.basis?.[0]?.version])).toEqual([['rule', '2018']]);
    expect(after[0]?.message.zh).toContain('超出50,000元');
  });

  it('bounds are inclusive at both ends', () => {
    for (const fine of [20000, 200000]) {
      expect(runRule(fineWithinRange, { ...printing, penalty: { ...printing.penalty, fine } })).toEqual([]);
    }
    for (const fine of [19999, 200001]) {
      expect(runRule(fineWithinRange, { ...printing, penalty: { ...printing.penalty, fine } })).toHaveLength(
        1,
      );
    }
  });

  it('uses a milder later clause (从旧兼从轻) when the catalogue offers one', () => {
    const ctx = makeContext();
    const real = ctx.catalogue;
    const milder = (c: PenaltyClause): PenaltyClause => ({
      ...c,
      effectiveFrom: '2021-01-01',
      tiers: [
        {
          stage: 'initial',
          target: 'unit',
          fine: { kind: 'fixed_range', min: 10000, max: 100000 },
          fineMandatory: true,
          otherSanctions: [],
        },
      ],
    });
    const catalogue: ClauseCatalogue = {
      ...real,
      applicable(ref, act, decided) {
        const a = real.applicable(ref, act, decided);
        return a && decided >= '2021-01-01'
          ? { clause: milder(a.clause), reason: 'milder-later', actTimeClause: a.clause }
          : a;
      },
    };
    const data = { ...printing, penalty: { ...printing.penalty, fine: 150000 } };
    const c = buildCase(data);
    expect(fineWithinRange.check(c, { ...ctx, catalogue })).toEqual([]); // decided 2020: act-time range 20k–200k
    const later = buildCase({
      ...data,
      timeline: data.timeline.map((e) => (e.event === 'decision' ? { ...e, date: '2021-03-01' } : e)),
    });
    const found = fineWithinRange.check(later, { ...ctx, catalogue });
    expect(found).toHaveLength(1);
    expect(found[0]?.message.zh).toContain('从旧兼从轻');
    expect(found[0]?.message.zh).toContain('100,000元');
  });

  it('names the missing base for a percentage-of-investment clause', () => {
    const eia = clean('eia-unapproved');
    const found = runRule(fineWithinRange, { ...eia, violation: { ...eia.violation, bases: {} } });
    expect(found[0]?.path).toBe('/violation/bases');
    expect(found[0]?.message.zh).toContain('建设项目总投资额');
  });
});

describe('penalty/daily-penalty-amount', () => {
  it('counts from the day after service to the re-inspection date', () => {
    const base = clean('overstandard-discharge');
    const data: CaseData = {
      ...base,
      penalty: {
        ...base.penalty,
        fine: 300000,
        daily: {
          original_fine: 100000,
          days: 3,
          order_served_on: '2022-08-30',
          reinspected_on: '2022-09-02',
        },
      },
    };
    expect(runRule(dailyAmount, data)).toEqual([]);
    const off = runRule(dailyAmount, {
      ...data,
      penalty: { ...data.penalty, daily: { ...data.penalty.daily!, days: 4 }, fine: 400000 },
    });
    expect(off).toHaveLength(1);
    expect(off[0]?.message.zh).toContain('应为3日（2022-08-31至2022-09-02）');
  });
});

describe('penalty/disproportionate-fine', () => {
  it('honours the proximity band option', () => {
    const p = clean('printing-vocs');
    const data: CaseData = {
      ...p,
      penalty: {
        ...p.penalty,
        fine: 185000,
        treatment: 'lighter',
        treatment_grounds: [{ ground: 'removed-harm' }],
      },
    };
    // range 20,000–200,000, width 180,000: the default band (10%) starts at 182,000, a 5% band at 191,000
    expect(runRule(disproportionate, data)).toHaveLength(1);
    expect(runRule(disproportionate, data, { options: { proximityBand: 0.05 } })).toEqual([]);
    expect(runRule(disproportionate, { ...data, penalty: { ...data.penalty, fine: 181999 } })).toEqual([]);
  });
});

describe('penalty/criminal-transfer', () => {
  it('does not fire once a criminal transfer is recorded', () => {
    const h = clean('hazardous-waste');
    const data: CaseData = { ...h, violation: { ...h.violation, hazardous_waste_tonnes: 4 } };
    expect(runRule(criminalTransfer, data)).toHaveLength(1);
    const moved: CaseData = {
      ...data,
      timeline: [...data.timeline, { event: 'transferred', date: '2024-04-20', kind: 'criminal' }],
    };
    expect(runRule(criminalTransfer, moved)).toEqual([]);
  });
});

describe('clean cases', () => {
  it.each(['printing-vocs', 'overstandard-discharge', 'hazardous-waste', 'eia-unapproved'])(
    '%s gives no penalty finding',
    (name) => {
      const data = clean(name);
      const found = rules.flatMap((r) => runRule(r, data).map((f) => `${r.meta.id}: ${f.message.zh}`));
      expect(found).toEqual([]);
    },
  );
});
