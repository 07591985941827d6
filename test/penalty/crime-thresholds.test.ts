import { describe, expect, it } from 'vitest';
import {
  crimeThresholdHits,
  detentionItems,
  interpretationAt,
  loadCrimeThresholds,
} from '../../src/law/crime-thresholds.js';
import type { CaseData, MeasurementData } from '../../src/model/case-data.js';

function caseWith(v: Partial<CaseData['violation']>, party: Partial<CaseData['party']> = {}): CaseData {
  return {
    format: 'caselint/1',
    case: { number: 'T', agency: 'A', cause: 'c', source: '其他', procedure: 'general', status: 'decided' },
    party: { type: 'organization', name: 'X', ...party },
    officers: [],
    violation: { facts: 'f', violated: [], basis: [], ...v },
    penalty: { kinds: ['fine'] },
    timeline: [],
  };
}

const metal = (pollutant: string, value: number, standard: number): MeasurementData => ({
  pollutant,
  value,
  unit: 'mg/L',
  standard,
});

describe('interpretation by act date', () => {
  it('2016 text from 2017-01-01 to 2023-08-14, 2023 text from 2023-08-15, nothing before 2017', () => {
    expect(interpretationAt('2016-12-31')).toBeUndefined();
    expect(interpretationAt('2017-01-01')?.number).toBe('法释〔2016〕29号');
    expect(interpretationAt('2023-08-14')?.version).toBe('2016');
    expect(interpretationAt('2023-08-15')?.number).toBe('法释〔2023〕7号');
  });

  it('every threshold row cites an article and item of its own version', () => {
    const data = loadCrimeThresholds();
    const versions = new Set(data.interpretations.map((v) => v.version));
    for (const t of data.thresholds) {
      expect(versions.has(t.version)).toBe(true);
      expect(t.article).toBe(1);
      expect(t.item).toBeGreaterThan(0);
      expect(t.id).toBe(`CRIME-${t.version}-${t.article}-${t.item}`);
    }
  });
});

describe('criminal thresholds', () => {
  it('hazardous waste: 3 tonnes reaches (以上 includes the figure), 2.99 does not', () => {
    expect(
      crimeThresholdHits(caseWith({ hazardous_waste_tonnes: 3 }), '2024-01-01').map((h) => h.threshold.id),
    ).toEqual(['CRIME-2023-1-2']);
    expect(crimeThresholdHits(caseWith({ hazardous_waste_tonnes: 2.99 }), '2024-01-01')).toEqual([]);
  });

  it('Pb/Hg/Cd/Cr/As/Tl/Sb at 3× the standard, Ni/Cu/Zn/Ag/V/Mn/Co only at 10×', () => {
    const act = '2022-05-01';
    expect(
      crimeThresholdHits(caseWith({ measurements: [metal('六价铬', 1.5, 0.5)] }), act)[0]?.basis,
    ).toEqual({
      law: 'env-crime-interpretation',
      version: '2016',
      article: 1,
      item: 3,
    });
    expect(crimeThresholdHits(caseWith({ measurements: [metal('总铬', 1.49, 0.5)] }), act)).toEqual([]);
    expect(crimeThresholdHits(caseWith({ measurements: [metal('Cu', 4.5, 0.5)] }), act)).toEqual([]);
    expect(
      crimeThresholdHits(caseWith({ measurements: [metal('总铜', 5, 0.5)] }), act)[0]?.threshold.item,
    ).toBe(4);
    // COD is not a heavy metal, whatever the ratio
    expect(crimeThresholdHits(caseWith({ measurements: [metal('化学需氧量', 5000, 100)] }), act)).toEqual([]);
  });

  it('key discharger falsifying automatic-monitoring data; not when the unit is not a key discharger', () => {
    const v = { conduct: ['falsified-monitoring-data' as const] };
    expect(crimeThresholdHits(caseWith(v, { key_discharger: true }), '2023-09-01')[0]?.threshold.id).toBe(
      'CRIME-2023-1-7',
    );
    expect(crimeThresholdHits(caseWith(v, { key_discharger: false }), '2023-09-01')).toEqual([]);
  });

  it('hidden pipe only with a toxic substance; 2023 needs heavy metals above the standard', () => {
    const pipe = { conduct: ['hidden-pipe' as const] };
    expect(crimeThresholdHits(caseWith(pipe), '2022-01-01')).toEqual([]);
    const belowStd = { ...pipe, measurements: [metal('总镍', 0.5, 1)] };
    expect(crimeThresholdHits(caseWith(belowStd), '2022-01-01').map((h) => h.threshold.id)).toEqual([
      'CRIME-2016-1-5',
    ]);
    expect(crimeThresholdHits(caseWith(belowStd), '2024-01-01')).toEqual([]);
  });

  it('gains or loss of ¥300,000', () => {
    expect(
      crimeThresholdHits(caseWith({ bases: { direct_loss: 300000 } }), '2024-01-01')[0]?.threshold.item,
    ).toBe(9);
    expect(crimeThresholdHits(caseWith({ bases: { illegal_gains: 299999 } }), '2024-01-01')).toEqual([]);
  });

  it('two prior same-kind penalties within two years, then toxic discharge again', () => {
    const v = { measurements: [metal('铅', 0.2, 0.1)] };
    const priors = [
      { date: '2022-03-01', same_kind: true },
      { date: '2023-01-01', same_kind: true },
    ];
    const ids = crimeThresholdHits(caseWith(v, { prior_violations: priors }), '2024-02-01').map(
      (h) => h.threshold.id,
    );
    expect(ids).toContain('CRIME-2023-1-8');
    const old = crimeThresholdHits(caseWith(v, { prior_violations: priors }), '2025-02-01').map(
      (h) => h.threshold.id,
    );
    expect(old).not.toContain('CRIME-2023-1-8');
  });
});

describe('detention list (环境保护法 §63)', () => {
  it('maps conduct flags to items 1–4', () => {
    expect(
      detentionItems(caseWith({ conduct: ['abnormal-operation'] }), '2020-01-01').map((i) => i.item),
    ).toEqual([3]);
    expect(
      detentionItems(
        caseWith({ conduct: ['refused-stop-after-order', 'banned-pesticide'] }),
        '2020-01-01',
      ).map((i) => i.item),
    ).toEqual([1, 4]);
    expect(detentionItems(caseWith({ conduct: ['hidden-pipe'] }), '2014-12-31')).toEqual([]);
  });
});
