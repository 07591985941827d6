/**
 * Independent audit of the penalty-clause catalogue against the statute texts in shared/law/texts.
 * Each expectation encodes the wording of the article it cites (paraphrased or briefly quoted), read through the
 * public API: loadKnowledge().catalogue.find(...) and .bounds(...).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/law/index.js';
import type { ClauseQuery, FineSpec, PenaltyClause, PenaltyTier } from '../../../src/law/types.js';

const { catalogue } = loadKnowledge();
type Bases = Parameters<typeof catalogue.bounds>[1];

/** a date on which every current text below is in force */
const NOW = '2023-09-01';

function clause(ref: ClauseQuery, date = NOW): PenaltyClause {
  const c = catalogue.find(ref, date);
  if (!c) throw new Error(`no clause for ${JSON.stringify(ref)} on ${date}`);
  return c;
}

function tier(
  c: PenaltyClause,
  stage: PenaltyTier['stage'],
  target?: PenaltyTier['target'],
  nth = 0,
): PenaltyTier {
  // a tier for 'unit' is one that reaches an organisation: a unit tier, else an any-violator tier
  const exact = c.tiers.filter((x) => x.stage === stage && (target === undefined || x.target === target));
  const reaching =
    exact.length > 0 || target !== 'unit'
      ? exact
      : c.tiers.filter((x) => x.stage === stage && x.target === 'any');
  const t = reaching[nth];
  if (!t) throw new Error(`${c.key}: no ${stage}/${target ?? '*'} tier #${nth}`);
  return t;
}

function fine(t: PenaltyTier): FineSpec {
  if (!t.fine) throw new Error('tier has no fine');
  return t.fine;
}

const range = (t: PenaltyTier, bases: Bases = {}) => catalogue.bounds(fine(t), bases);

describe('环境保护法 (2015)', () => {
  it('§59: per-day at the original amount, discretionary', () => {
    // §59¶1 "可以自责令改正之日的次日起，按照原处罚数额按日连续处罚"
    const c = clause({ law: 'env-protection-law', article: 59 });
    expect(c).toMatchObject({ key: 'EPL-59', confirmed: true });
    const t = tier(c, 'after_refusal', 'unit');
    expect(t.fineMandatory).toBe(false);
    expect(range(t, { original_fine: 100000, days: 12 })).toEqual({ min: 1200000, max: 1200000 });
    expect(range(t, { days: 12 }).missingBase).toBe('original_fine');
  });

  it('§61: a fine with no amount of its own, detention transfer under §63(1)', () => {
    // §61 "责令停止建设，处以罚款，并可以责令恢复原状"; §63(1) 未依法环评，被责令停止建设，拒不执行
    const c = clause({ law: '环境保护法', article: 61 });
    const t = tier(c, 'initial', 'unit');
    expect(t.fine?.kind).toBe('unspecified');
    expect(t.fineMandatory).toBe(true);
    expect(t.otherSanctions).toEqual(expect.arrayContaining(['stop-construction', 'restore']));
    expect(c.detention).toMatchObject({ law: 'env-protection-law', article: 63, items: [1] });
  });

  it('is in force from 2015-01-01 (§70)', () => {
    expect(catalogue.find({ law: 'env-protection-law', article: 59 }, '2014-12-31')).toBeUndefined();
    expect(clause({ law: 'env-protection-law', article: 59 }, '2015-01-01').key).toBe('EPL-59');
  });
});

