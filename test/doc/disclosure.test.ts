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
    ['电话021-52801234', 'phone'],
    ['账号：6222 0202 0011 2345 678', 'bank-account'],
    ['卡号6222020200112345678', 'bank-account'],
    ['电话：(021)62345678', 'phone'],
    ['电话：（021）6234-5678', 'phone'],
    ['联系 021 6234 5678', 'phone'],
    ['联系电话：62345678', 'phone'],
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
  ])('leaves %s alone', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});
