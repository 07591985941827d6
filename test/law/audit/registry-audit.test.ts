/**
 * Audit of laws.yaml, thresholds.yaml, counting-rules.yaml and clause-overlaps.yaml against the statute texts
 * in shared/law/texts (commencement articles, counting articles) and the digests.
 */
import { describe, expect, it } from 'vitest';
import { countingRule, loadKnowledge } from '../../../src/law/index.js';

const { law, thresholds, catalogue } = loadKnowledge();

describe('law versions start on the day the commencement article says', () => {
  // [law id, first day of a version, label, source article]
  const starts: [string, string, string][] = [
    ['admin-penalty-law', '2021-07-15', '2021'], // 行政处罚法(2021) §86 本法自2021年7月15日起施行
    ['env-protection-law', '2015-01-01', '2015'], // 环境保护法 §70 本法自2015年1月1日起施行
    ['solid-waste-law', '2020-09-01', '2020'], // 固废法(2020) §126 本法自2020年9月1日起施行
    ['discharge-permit-regs', '2021-03-01', '2021'], // 排污许可管理条例 §51 本条例自2021年3月1日起施行
    ['noise-law', '2022-06-05', '2022'], // 噪声污染防治法 §90 本法自2022年6月5日起施行，环境噪声污染防治法同时废止
    ['reconsideration-law', '2024-01-01', '2023'], // 行政复议法(2023) §90 本法自2024年1月1日起施行
    ['soil-law', '2019-01-01', '2019'], // 土壤污染防治法 §99 本法自2019年1月1日起施行
    ['radioactive-law', '2003-10-01', '2003'], // 放射性污染防治法 §63 本法自2003年10月1日起施行
    ['admin-compulsion-law', '2012-01-01', '2012'], // 行政强制法 §71 本法自2012年1月1日起施行
    ['env-crime-interpretation', '2023-08-15', '2023'], // 解释(2023) §20 本解释自2023年8月15日起施行
    ['fine-collection-measures', '1998-01-01', '1997'], // 罚缴分离办法 §17 本办法自1998年1月1日起施行
  ];
  it.each(starts)('%s from %s is version %s, and not the day before', (id, from, label) => {
    expect(law.versionAt(id, from)?.label).toBe(label);
    const dayBefore = new Date(`${from}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(law.versionAt(id, dayBefore.toISOString().slice(0, 10))?.label).not.toBe(label);
  });

  it('环境噪声污染防治法 ends on 2022-06-04 (repealed by 噪声污染防治法 §90)', () => {
    expect(law.versionAt('noise-law', '2022-06-04')?.label).toBe('2018');
  });
});

describe('aliases never point at another law', () => {
  it('水法 is a different law from 水污染防治法', () => {
    // 中华人民共和国水法 is the water-resources law, not the water-pollution law
    expect(law.resolve('水法')).toBeUndefined();
    expect(law.resolve('中华人民共和国水法')).toBeUndefined();
    expect(law.resolve('《中华人民共和国水污染防治法》')).toBe('water-law');
  });

  it('the two 第30号 orders are told apart', () => {
    expect(law.resolve('生态环境部令第30号')).toBe('env-penalty-measures');
    expect(law.resolve('环境保护部令第30号')).toBe('production-limit-measures');
  });

  it('a generic name such as 处罚办法 is not an alias (it could be any measures)', () => {
    expect(law.resolve('处罚办法')).toBeUndefined();
  });

  it('every alias resolves to its own line', () => {
    for (const line of law.lines())
      for (const alias of line.aliases) expect(law.resolve(alias), `${alias}`).toBe(line.id);
  });
});

describe('thresholds', () => {
  it('simple procedure: 2021 §51 二百元以下 / 三千元以下 (confirmed from the text)', () => {
    const t = thresholds.simpleProcedure('2021-07-15', 'organization');
    expect(t).toMatchObject({ amount: 3000, confidence: 'confirmed' });
    expect(thresholds.simpleProcedure('2021-07-15', 'person').amount).toBe(200);
    // 2017 §33: 五十元 / 一千元 — no full text, so secondary
    expect(thresholds.simpleProcedure('2021-07-14', 'organization')).toMatchObject({
      amount: 1000,
      confidence: 'secondary',
    });
  });

  it('on-the-spot collection: 2021 §68(1) 一百元以下, before that 二十元 (secondary)', () => {
    expect(thresholds.onTheSpotCollection('2021-07-15')).toMatchObject({
      amount: 100,
      confidence: 'confirmed',
    });
    expect(thresholds.onTheSpotCollection('2021-07-14')).toMatchObject({
      amount: 20,
      confidence: 'secondary',
    });
  });

  it('hearing: 2010 measures §78 五万元 for organisations, 2023 measures §89 二十万元', () => {
    expect(thresholds.hearing('2023-06-30', 'organization', 'CN').amount).toBe(50000);
    expect(thresholds.hearing('2023-07-01', 'organization', 'CN').amount).toBe(200000);
    expect(thresholds.hearing('2023-07-01', 'person', 'CN').amount).toBe(5000);
  });

  it('collective discussion only from the 2023 measures (§52(2) 五十万元以上)', () => {
    expect(thresholds.collectiveDiscussion('2023-06-30')).toBeUndefined();
    expect(thresholds.collectiveDiscussion('2023-07-01')?.amount).toBe(500000);
  });
});

describe('counting rules', () => {
  it('行政处罚法(2021) §85: 二日 三日 五日 七日 are working days, fifteen days are not', () => {
    const r = countingRule('apl-2021-85');
    for (const n of [2, 3, 5, 7]) expect(r.unitFor(n), `${n}`).toBe('workday');
    expect(r.unitFor(15)).toBe('day');
  });

  it('行政强制法 §69: 十日以内 are working days (ten included)', () => {
    const r = countingRule('compulsion-69');
    expect(r.unitFor(10)).toBe('workday');
    expect(r.unitFor(30)).toBe('day');
  });

  it('行政复议法 2017 §40 names 五日 七日 only; 2023 §88 adds 三日 and 十日', () => {
    const old = countingRule('reconsideration-2017-40');
    expect(old.unitFor(5)).toBe('workday');
    expect(old.unitFor(3)).toBe('day');
    expect(old.unitFor(10)).toBe('day');
    const now = countingRule('reconsideration-2023-88');
    for (const n of [3, 5, 7, 10]) expect(now.unitFor(n), `${n}`).toBe('workday');
    expect(now.unitFor(60)).toBe('day');
  });

  it('民事诉讼法 期间 (2021 §85) cites the text', () => {
    expect(countingRule('civil-procedure-period').basis).toMatchObject({
      law: 'civil-procedure-law',
      article: 85,
    });
  });
});

describe('clause overlaps', () => {
  it('every group names existing keys and carries a two-language description', () => {
    const groups = catalogue.overlaps?.('APL-108-1') ?? [];
    expect(groups.length).toBeGreaterThan(0);
    const keys = new Set(catalogue.all().map((c) => c.key));
    const all = new Map<string, ReturnType<NonNullable<typeof catalogue.overlaps>>[number]>();
    for (const k of keys) for (const g of catalogue.overlaps?.(k) ?? []) all.set(g.keys.join(','), g);
    for (const g of all.values()) {
      for (const k of g.keys) expect(keys.has(k), k).toBe(true);
      // a comma inside an unquoted flow mapping would split the English text into extra keys
      expect(Object.keys(g.conduct).sort(), g.keys.join(',')).toEqual(['en', 'zh']);
      expect(typeof g.conduct.en === 'string' && g.conduct.en.length > 0).toBe(true);
    }
  });

  it('VOC group keeps its whole English description', () => {
    const [g] = catalogue.overlaps?.('SH-APR-95-2') ?? [];
    expect(g?.conduct.en).toBe(
      'VOC processes not enclosed, not collected or treated, or vapour recovery not working',
    );
  });
});
