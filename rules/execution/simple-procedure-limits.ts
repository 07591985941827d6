import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { thresholdParty } from '../../src/model/party.js';
import { firstEvent } from '../../src/model/case.js';
import { withinCeiling } from '../../src/law/thresholds.js';
import type { PenaltyKind } from '../../src/model/case-data.js';
import { aplVersion, basis, cite, envVersion, kindZh, yuan } from './support.js';

const ALLOWED: readonly PenaltyKind[] = ['warning', 'fine'];

/**
 * 简易程序只适用于警告或者小额罚款: 行政处罚法 2021 §51 (个人200元、单位3000元以下), 2017 §33 (50元、1000元以下);
 * 环境行政处罚办法 2010 §58, 生态环境行政处罚办法 2023 §67. The ceiling comes from ctx.thresholds.simpleProcedure.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/simple-procedure-limits',
    title: { zh: '简易程序适用范围', en: 'Simple procedure within its limits' },
    description: {
      zh: '当场作出的行政处罚决定只能是警告或者不超过法定限额的罚款（2021年7月15日起个人200元、单位3000元；此前50元、1000元）。超出范围的案件必须适用普通程序。',
      en: 'A decision made on the spot may only be a warning or a fine within the statutory ceiling (from 2021-07-15: 200 yuan for a person, 3,000 yuan for an organisation; before: 50 and 1,000). Anything else needs the general procedure.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 51),
      basis('admin-penalty-law', '2017', 33),
      basis('env-penalty-measures', '2023', 67),
      basis('env-penalty-measures', '2010', 58),
    ],
    candidates: ['APL-035', 'ENV-DEC-008'],
  },
  check(c, ctx) {
    if (c.data.case.procedure !== 'simple') return [];
    const decision = firstEvent(c, 'decision');
    const date = decision?.date ?? c.dates.decided;
    if (date === undefined) return [];
    const apl = aplVersion(ctx, date);
    const env = envVersion(ctx, date);
    const bases = [basis('admin-penalty-law', apl, apl === '2021' ? 51 : 33)];
    if (env) bases.push(basis('env-penalty-measures', env, env === '2023' ? 67 : 58));
    const law = cite(ctx, bases);
    const findings: RuleFinding[] = [];
    const other = c.data.penalty.kinds.filter((k) => !ALLOWED.includes(k));
    if (other.length > 0) {
      findings.push({
        path: '/penalty/kinds',
        basis: bases,
        message: {
          zh: `简易程序只能给予警告或者罚款，本案还决定了${other.map(kindZh).join('、')}（${law.zh}）`,
          en: `The simple procedure allows only a warning or a fine, but the decision also imposes ${other.join(', ')} (${law.en})`,
        },
        suggestion: { zh: '改用普通程序办理', en: 'Handle the case under the general procedure' },
      });
    }
    const fine = c.data.penalty.fine;
    if (c.data.penalty.kinds.includes('fine') && fine !== undefined) {
      const ceiling = ctx.thresholds.simpleProcedure(date, c.data.party.type);
      if (!withinCeiling(fine, ceiling)) {
        const who =
          thresholdParty(c.data.party.type) === 'person'
            ? { zh: '公民', en: 'a person' }
            : { zh: '法人或者其他组织', en: 'an organisation' };
        findings.push({
          path: '/penalty/fine',
          basis: bases,
          message: {
            zh: `简易程序罚款${yuan(fine)}元，超过对${who.zh}当场处罚的上限${yuan(ceiling.amount)}元，超出${yuan(fine - ceiling.amount)}元（${law.zh}）`,
            en: `The simple-procedure fine of ${yuan(fine)} yuan exceeds the on-the-spot ceiling for ${who.en} of ${yuan(ceiling.amount)} yuan by ${yuan(fine - ceiling.amount)} yuan (${law.en})`,
          },
          suggestion: {
            zh: '改用普通程序（立案、调查、告知、审核后作出决定）',
            en: 'Use the general procedure (filing, investigation, notice, review, decision)',
          },
        });
      }
    }
    return findings;
  },
};
