import { describe, expect, it } from 'vitest';
import { buildKnowledge, loadKnowledge, thresholdsWith, withinCeiling } from '../../src/law/index.js';

const { thresholds } = loadKnowledge();

describe('hearing thresholds (较大数额罚款)', () => {
  it('2010 measures §78 until 2023-06-30: 5,000 person / 50,000 organisation', () => {
    const org = thresholds.hearing('2023-06-30', 'organization', 'CN');
    expect(org).toMatchObject({ amount: 50000, inclusive: true, confidence: 'confirmed' });
    expect(org.basis).toMatchObject({ law: 'env-penalty-measures', version: '2010', article: 78 });
    expect(thresholds.hearing('2020-06-01', 'person', 'CN').amount).toBe(5000);
  });

  it('2023 measures §89 from 2023-07-01: 5,000 person / 200,000 organisation', () => {
    const org = thresholds.hearing('2023-07-01', 'organization', 'CN');
    expect(org).toMatchObject({ amount: 200000, basis: { version: '2023', article: 89 } });
    expect(thresholds.hearing('2023-07-01', 'person', 'CN').amount).toBe(5000);
  });

  it('an unconfirmed Shanghai value does not replace the national one but is attached for a warning', () => {
    const sh = thresholds.hearing('2023-07-01', 'organization', 'CN-SH') as ReturnType<
      typeof thresholds.hearing
    > & { local?: { amount: number; confidence: string } };
    expect(sh.amount).toBe(200000);
    expect(sh.local).toMatchObject({ amount: 50000, confidence: 'unconfirmed' });
    // where the local value equals the national one nothing is attached
    const sh2020 = thresholds.hearing('2020-06-01', 'organization', 'CN-SH') as {
      amount: number;
      local?: unknown;
    };
    expect(sh2020.amount).toBe(50000);
    expect(sh2020.local).toBeUndefined();
  });

  it('at the boundary: 以上 includes the amount by default; the setting can exclude it', () => {
    const org = thresholds.hearing('2023-07-01', 'organization', 'CN');
    expect(thresholds.reaches(200000, org)).toBe(true);
    expect(thresholds.reaches(199999.99, org)).toBe(false);
    const exclusive = thresholdsWith({ thresholdInclusive: false });
    const orgEx = exclusive.hearing('2023-07-01', 'organization', 'CN');
    expect(orgEx.inclusive).toBe(false);
    expect(exclusive.reaches(200000, orgEx)).toBe(false);
    expect(exclusive.reaches(200000.01, orgEx)).toBe(true);
  });

  it('inclusivity can be set per threshold id', () => {
    const k = buildKnowledge({ inclusiveById: { 'hearing-env-2023': false } });
    expect(k.thresholds.hearing('2023-07-01', 'organization', 'CN').inclusive).toBe(false);
    expect(k.thresholds.hearing('2023-06-30', 'organization', 'CN').inclusive).toBe(true);
  });
});

describe('collective discussion, simple procedure, on-the-spot collection', () => {
  it('collective discussion from 2023-07-01 at 500,000 (2023 §52)', () => {
    expect(thresholds.collectiveDiscussion('2023-06-30')).toBeUndefined();
    const t = thresholds.collectiveDiscussion('2023-07-01');
    expect(t).toMatchObject({ amount: 500000, basis: { law: 'env-penalty-measures', article: 52 } });
    expect(t && thresholds.reaches(500000, t)).toBe(true);
  });

  it('simple procedure: 50/1,000 until 2021-07-14, 200/3,000 from 2021-07-15', () => {
    expect(thresholds.simpleProcedure('2021-07-14', 'person').amount).toBe(50);
    expect(thresholds.simpleProcedure('2021-07-14', 'organization').amount).toBe(1000);
    const person = thresholds.simpleProcedure('2021-07-15', 'person');
    expect(person).toMatchObject({ amount: 200, basis: { version: '2021', article: 51 } });
    expect(thresholds.simpleProcedure('2021-07-15', 'organization').amount).toBe(3000);
    expect(withinCeiling(200, person)).toBe(true);
    expect(withinCeiling(201, person)).toBe(false);
    expect(withinCeiling(200, { ...person, inclusive: false })).toBe(false);
  });

  it('on-the-spot collection: 20 then 100', () => {
    expect(thresholds.onTheSpotCollection('2021-07-14').amount).toBe(20);
    expect(thresholds.onTheSpotCollection('2021-07-15')).toMatchObject({
      amount: 100,
      basis: { article: 68 },
    });
  });

  it('a date before any recorded instrument is answered with a marked, unconfirmed value', () => {
    const t = thresholds.hearing('2009-01-01', 'organization', 'CN');
    expect(t.confidence).toBe('unconfirmed');
    expect(t.note?.en).toContain('outside the recorded periods');
  });
});
