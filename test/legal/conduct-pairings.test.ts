/**
 * Conduct pairings of the catalogue (issue 10 §1): each penalty item pairs with the provision its conduct breaches.
 * The statute text is quoted from shared/law/texts (大气污染防治法 2018-10-26, 噪声污染防治法 2021-12-24).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData, LawRefData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { runRule } from '../helpers.js';
import { rule as pairing } from '../../rules/penalty/basis-matches-violation.js';

const { catalogue } = loadKnowledge();

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

/** printing-vocs (act 2020) re-cited: the violated provisions and the penalty clause */
function cited(violated: LawRefData[], basis: LawRefData[], act = '2020-08-18'): CaseData {
  const data = clean('printing-vocs');
  data.violation.violated = violated;
  data.violation.basis = basis;
  data.violation.started_on = act;
  data.violation.ended_on = act;
  return data;
}

const conductOf = (law: string, article: number, item: number, date = '2020-08-18') =>
  catalogue.find({ law, article, item }, date)?.conduct;

describe('大气污染防治法 §117: each item with the duty it breaches', () => {
  it('(一)(二) 未密闭…未设置严密围挡…未采取有效覆盖 → §72 ¶1 “贮存…应当密闭；不能密闭的，应当设置…严密围挡，并采取有效覆盖措施”', () => {
    expect(conductOf('air-law', 117, 1)).toEqual([{ law: 'air-law', article: 72, paragraph: 1 }]);
    expect(conductOf('air-law', 117, 2)).toEqual([{ law: 'air-law', article: 72, paragraph: 1 }]);
  });

  it('(三) “装卸物料未采取密闭或者喷淋等方式控制扬尘排放” → §70 ¶2 “装卸物料应当采取密闭或者喷淋等方式防治扬尘污染”', () => {
    expect(conductOf('air-law', 117, 3)).toEqual([{ law: 'air-law', article: 70, paragraph: 2 }]);
    const lawful = cited(
      [{ law: '大气污染防治法', article: 70, paragraph: 2 }],
      [{ law: '大气污染防治法', article: 117, item: 3 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
  });

  it('(四) “存放煤炭、煤矸石、煤渣、煤灰等物料，未采取防燃措施” → §35 ¶2 “单位存放煤炭…应当采取防燃措施”', () => {
    expect(conductOf('air-law', 117, 4)).toEqual([{ law: 'air-law', article: 35, paragraph: 2 }]);
    const lawful = cited(
      [{ law: '大气污染防治法', article: 35, paragraph: 2 }],
      [{ law: '大气污染防治法', article: 117, item: 4 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
  });

  it('(五) 码头、矿山、填埋场和消纳场 → §72 ¶2 “码头、矿山、填埋场和消纳场应当…采取有效措施防治扬尘污染”', () => {
    expect(conductOf('air-law', 117, 5)).toEqual([{ law: 'air-law', article: 72, paragraph: 2 }]);
  });

  it('a mismatch is still caught: §117(3) (loading) with §35 ¶2 (coal fire prevention)', () => {
    const wrong = cited(
      [{ law: '大气污染防治法', article: 35, paragraph: 2 }],
      [{ law: '大气污染防治法', article: 117, item: 3 }],
    );
    expect(runRule(pairing, wrong)).toHaveLength(1);
  });

  it('§117 cited without its item pairs with the conduct of any of its items', () => {
    const lawful = cited(
      [{ law: '大气污染防治法', article: 70, paragraph: 2 }],
      [{ law: '大气污染防治法', article: 117 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
  });

  it('per-day §123(4) “贮存易产生扬尘的物料未采取有效措施防治扬尘污染” lists (一)(二) only, not loading or fire prevention', () => {
    expect(catalogue.find({ law: 'air-law', article: 117, item: 1 }, '2020-08-18')?.perDay).toMatchObject({
      article: 123,
      items: [4],
    });
    expect(catalogue.find({ law: 'air-law', article: 117, item: 3 }, '2020-08-18')?.perDay).toBeUndefined();
    expect(catalogue.find({ law: 'air-law', article: 117, item: 4 }, '2020-08-18')?.perDay).toBeUndefined();
  });
});

describe('噪声污染防治法: over-standard limbs breach §22 ¶1 “排放噪声…应当符合噪声排放标准”', () => {
  const noise = (violated: LawRefData[], basis: LawRefData[]): CaseData =>
    cited(violated, basis, '2023-03-01');

  it('§75 “超过噪声排放标准排放工业噪声” pairs with §22 ¶1 (and §36 for 无排污许可证)', () => {
    expect(catalogue.find({ law: 'noise-law', article: 75 }, '2023-03-01')?.conduct).toEqual([
      { law: 'noise-law', article: 36 },
      { law: 'noise-law', article: 22, paragraph: 1 },
    ]);
    const lawful = noise(
      [{ law: '噪声污染防治法', article: 22, paragraph: 1 }],
      [{ law: '噪声污染防治法', article: 75 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
  });

  it('§77(一) “超过噪声排放标准排放建筑施工噪声” pairs with §22 ¶1; §77(二) night work with §43', () => {
    const lawful = noise(
      [{ law: '噪声污染防治法', article: 22, paragraph: 1 }],
      [{ law: '噪声污染防治法', article: 77, item: 1 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
    expect(catalogue.find({ law: 'noise-law', article: 77, item: 2 }, '2023-03-01')?.conduct).toEqual([
      { law: 'noise-law', article: 43 },
    ]);
    const night = noise(
      [{ law: '噪声污染防治法', article: 43 }],
      [{ law: '噪声污染防治法', article: 77, item: 2 }],
    );
    expect(runRule(pairing, night)).toEqual([]);
  });

  it('§81(一) “超过噪声排放标准排放社会生活噪声” pairs with §22 ¶1', () => {
    const lawful = noise(
      [{ law: '噪声污染防治法', article: 22, paragraph: 1 }],
      [{ law: '噪声污染防治法', article: 81, item: 1 }],
    );
    expect(runRule(pairing, lawful)).toEqual([]);
  });
});
