import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/law/index.js';
import { addDays } from '../../src/model/dates.js';

const { law } = loadKnowledge();

/** law line ids and version labels fixed by docs/architecture.md */
const LINES: Record<string, string[]> = {
  'admin-penalty-law': ['2017', '2021'],
  'env-penalty-measures': ['2010', '2023'],
  'env-hearing-rules': ['2010'],
  'daily-penalty-measures': ['2015'],
  'seizure-measures': ['2015'],
  'production-limit-measures': ['2015'],
  'detention-transfer-measures': ['2015'],
  'env-crime-transfer-measures': ['2017'],
  'crime-transfer-regs': ['2020'],
  'env-crime-interpretation': ['2016', '2023'],
  'sh-benchmark': ['2017', '2020'],
  'sh-hearing-rules': ['2015', '2023'],
  'env-protection-law': ['2015'],
  'air-law': ['2000', '2016', '2018'],
  'water-law': ['2008', '2018'],
  'solid-waste-law': ['2004', '2016', '2020'],
  'eia-law': ['2002', '2016', '2018'],
  'construction-project-regs': ['1998', '2017'],
  'discharge-permit-regs': ['2021'],
  'noise-law': ['1996', '2018', '2022'],
  'soil-law': ['2019'],
  'radioactive-law': ['2003'],
  'radiation-regs': ['2019'],
  'medical-waste-regs': ['2011'],
  'sh-env-regs': ['2021'],
  'sh-air-regs': ['2018'],
  'admin-compulsion-law': ['2012'],
  'reconsideration-law': ['2017', '2023'],
  'litigation-law': ['2017'],
  'civil-procedure-law': ['2017', '2021', '2023'],
  'fine-collection-measures': ['1997'],
  'review-guide': ['2012'],
};

describe('law registry: lines and versions', () => {
  it('has every law line and version label of docs/architecture.md, and no others', () => {
    expect(Object.fromEntries(law.lines().map((l) => [l.id, l.versions.map((v) => v.label)]))).toEqual(LINES);
  });

  it('every version has a source, a confidence and contiguous dates', () => {
    for (const l of law.lines()) {
      l.versions.forEach((v, i) => {
        expect(v.id).toBe(`${l.id}@${v.effectiveFrom}`);
        expect(v.source.length, v.id).toBeGreaterThan(5);
        expect(['confirmed', 'secondary', 'unconfirmed']).toContain(v.confidence);
        const next = l.versions[i + 1];
        if (next) expect(v.effectiveTo).toBe(addDays(next.effectiveFrom, -1));
      });
    }
  });

  it('selects the version on the day before and the day of each entry into force', () => {
    for (const l of law.lines()) {
      l.versions.forEach((v, i) => {
        const before = addDays(v.effectiveFrom, -1);
        expect(law.versionAt(l.id, v.effectiveFrom)?.label, `${l.id} on ${v.effectiveFrom}`).toBe(v.label);
        const previous = l.versions[i - 1];
        if (previous) expect(law.versionAt(l.id, before)?.label, `${l.id} on ${before}`).toBe(previous.label);
        else {
          expect(law.versionAt(l.id, before)).toBeUndefined();
          expect(law.isBeforeLaw(l.id, before)).toBe(true);
          expect(law.isBeforeLaw(l.id, v.effectiveFrom)).toBe(false);
        }
      });
    }
  });

  it.each([
    ['admin-penalty-law', '2021-07-14', '2017'],
    ['admin-penalty-law', '2021-07-15', '2021'],
    ['env-penalty-measures', '2023-06-30', '2010'],
    ['env-penalty-measures', '2023-07-01', '2023'],
    ['air-law', '2018-10-25', '2016'],
    ['air-law', '2018-10-26', '2018'],
    ['water-law', '2017-12-31', '2008'],
    ['water-law', '2018-01-01', '2018'],
    ['solid-waste-law', '2020-08-31', '2016'],
    ['solid-waste-law', '2020-09-01', '2020'],
    ['noise-law', '2022-06-04', '2018'],
    ['noise-law', '2022-06-05', '2022'],
    ['sh-benchmark', '2020-08-31', '2017'],
    ['sh-benchmark', '2020-09-01', '2020'],
    ['env-crime-interpretation', '2023-08-14', '2016'],
    ['env-crime-interpretation', '2023-08-15', '2023'],
    ['reconsideration-law', '2024-01-01', '2023'],
  ])('%s on %s → %s (procedural version follows the step date)', (id, date, label) => {
    expect(law.versionAt(id, date)?.label).toBe(label);
    expect(law.proceduralVersion(id, date)?.label).toBe(label);
  });

  it('knows when a law did not exist yet', () => {
    expect(law.isBeforeLaw('discharge-permit-regs', '2021-02-28')).toBe(true);
    expect(law.versionAt('discharge-permit-regs', '2021-02-28')).toBeUndefined();
    expect(law.isBeforeLaw('discharge-permit-regs', '2021-03-01')).toBe(false);
    expect(law.isBeforeLaw('no-such-law', '2021-03-01')).toBe(false);
  });
});

