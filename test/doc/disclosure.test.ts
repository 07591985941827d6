import { describe, expect, it } from 'vitest';
import { findPersonalData, validIdNumber } from '../../rules/doc/disclosure-personal-data.js';

describe('personal data in published texts', () => {
  it('checks the GB 11643 check digit', () => {
    expect(validIdNumber('11010519491231002X')).toBe(true);
    expect(validIdNumber('110105194912310021')).toBe(false);
  });
  it.each([
    ['身份证号码11010519491231002X', 'id-number'],
    ['公民身份号码：110105194912310021', 'id-number'],
    ['联系电话13812345678', 'phone'],
    ['账号：6222 0202 0011 2345 678', 'bank-account'],
    ['卡号6222020200112345678', 'bank-account'],
    ['身份证号：310101900101123', 'id-number'],
  ])('finds %s', (text, kind) => {
    expect(findPersonalData(text).map((h) => h.kind)).toContain(kind);
  });
  it.each([
    '统一社会信用代码：91310107MA1FL3X72Q',
    '罚款人民币叁万元整（30,000元）',
    '沪普环罚〔2020〕12号',
    '2020年10月13日',
    '身份证号码：310***********1234',
    '联系电话：021-6234****',
    '排放浓度 20201013 mg/m³，监测时间 2020 10 13',
    // 行政处罚法 2021 §48, §50; 2023 measures §64: the agency's own numbers and a company switchboard are not personal
    '如有疑问，请拨打本局咨询电话021-52801234',
    '公司总机：（021）6234-5678',
    '联系电话：62345678',
    '罚款缴入上海农村商业银行罚没款代收账户，账号：6222 0202 0011 2345 678',
    '户名：上海市财政局非税收入专户 账号 31001500000050012345',
  ])('leaves %s alone', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
  it('finds a natural person’s home address and recorded home phone, not an organisation’s seat', () => {
    const person = {
      type: 'person' as const,
      address: '上海市普陀区真北路100弄5号301室',
      phone: '021-62001234',
    };
    const text = '当事人王某，住址：上海市普陀区真北路100弄5号301室，联系电话021-62001234。';
    expect(findPersonalData(text, person).map((h) => h.kind)).toEqual(['address', 'phone']);
    const company = {
      type: 'organization' as const,
      address: '上海市普陀区真南路1288号3幢',
      phone: '021-52801234',
    };
    expect(findPersonalData('住所：上海市普陀区真南路1288号3幢，电话021-52801234', company)).toEqual([]);
    expect(findPersonalData('家庭住址：上海市闵行区某路**号')).toEqual([]);
  });
});