describe('大气污染防治法 (2018)', () => {
  it('§99(1): 十万元以上一百万元以下, per-day §123(1), detention §63(2)', () => {
    // §99 "责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款"
    const c = clause({ law: 'air-law', article: 99, item: 1 });
    expect(c).toMatchObject({ key: 'APL-99-1', confirmed: true, requiresOrderToCorrect: true });
    const t = tier(c, 'initial', 'unit');
    expect(t.fineMandatory).toBe(true);
    expect(range(t)).toEqual({ min: 100000, max: 1000000 });
    expect(c.conduct).toEqual([{ law: 'air-law', article: 19 }]);
    // §123(1) 未依法取得排污许可证排放大气污染物的 → 按日连续处罚
    expect(c.perDay).toMatchObject({ law: 'air-law', article: 123, items: [1] });
    // 环境保护法 §63(2) 未取得排污许可证排放污染物，被责令停止排污，拒不执行
    expect(c.detention).toMatchObject({ law: 'env-protection-law', article: 63, items: [2] });
  });

  it('§108(2): 二万元以上二十万元以下; refusal → 停产整治', () => {
    // §108 "处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治"; item 2 工业涂装企业未使用低挥发性有机物含量涂料
    const c = clause({ law: '大气污染防治法', article: 108, item: 2 });
    expect(c).toMatchObject({ key: 'APL-108-2', confirmed: true });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 20000, max: 200000 });
    expect(tier(c, 'after_refusal', 'unit').otherSanctions).toEqual(['suspend-rectify']);
    expect(c.conduct).toEqual([{ law: 'air-law', article: 46 }]);
  });

  it('§112¶3: owner 五千元; repair unit 每辆机动车五千元', () => {
    // §112¶3 "对机动车所有人处五千元的罚款；对机动车维修单位处每辆机动车五千元的罚款"
    const c = clause({ law: 'air-law', article: 112, paragraph: 3 });
    expect(c.key).toBe('APL-112-3');
    expect(fine(tier(c, 'initial', 'any'))).toEqual({ kind: 'fixed_amount', amount: 5000 });
    const repair = tier(c, 'initial', 'unit');
    expect(repair.fine?.kind).toBe('per_unit');
    expect(range(repair, { units: 3 })).toEqual({ min: 15000, max: 15000 });
    expect(range(repair).missingBase).toBe('units');
  });

  it('§118¶3: open-air barbecue 五百元以上二万元以下 with confiscation', () => {
    // §118¶3 "没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款"
    const t = tier(clause({ law: 'air-law', article: 118, paragraph: 3 }), 'initial', 'any');
    expect(range(t)).toEqual({ min: 500, max: 20000 });
    expect(t.otherSanctions).toEqual(expect.arrayContaining(['confiscate-property', 'confiscate-gains']));
  });

  it('§122: accident fines are multiples of the direct loss; persons 可以 up to 50% of income', () => {
    // §122¶2 一般或者较大事故 "直接损失的一倍以上三倍以下"; 重大或者特大 "三倍以上五倍以下"
    const c = clause({ law: 'air-law', article: 122 });
    expect(range(tier(c, 'initial', 'unit'), { direct_loss: 400000 })).toEqual({ min: 400000, max: 1200000 });
    expect(range(tier(c, 'serious_consequence', 'unit'), { direct_loss: 400000 })).toEqual({
      min: 1200000,
      max: 2000000,
    });
    // §122¶1 "可以处上一年度从本企业事业单位取得收入百分之五十以下的罚款"
    const person = tier(c, 'initial', 'responsible_person');
    expect(person.fineMandatory).toBe(false);
    expect(range(person, { prior_year_income: 200000 })).toEqual({ min: 0, max: 100000 });
  });

  it('§123: per-day is 可以 and lists four kinds of conduct', () => {
    // §123 "可以自责令改正之日的次日起，按照原处罚数额按日连续处罚" (items 1–4)
    const c = clause({ law: 'air-law', article: 123, item: 4 });
    expect(c.provision.items).toEqual([1, 2, 3, 4]);
    expect(tier(c, 'after_refusal', 'unit')).toMatchObject({
      fineMandatory: false,
      fine: { kind: 'per_day' },
    });
  });

  it('the 2018 text applies from 2018-10-26; the day before only the unverified 2016 copy exists', () => {
    expect(clause({ law: 'air-law', article: 99, item: 2 }, '2018-10-26').confirmed).toBe(true);
    const before = clause({ law: 'air-law', article: 99, item: 2 }, '2018-10-25');
    expect(before.confirmed).toBe(false);
    expect(clause({ law: 'air-law', article: 99, item: 2 }, '2016-01-01').key).toBe('APL-99-2');
    // §129 本法自2016年1月1日起施行
    expect(catalogue.find({ law: 'air-law', article: 99, item: 2 }, '2015-12-31')).toBeUndefined();
  });
});

