import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, parseCitation, toChineseNumeral } from '../../src/law/index.js';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [108, '一百零八'],
    [110, '一百一十'],
    [123, '一百二十三'],
    [1000, '一千'],
    [1005, '一千零五'],
    [1259, '一千二百五十九'],
  ])('%i ↔ %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(fromChineseNumeral(text)).toBe(n);
  });

  it('round-trips 1–1500', () => {
    for (let n = 1; n <= 1500; n += 1) expect(fromChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('reads Arabic and full-width digits and rejects other text', () => {
    expect(fromChineseNumeral('108')).toBe(108);
    expect(fromChineseNumeral('１０８')).toBe(108);
    expect(fromChineseNumeral('一百十')).toBe(110);
    expect(fromChineseNumeral('abc')).toBeUndefined();
    expect(fromChineseNumeral('')).toBeUndefined();
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
  });
});

describe('parseCitation', () => {
  it.each([
    ['第一百零八条第一款第（一）项', { article: 108, paragraph: 1, item: 1 }],
    ['依据《大气污染防治法》第九十九条第（二）项', { article: 99, item: 2 }],
    ['第108条第1款第1项', { article: 108, paragraph: 1, item: 1 }],
    ['第五十七条第二款', { article: 57, paragraph: 2 }],
    ['第一百一十二条第二款第(三)项', { article: 112, paragraph: 2, item: 3 }],
    ['第六十三条', { article: 63 }],
  ])('%s', (text, expected) => {
    expect(parseCitation(text)).toEqual(expected);
  });

  it('returns undefined without an article', () => {
    expect(parseCitation('第一款')).toBeUndefined();
    expect(parseCitation('没有条文')).toBeUndefined();
  });
});
