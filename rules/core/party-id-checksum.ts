import type { Rule, RuleFinding } from '../../src/engine/types.js';
import {
  checkCreditCode,
  checkIdNumber,
  creditCodeCheckChar,
  idNumberCheckChar,
  type IdentityProblem,
} from './support/identity.js';

const PROBLEM: Record<IdentityProblem, { zh: string; en: string }> = {
  length: { zh: '位数不是18位', en: 'is not 18 characters long' },
  charset: { zh: '含有不允许的字符', en: 'contains characters that are not allowed' },
  checksum: { zh: '校验码不正确', en: 'has a wrong check character' },
  'birth-date': { zh: '出生日期码不是有效日期', en: 'has an invalid birth-date segment' },
};

/**
 * The decision must identify the party (行政处罚法 2021 §59(1)(1); 2017 §39(1)(1)), including the 统一社会信用代码
 * under 生态环境行政处罚办法 2023 §56. A number that fails its standard check character is a transcription error.
 */
export const rule: Rule = {
  meta: {
    id: 'core/party-id-checksum',
    title: { zh: '当事人证照号码校验', en: 'Party identity number checksum' },
    description: {
      zh: '统一社会信用代码按 GB 32100-2015、公民身份号码按 GB 11643-1999 校验位数、字符和校验码。号码写错会使处罚决定书上的当事人身份不清，也会使信用信息归集出错。组织应填写统一社会信用代码，个人应填写身份证号。',
      en: 'Checks the unified social credit code (GB 32100-2015) and the citizen ID number (GB 11643-1999): length, characters and check character. A wrong number leaves the party of the decision unclear and corrupts credit records. Organisations need a credit code, persons an ID number.',
    },
    severity: 'error',
    category: '主体合法',
    agencies: 'any',
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 59, paragraph: 1, item: 1 },
      { law: 'env-penalty-measures', version: '2023', article: 56 },
    ],
    candidates: [],
  },
  check(c) {
    const party = c.data.party;
    const findings: RuleFinding[] = [];
    const decided = c.dates.decided;
    const under2023 = decided !== undefined && decided >= '2023-07-01';
    const apl =
      decided !== undefined && decided < '2021-07-15'
        ? { law: 'admin-penalty-law', version: '2017', article: 39, paragraph: 1, item: 1 }
        : { law: 'admin-penalty-law', version: '2021', article: 59, paragraph: 1, item: 1 };
    const identityBasis = under2023
      ? [apl, { law: 'env-penalty-measures', version: '2023', article: 56 }]
      : [apl];
    if (party.credit_code !== undefined && !party.credit_code.includes('*')) {
      const problem = checkCreditCode(party.credit_code);
      if (problem) {
        const expected =
          problem === 'checksum' ? creditCodeCheckChar(party.credit_code.slice(0, 17)) : undefined;
        findings.push({
          path: '/party/credit_code',
          basis: identityBasis,
          message: {
            zh: `统一社会信用代码 ${party.credit_code} ${PROBLEM[problem].zh}${expected ? `（按前17位应为 ${expected}）` : ''}，请与营业执照核对（GB 32100-2015）`,
            en: `Credit code ${party.credit_code} ${PROBLEM[problem].en}${expected ? ` (the first 17 characters give ${expected})` : ''}; check it against the business licence (GB 32100-2015)`,
          },
        });
      }
    }
    if (party.id_number !== undefined && !party.id_number.includes('*')) {
      const problem = checkIdNumber(party.id_number);
      if (problem) {
        const expected = problem === 'checksum' ? idNumberCheckChar(party.id_number.slice(0, 17)) : undefined;
        findings.push({
          path: '/party/id_number',
          basis: identityBasis,
          message: {
            zh: `身份证号 ${party.id_number} ${PROBLEM[problem].zh}${expected ? `（按前17位应为 ${expected}）` : ''}，请与身份证核对（GB 11643-1999）`,
            en: `ID number ${party.id_number} ${PROBLEM[problem].en}${expected ? ` (the first 17 digits give ${expected})` : ''}; check it against the ID card (GB 11643-1999)`,
          },
        });
      }
    }
    if (party.type === 'organization' && party.credit_code === undefined) {
      findings.push({
        path: '/party',
        severity: under2023 ? 'error' : 'warning',
        basis: under2023 ? [{ law: 'env-penalty-measures', version: '2023', article: 56 }] : [apl],
        message: under2023
          ? {
              zh: '当事人为单位，但未记录统一社会信用代码；处罚决定书应载明（生态环境行政处罚办法(2023)第五十六条）',
              en: 'The party is an organisation but no unified social credit code is recorded; the decision must state it (2023 measures art. 56)',
            }
          : {
              zh: '当事人为单位，但未记录统一社会信用代码，无法确认处罚决定书所载当事人的身份',
              en: 'The party is an organisation but no unified social credit code is recorded, so the party named in the decision cannot be identified',
            },
      });
    }
    if (
      party.type === 'individual-business' &&
      party.credit_code === undefined &&
      party.id_number === undefined
    ) {
      findings.push({
        path: '/party',
        severity: 'warning',
        basis: [apl],
        message: {
          zh: '当事人为个体工商户，但既未记录营业执照的统一社会信用代码，也未记录经营者身份证号，无法确认处罚决定书所载当事人的身份',
          en: 'The party is an individual business but neither the unified social credit code of its registration nor the operator’s ID number is recorded, so the party named in the decision cannot be identified',
        },
      });
    }
    if (party.type === 'person' && party.id_number === undefined) {
      findings.push({
        path: '/party',
        severity: 'warning',
        basis: [apl],
        message: {
          zh: '当事人为个人，但未记录身份证号，无法确认处罚决定书所载当事人的身份',
          en: 'The party is a person but no ID number is recorded, so the party named in the decision cannot be identified',
        },
      });
    }
    return findings;
  },
};