describe('水污染防治法 (2017 amendment)', () => {
  it('§83(3): evasion 十万元以上一百万元以下, detention §63(3), per-day §95', () => {
    // §83 "并处十万元以上一百万元以下的罚款"; item 3 私设暗管…逃避监管
    const c = clause({ law: '水污染防治法', article: 83, item: 3 });
    expect(c).toMatchObject({ key: 'WPL-83-3', confirmed: true });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 100000, max: 1000000 });
    expect(c.detention).toMatchObject({ law: 'env-protection-law', article: 63, items: [3] });
    expect(c.perDay).toMatchObject({ law: 'water-law', article: 95 });
  });

  it('§84¶2: outlets 二万元以上十万元以下; not removed → 十万元以上五十万元以下', () => {
    // §84¶2 "处二万元以上十万元以下的罚款；逾期不拆除的，强制拆除…处十万元以上五十万元以下的罚款；情节严重的，可以责令停产整治"
    const c = clause({ law: 'water-law', article: 84, paragraph: 2 });
    expect(range(tier(c, 'initial', 'any'))).toEqual({ min: 20000, max: 100000 });
    expect(range(tier(c, 'after_deadline', 'any'))).toEqual({ min: 100000, max: 500000 });
    expect(tier(c, 'serious', 'any').fineMandatory).toBe(false);
  });

  it('§85: items 3, 4, 6, 7, 8 → 二万至二十万; items 1, 2, 5, 9 → 十万至一百万', () => {
    // §85¶2 "有前款第三项、第四项、第六项、第七项、第八项行为之一的，处二万元以上二十万元以下的罚款。
    //        有前款第一项、第二项、第五项、第九项行为之一的，处十万元以上一百万元以下的罚款"
    for (const item of [3, 4, 6, 7, 8])
      expect(
        range(tier(clause({ law: 'water-law', article: 85, item }), 'initial', 'any')),
        `item ${item}`,
      ).toEqual({
        min: 20000,
        max: 200000,
      });
    for (const item of [1, 2, 5, 9])
      expect(
        range(tier(clause({ law: 'water-law', article: 85, item }), 'initial', 'any')),
        `item ${item}`,
      ).toEqual({
        min: 100000,
        max: 1000000,
      });
  });

  it('§94: accidents at a fixed 20% / 30% of the direct loss', () => {
    // §94¶2 "按照水污染事故造成的直接损失的百分之二十计算罚款 … 重大或者特大 … 百分之三十"
    const c = clause({ law: 'water-law', article: 94 });
    expect(range(tier(c, 'initial', 'unit'), { direct_loss: 1000000 })).toEqual({ min: 200000, max: 200000 });
    expect(range(tier(c, 'serious_consequence', 'unit'), { direct_loss: 1000000 })).toEqual({
      min: 300000,
      max: 300000,
    });
    // §94¶1 对直接负责的主管人员…"可以处上一年度从本单位取得的收入百分之五十以下的罚款"
    expect(tier(c, 'initial', 'responsible_person').fineMandatory).toBe(false);
  });
});