describe('aliases', () => {
  it.each([
    ['大气污染防治法', 'air-law'],
    ['《中华人民共和国大气污染防治法》', 'air-law'],
    ['中华人民共和国大气污染防治法（2018年修正）', 'air-law'],
    ['大气法', 'air-law'],
    ['固废法', 'solid-waste-law'],
    ['《固体废物污染环境防治法》', 'solid-waste-law'],
    ['环评法', 'eia-law'],
    ['新《行政处罚法》', 'admin-penalty-law'],
    ['行政处罚法', 'admin-penalty-law'],
    ['环境行政处罚办法', 'env-penalty-measures'],
    ['生态环境行政处罚办法', 'env-penalty-measures'],
    ['环境噪声污染防治法', 'noise-law'],
    ['水污染防治法', 'water-law'],
    ['排污许可管理条例', 'discharge-permit-regs'],
    ['上海市大气污染防治条例', 'sh-air-regs'],
    ['air-law', 'air-law'],
    ['Air Pollution Prevention and Control Law', 'air-law'],
  ])('%s → %s', (name, id) => {
    expect(law.resolve(name)).toBe(id);
  });

  it('does not alias 水法 (a different law) or unknown names', () => {
    expect(law.resolve('水法')).toBeUndefined();
    expect(law.resolve('中华人民共和国水法')).toBeUndefined();
    expect(law.resolve('刑法')).toBeUndefined();
  });
});

describe('display and cite', () => {
  it('displays a version in both languages', () => {
    expect(law.display('admin-penalty-law', '2021')).toEqual({
      zh: '行政处罚法(2021)',
      en: 'Administrative Penalty Law (2021)',
    });
    expect(law.display('env-penalty-measures', '2010').zh).toBe('环境行政处罚办法(2010)');
    expect(law.display('env-penalty-measures', '2023').zh).toBe('生态环境行政处罚办法(2023)');
  });

  it('cites article, paragraph and item with Chinese numerals', () => {
    expect(law.cite({ law: 'air-law', version: '2018', article: 108, paragraph: 1, item: 1 })).toEqual({
      zh: '大气污染防治法(2018)第一百零八条第一款第（一）项',
      en: 'Air Pollution Prevention and Control Law (2018) art. 108(1)(1)',
    });
    expect(
      law.cite({ law: 'admin-penalty-law', version: '2021', article: 64, paragraph: 1, item: 2 }).zh,
    ).toBe('行政处罚法(2021)第六十四条第一款第（二）项');
    expect(law.cite({ law: 'env-penalty-measures', version: '2023', article: 57 }).zh).toBe(
      '生态环境行政处罚办法(2023)第五十七条',
    );
  });
});
