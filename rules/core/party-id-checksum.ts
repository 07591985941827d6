import type { Rule, RuleFinding } from '../../src/engine/types.js';
import {
  checkCreditCode,
  checkIdNumber,
  creditCodeCheckChar,
  idNumberCheckChar,
  type IdentityProblem,
  checkOrganizationCode,
  checkRegistrationNumber,
  isMasked,
} from './support/identity.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { Msg } from '../../src/engine/types.js';

/** 统一社会信用代码制度 (国发〔2015〕33号) from 2015-10-01; old licences to be replaced by 2017-12-31 */
const CREDIT_CODE_FROM = '2015-10-01';
const CREDIT_CODE_TRANSITION_END = '2017-12-31';

const OLD_CODES: [
  'registration_number' | 'organization_code',
  Msg,
  (code: string) => IdentityProblem | undefined,
  string,
][] = [
  [
    'registration_number',
    { zh: '工商注册号', en: 'Registration number' },
    checkRegistrationNumber,
    'ISO 7064 MOD 11,10',
  ],
  [
    'organization_code',
    { zh: '组织机构代码', en: 'Organisation code' },
    checkOrganizationCode,
    'GB 11714-1997',
  ],
];

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
    if (party.credit_code !== undefined && !isMasked(party.credit_code)) {
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
    if (party.id_number !== undefined && !isMasked(party.id_number)) {
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
    for (const [key, label, check, standard] of OLD_CODES) {
      const code = party[key];
      if (code === undefined || isMasked(code)) continue;
      const problem = check(code);
      if (problem)
        findings.push({
          path: `/party/${key}`,
          basis: identityBasis,
          message: {
            zh: `${label.zh} ${code} ${PROBLEM[problem].zh}，请与营业执照或代码证核对（${standard}）`,
            en: `${label.en} ${code} ${PROBLEM[problem].en}; check it against the licence or code certificate (${standard})`,
          },
        });
    }
    const identified =
      party.credit_code !== undefined ||
      party.registration_number !== undefined ||
      party.organization_code !== undefined ||
      party.id_number !== undefined;
    // a published decision or a partial archive: a code it does not show is not recorded, not absent
    if (!identified && c.record === 'partial') return [...findings, notChecked('party-code')];
    const date = c.dates.law;
    // 统一社会信用代码 from 2015-10-01 (国发〔2015〕33号), old licences replaced by 2017-12-31: before then an
    // organisation is identified by its 注册号 / 组织机构代码
    const era =
      date === undefined
        ? 'unknown'
        : date < CREDIT_CODE_FROM
          ? 'before'
          : date <= CREDIT_CODE_TRANSITION_END
            ? 'transition'
            : 'after';
    const oldCodes = party.registration_number !== undefined || party.organization_code !== undefined;
    if (party.type === 'organization' && party.credit_code === undefined && !(oldCodes && era !== 'after')) {
      if (era === 'unknown' && oldCodes) return findings;
      findings.push({
        path: '/party',
        // the record lacks the code; whether the decision itself states it is for a human to look at
        severity: 'warning',
        basis: under2023 ? [{ law: 'env-penalty-measures', version: '2023', article: 56 }] : [apl],
        message: under2023
          ? {
              zh: '当事人为单位，但未记录统一社会信用代码；处罚决定书应载明（生态环境行政处罚办法(2023)第五十六条）',
              en: 'The party is an organisation but no unified social credit code is recorded; the decision must state it (2023 measures art. 56)',
            }
          : era === 'before'
            ? {
                zh: '当事人为单位，但未记录工商注册号或组织机构代码（统一社会信用代码2015年10月1日起实行），无法确认处罚决定书所载当事人的身份',
                en: 'The party is an organisation but neither its registration number nor its organisation code is recorded (the unified credit code exists from 2015-10-01), so the party named in the decision cannot be identified',
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