describe('固体废物污染环境防治法 (2020)', () => {
  it('§102(7): 所需处置费用一倍以上三倍以下, floor 十万元', () => {
    // §102¶2 "处所需处置费用一倍以上三倍以下的罚款，所需处置费用不足十万元的，按十万元计算"
    const c = clause({ law: '固废法', article: 102, paragraph: 1, item: 7 });
    expect(c).toMatchObject({ key: 'SWL20-102-C', confirmed: true });
    const t = tier(c, 'initial', 'unit');
    expect(range(t, { disposal_cost: 20000 })).toEqual({ min: 100000, max: 300000 });
    expect(range(t, { disposal_cost: 250000 })).toEqual({ min: 250000, max: 750000 });
    // §120(1) 擅自倾倒…固体废物，造成严重后果 → 拘留
    expect(c.detention).toMatchObject({ law: 'solid-waste-law', article: 120, items: [1] });
  });

  it('§102(1)(8): 五万元以上二十万元以下; not a discharge, so no per-day under §119', () => {
    // §102¶2 "有前款第一项、第八项行为之一，处五万元以上二十万元以下的罚款"; §119 applies to 排放固体废物
    const c = clause({ law: 'solid-waste-law', article: 102, item: 8 });
    expect(c.key).toBe('SWL20-102-A');
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 50000, max: 200000 });
    expect(c.perDay).toBeUndefined();
    expect(c.conduct).toContainEqual({ law: 'solid-waste-law', article: 36, paragraph: 1 });
  });

  it('§112(4): 所需处置费用三倍以上五倍以下, floor 二十万元', () => {
    // §112¶2 "处所需处置费用三倍以上五倍以下的罚款，所需处置费用不足二十万元的，按二十万元计算"
    const c = clause({ law: 'solid-waste-law', article: 112, paragraph: 2, item: 4 });
    expect(c.key).toBe('SWL20-112-B');
    expect(range(tier(c, 'initial', 'unit'), { disposal_cost: 50000 })).toEqual({
      min: 600000,
      max: 1000000,
    });
    // §120(3) 将危险废物提供或者委托给无许可证的单位…
    expect(c.detention?.items).toEqual(expect.arrayContaining([3]));
    // §112(1) (识别标志) is the ten-to-a-hundred-thousand group
    expect(range(tier(clause({ law: 'solid-waste-law', article: 112, item: 1 }), 'initial', 'unit'))).toEqual(
      {
        min: 100000,
        max: 1000000,
      },
    );
  });

  it('§114¶1: unlicensed hazardous-waste business 一百万元以上五百万元以下; persons 十万至一百万', () => {
    // §114¶1 "处一百万元以上五百万元以下的罚款 … 对法定代表人…处十万元以上一百万元以下的罚款"
    const c = clause({ law: 'solid-waste-law', article: 114, paragraph: 1 });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 1000000, max: 5000000 });
    expect(range(tier(c, 'initial', 'responsible_person'))).toEqual({ min: 100000, max: 1000000 });
  });

  it('§118: 直接经济损失的一倍以上三倍以下 / 三倍以上五倍以下, and persons 并 up to 50% in major accidents', () => {
    // §118¶2 … "并对法定代表人…处上一年度从本单位取得的收入百分之五十以下的罚款"
    const c = clause({ law: 'solid-waste-law', article: 118 });
    expect(range(tier(c, 'initial', 'unit'), { direct_loss: 100000 })).toEqual({ min: 100000, max: 300000 });
    expect(range(tier(c, 'serious_consequence', 'unit'), { direct_loss: 100000 })).toEqual({
      min: 300000,
      max: 500000,
    });
    const persons = tier(c, 'serious_consequence', 'responsible_person');
    expect(persons.fineMandatory).toBe(true);
    expect(range(persons, { prior_year_income: 300000 })).toEqual({ min: 0, max: 150000 });
  });

  it('the 2020 text starts on 2020-09-01 (§126)', () => {
    expect(clause({ law: 'solid-waste-law', article: 104 }, '2020-09-01').key).toBe('SWL20-104');
    expect(catalogue.find({ law: 'solid-waste-law', article: 104 }, '2020-08-31')).toBeUndefined();
  });
});

