import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  findAmounts,
  formatArabicYuan,
  formatCapitalYuan,
  parseArabicYuan,
  parseCapitalYuan,
  parseChineseYuan,
} from '../../src/text/numerals.js';

describe('capital amounts (大写)', () => {
  it.each([
    [35000, '人民币叁万伍仟元整'],
    [100000, '人民币壹拾万元整'],
    [200.5, '人民币贰佰元伍角'],
    [10010, '人民币壹万零壹拾元整'],
    [1005000, '人民币壹佰万零伍仟元整'],
    [10.05, '人民币壹拾元零伍分'],
    [0.5, '人民币伍角'],
    [0, '人民币零元整'],
    [300000005, '人民币叁亿零伍元整'],
    [2000000, '人民币贰佰万元整'],
    [1234.56, '人民币壹仟贰佰叁拾肆元伍角陆分'],
  ])('%d ↔ %s', (yuan, text) => {
    expect(formatCapitalYuan(yuan)).toBe(text);
    expect(parseCapitalYuan(text)).toBe(yuan);
  });

  it('accepts common variants', () => {
    expect(parseCapitalYuan('叁万伍仟元整')).toBe(35000);
    expect(parseCapitalYuan('拾万元整')).toBe(100000);
    expect(parseCapitalYuan('叁万伍仟圆正')).toBe(35000);
    expect(parseCapitalYuan('贰佰元伍角整')).toBe(200.5);
  });

  it.each([
    '叁万万伍元',
    '叁仟伍元整',
    '伍拾佰元',
    '零零伍元',
    '叁万伍仟',
    '人民币元整',
    '壹拾元零伍角',
    '贰佰元伍分整',
    '叁X元',
  ])('refuses malformed %s', (text) => {
    expect(parseCapitalYuan(text)).toBeUndefined();
  });

  it('round-trips every amount (format → parse)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_999 }), (fen) => {
        const yuan = fen / 100;
        expect(parseCapitalYuan(formatCapitalYuan(yuan))).toBe(yuan);
        expect(parseArabicYuan(formatArabicYuan(yuan))).toBe(yuan);
      }),
      { numRuns: 3000 },
    );
  });

  it('never gives two amounts the same capital text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (a, b) => {
          fc.pre(a !== b);
          expect(formatCapitalYuan(a)).not.toBe(formatCapitalYuan(b));
        },
      ),
    );
  });

  it('refuses amounts it cannot write', () => {
    expect(() => formatCapitalYuan(-1)).toThrow(RangeError);
    expect(() => formatCapitalYuan(1.234)).toThrow(RangeError);
    expect(() => formatCapitalYuan(1e13)).toThrow(RangeError);
  });
});

describe('Arabic amounts', () => {
  it.each([
    ['30,000元', 30000],
    ['3万元', 30000],
    ['3.5万元', 35000],
    ['¥30000', 30000],
    ['￥30,000.00', 30000],
    ['人民币30000元', 30000],
    ['３０，０００元', 30000],
    ['200.5元', 200.5],
  ])('%s → %d', (text, yuan) => {
    expect(parseArabicYuan(text)).toBe(yuan);
  });

  it('needs a currency mark', () => {
    expect(parseArabicYuan('30000')).toBeUndefined();
    expect(parseArabicYuan('3万')).toBeUndefined();
  });
});

describe('findAmounts', () => {
  it('finds capitals and figures with their offsets', () => {
    const text = '决定对你单位罚款人民币叁万元整（¥30,000），于十五日内缴纳。另，3万元以下……';
    const found = findAmounts(text);
    expect(found.map((f) => [f.kind, f.value])).toEqual([
      ['capital', 30000],
      ['arabic', 30000],
      ['arabic', 30000],
    ]);
    expect(text.slice(found[0]?.index, (found[0]?.index ?? 0) + (found[0]?.raw.length ?? 0))).toBe(
      '人民币叁万元整',
    );
  });

  it('reports malformed capitals as NaN', () => {
    const found = findAmounts('罚款人民币叁万万元整');
    expect(found).toHaveLength(1);
    expect(Number.isNaN(found[0]?.value)).toBe(true);
  });
});

describe('ordinary Chinese numerals (并处二万元罚款)', () => {
  it.each([
    ['二万元', 20000],
    ['两万元', 20000],
    ['十万元', 100000],
    ['二十万元', 200000],
    ['一万五千元', 15000],
    ['三千五百元', 3500],
    ['一百零五元', 105],
    ['人民币五千元整', 5000],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseYuan(text)).toBe(value);
  });
  it('refuses malformed numerals', () => {
    expect(parseChineseYuan('三千五元')).toBeUndefined();
    expect(parseChineseYuan('万万元')).toBeUndefined();
  });
  it('finds them only right before 元, never inside a capital amount or a day count', () => {
    const found = findAmounts('责令改正，并处二万元罚款，十五日内缴纳；罚款人民币贰拾万元整，百分之三');
    expect(found.map((f) => [f.kind, f.value, f.raw])).toEqual([
      ['chinese', 20000, '二万元'],
      ['capital', 200000, '人民币贰拾万元整'],
    ]);
  });
});