describe('环境影响评价法 (2018)', () => {
  it('§31¶1: 总投资额百分之一以上百分之五以下', () => {
    // §31¶1 "处建设项目总投资额百分之一以上百分之五以下的罚款，并可以责令恢复原状"
    const c = clause({ law: '环评法', article: 31, paragraph: 1 });
    expect(c).toMatchObject({ key: 'EIA-31-1', confirmed: true });
    expect(range(tier(c, 'initial', 'unit'), { total_investment: 20000000 })).toEqual({
      min: 200000,
      max: 1000000,
    });
    expect(c.detention).toMatchObject({ law: 'env-protection-law', article: 63, items: [1] });
  });

  it('§31¶3: 登记表未备案 五万元以下', () => {
    // §31¶3 "责令备案，处五万元以下的罚款"
    expect(range(tier(clause({ law: 'eia-law', article: 31, paragraph: 3 }), 'initial', 'unit'))).toEqual({
      min: 0,
      max: 50000,
    });
  });

  it('§32: builder 五十万至二百万, persons 五万至二十万; drafting unit 所收费用三倍以上五倍以下', () => {
    const builder = clause({ law: 'eia-law', article: 32, paragraph: 1 });
    expect(range(tier(builder, 'initial', 'unit'))).toEqual({ min: 500000, max: 2000000 });
    expect(range(tier(builder, 'initial', 'responsible_person'))).toEqual({ min: 50000, max: 200000 });
    // §32¶2 "对技术单位处所收费用三倍以上五倍以下的罚款"
    const drafter = clause({ law: 'eia-law', article: 32, paragraph: 2 });
    expect(range(tier(drafter, 'initial', 'unit'), { fees_collected: 80000 })).toEqual({
      min: 240000,
      max: 400000,
    });
  });
});

describe('建设项目环境保护管理条例 (2017)', () => {
  it('§23¶1: 二十万至一百万; 逾期 一百万至二百万; persons 五万至二十万', () => {
    // §23¶1 "处20万元以上100万元以下的罚款；逾期不改正的，处100万元以上200万元以下的罚款；对直接负责的主管人员…处5万元以上20万元以下的罚款"
    const c = clause({ law: 'construction-project-regs', article: 23, paragraph: 1 });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 200000, max: 1000000 });
    expect(range(tier(c, 'after_deadline', 'unit'))).toEqual({ min: 1000000, max: 2000000 });
    expect(range(tier(c, 'initial', 'responsible_person'))).toEqual({ min: 50000, max: 200000 });
  });

  it('§22¶2 pairs with §16¶2 (对策措施), not §15', () => {
    // §16¶2 建设单位…同时组织实施环境影响报告书、环境影响报告表及其审批部门审批决定中提出的环境保护对策措施
    const c = clause({ law: 'construction-project-regs', article: 22, paragraph: 2 });
    expect(c.conduct).toEqual([{ law: 'construction-project-regs', article: 16, paragraph: 2 }]);
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 200000, max: 1000000 });
  });
});

describe('排污许可管理条例 (2021)', () => {
  it('§33(1): 20万元以上100万元以下, per-day §38, detention §44(1)', () => {
    // §33 "责令改正或者限制生产、停产整治，处20万元以上100万元以下的罚款"
    const c = clause({ law: '排污许可管理条例', article: 33, item: 1 });
    expect(c).toMatchObject({ key: 'PPR-33', confirmed: true });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 200000, max: 1000000 });
    expect(c.perDay).toMatchObject({ law: 'discharge-permit-regs', article: 38 });
    expect(c.detention).toMatchObject({ law: 'discharge-permit-regs', article: 44, items: [1] });
  });

  it('§37: 每次5千元以上2万元以下', () => {
    // §37 "处每次5千元以上2万元以下的罚款"
    const t = tier(clause({ law: 'discharge-permit-regs', article: 37, item: 3 }), 'initial', 'unit');
    expect(t.fine?.kind).toBe('per_occurrence');
    expect(range(t, { occurrences: 3 })).toEqual({ min: 15000, max: 60000 });
  });

  it('§43: 可以处5万元以下', () => {
    // §43 "责令改正，可以处5万元以下的罚款"
    const t = tier(clause({ law: 'discharge-permit-regs', article: 43 }), 'initial');
    expect(t.fineMandatory).toBe(false);
    expect(range(t)).toEqual({ min: 0, max: 50000 });
  });

  it('does not exist before 2021-03-01 (§51)', () => {
    expect(
      catalogue.find({ law: 'discharge-permit-regs', article: 33, item: 1 }, '2021-02-28'),
    ).toBeUndefined();
    expect(clause({ law: 'discharge-permit-regs', article: 33, item: 1 }, '2021-03-01').key).toBe('PPR-33');
  });
});

describe('噪声污染防治法 (2022) and 环境噪声污染防治法 (2018)', () => {
  it('§74: ¶1 closure comes with the fine, ¶2 only on refusal', () => {
    // §74¶1 "处十万元以上五十万元以下的罚款，并报经有批准权的人民政府批准，责令关闭"
    const p1 = clause({ law: 'noise-law', article: 74, paragraph: 1 });
    expect(range(tier(p1, 'initial', 'unit'))).toEqual({ min: 100000, max: 500000 });
    expect(tier(p1, 'initial', 'unit').otherSanctions).toContain('close');
    // §74¶2 "处十万元以上五十万元以下的罚款；拒不改正的，报经有批准权的人民政府批准，责令关闭"
    const p2 = clause({ law: 'noise-law', article: 74, paragraph: 2 });
    expect(tier(p2, 'initial', 'unit').otherSanctions).not.toContain('close');
    expect(tier(p2, 'after_refusal', 'unit').otherSanctions).toEqual(['close']);
  });

  it('§81: 五千元以上五万元以下; 拒不改正 五万元以上二十万元以下', () => {
    const c = clause({ law: '噪声污染防治法', article: 81, item: 2 });
    expect(range(tier(c, 'initial', 'any'))).toEqual({ min: 5000, max: 50000 });
    expect(range(tier(c, 'after_refusal', 'any'))).toEqual({ min: 50000, max: 200000 });
  });

  it('环境噪声污染防治法 §56 "可以并处罚款" until 2022-06-04; repealed by 噪声污染防治法 §90', () => {
    const old = clause({ law: 'noise-law', article: 56 }, '2022-06-04');
    expect(old).toMatchObject({ key: 'ENPL-56', confirmed: true });
    expect(tier(old, 'initial', 'unit')).toMatchObject({
      fineMandatory: false,
      fine: { kind: 'unspecified' },
    });
    expect(catalogue.find({ law: 'noise-law', article: 56 }, '2022-06-05')).toBeUndefined();
    expect(clause({ law: 'noise-law', article: 75 }, '2022-06-05').key).toBe('NPL-75');
    expect(catalogue.find({ law: 'noise-law', article: 75 }, '2022-06-04')).toBeUndefined();
  });
});

describe('土壤污染防治法 (2019)', () => {
  it('§87: 十万元以上五十万元以下; 情节严重 五十万元以上二百万元以下', () => {
    const c = clause({ law: '土壤污染防治法', article: 87 });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 100000, max: 500000 });
    expect(range(tier(c, 'serious', 'unit'))).toEqual({ min: 500000, max: 2000000 });
  });

  it('§94: 拒不改正 二十万至一百万 with 代为履行; persons 五千元以上二万元以下', () => {
    const c = clause({ law: 'soil-law', article: 94, item: 4 });
    expect(range(tier(c, 'after_refusal', 'unit'))).toEqual({ min: 200000, max: 1000000 });
    expect(tier(c, 'after_refusal', 'unit').otherSanctions).toContain('proxy-performance');
    expect(range(tier(c, 'initial', 'responsible_person'))).toEqual({ min: 5000, max: 20000 });
  });
});

describe('放射性同位素与射线装置安全和防护条例 and 放射性污染防治法', () => {
  it('条例 §52: gains ≥ 10万 → 1–5 倍; none or below → 1万至10万', () => {
    // §52 "违法所得10万元以上的，并处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足10万元的，并处1万元以上10万元以下的罚款"
    const t = tier(clause({ law: 'radiation-regs', article: 52, item: 1 }), 'initial', 'unit');
    expect(range(t, { illegal_gains: 100000 })).toEqual({ min: 100000, max: 500000 });
    expect(range(t, { illegal_gains: 99999 })).toEqual({ min: 10000, max: 100000 });
  });

  it('条例 §60: 逾期不改正 停产停业并处2万元以上20万元以下', () => {
    const t = tier(clause({ law: 'radiation-regs', article: 60, item: 2 }), 'after_deadline', 'unit');
    expect(range(t)).toEqual({ min: 20000, max: 200000 });
    expect(t.otherSanctions).toContain('suspend-business');
  });

  it('放射性污染防治法 §51 五万至二十万; §55 逾期 二万至十万', () => {
    expect(range(tier(clause({ law: '放射性污染防治法', article: 51 }), 'initial', 'unit'))).toEqual({
      min: 50000,
      max: 200000,
    });
    expect(
      range(tier(clause({ law: 'radioactive-law', article: 55, item: 3 }), 'after_deadline', 'unit')),
    ).toEqual({
      min: 20000,
      max: 100000,
    });
    // §63 本法自2003年10月1日起施行
    expect(catalogue.find({ law: 'radioactive-law', article: 51 }, '2003-09-30')).toBeUndefined();
  });
});

describe('上海市大气污染防治条例 (2018)', () => {
  it('§88¶2: 处每台一千元罚款', () => {
    const t = tier(clause({ law: 'sh-air-regs', article: 88, paragraph: 2 }), 'initial', 'any');
    expect(fine(t)).toEqual({ kind: 'per_unit', amount: 1000, unit: 'machine' });
    expect(range(t, { units: 4 })).toEqual({ min: 4000, max: 4000 });
  });

  it('§97: straw 可以 500–2,000; toxic burning units 1万–10万, individuals 500–2,000', () => {
    const c = clause({ law: '上海市大气污染防治条例', article: 97 });
    expect(tier(c, 'initial', 'any')).toMatchObject({ fineMandatory: false });
    expect(range(tier(c, 'initial', 'any'))).toEqual({ min: 500, max: 2000 });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 10000, max: 100000 });
    expect(range(tier(c, 'initial', 'individual'))).toEqual({ min: 500, max: 2000 });
  });

  it('§99¶2 restaurants: 五千至五万, and no per-day (§102 excludes §62)', () => {
    const c = clause({ law: 'sh-air-regs', article: 99, paragraph: 2 });
    expect(range(tier(c, 'initial', 'any'))).toEqual({ min: 5000, max: 50000 });
    expect(c.perDay).toBeUndefined();
    // §99¶1 falls under §102
    expect(clause({ law: 'sh-air-regs', article: 99, paragraph: 1 }).perDay).toMatchObject({ article: 102 });
  });
});

describe('上海市环境保护条例', () => {
  it('§69¶2: 十万元以上五十万元以下', () => {
    const c = clause({ law: '上海市环境保护条例', article: 69, paragraph: 2 });
    expect(c).toMatchObject({ key: 'SH-EPR-69-2', confirmed: true });
    expect(range(tier(c, 'initial', 'unit'))).toEqual({ min: 100000, max: 500000 });
  });

  it('§71: 可以处一万元以上三万元以下', () => {
    const t = tier(clause({ law: 'sh-env-regs', article: 71 }), 'initial', 'unit');
    expect(t.fineMandatory).toBe(false);
    expect(range(t)).toEqual({ min: 10000, max: 30000 });
  });

  it('§87: persons 还可以 一万元以上十万元以下', () => {
    const t = tier(clause({ law: 'sh-env-regs', article: 87, item: 5 }), 'initial', 'responsible_person');
    expect(t.fineMandatory).toBe(false);
    expect(range(t)).toEqual({ min: 10000, max: 100000 });
  });
});

describe('rows without a statute text stay unconfirmed', () => {
  it('医疗废物管理条例 and 固废法 (2016) are not confirmed', () => {
    expect(clause({ law: 'medical-waste-regs', article: 53 }).confirmed).toBe(false);
    expect(clause({ law: 'solid-waste-law', article: 75, item: 4 }, '2019-01-01').confirmed).toBe(false);
  });
});
