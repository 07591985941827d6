import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { aplVersion, basis, cite, decisionEvent, hasFine } from './support.js';

/**
 * 罚缴分离: the deciding agency does not collect fines itself (except lawful on-the-spot collection); the decision
 * names the designated bank (or, from 2021-07-15, the e-payment system): 行政处罚法 2021 §67(1)–(3); 2017 §46;
 * 罚款决定与罚款收缴分离实施办法 (国务院令第235号) §3, §7.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/fine-payee-separated',
    title: {
      zh: '罚缴分离：罚款不得由作出决定的机关收缴',
      en: 'Fines paid to a designated bank, not the agency',
    },
    description: {
      zh: '作出罚款决定的机关应与收缴罚款的机构分离：决定书应载明代收银行（或电子支付系统），不得要求当事人向本机关账户缴款。',
      en: 'The agency that fines may not collect the fine: the decision names the designated bank (or e-payment system) and never an agency account.',
    },
    severity: 'error',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 67),
      basis('admin-penalty-law', '2017', 46),
      basis('fine-collection-measures', '1997', 3),
      basis('fine-collection-measures', '1997', 7),
    ],
    candidates: ['APL-037'],
  },
  check(c, ctx) {
    if (!hasFine(c)) return [];
    const date = decisionEvent(c)?.date ?? c.dates.decided;
    if (date === undefined) return [];
    const apl = aplVersion(ctx, date);
    const payee = c.data.penalty.payee;
    const findings: RuleFinding[] = [];
    if (payee?.kind === 'agency-account') {
      const bases = [
        basis('admin-penalty-law', apl, apl === '2021' ? 67 : 46, 2),
        basis('fine-collection-measures', '1997', 3),
      ];
      const law = cite(ctx, bases);
      findings.push({
        path: '/penalty/payee/kind',
        basis: bases,
        message: {
          zh: `罚款由作出决定的机关账户收取${payee.name ? `（${payee.name}）` : ''}，违反罚缴分离（${law.zh}）`,
          en: `The fine is collected into the deciding agency's account${payee.name ? ` (${payee.name})` : ''}, against the separation of decision and collection (${law.en})`,
        },
        suggestion: {
          zh: '改为到指定代收银行或通过电子支付系统缴纳，已收款项依规上缴国库',
          en: 'Have the fine paid at the designated bank or via the e-payment system',
        },
      });
    } else if (payee === undefined) {
      const bases = [basis('fine-collection-measures', '1997', 7)];
      const law = cite(ctx, bases);
      findings.push({
        path: '/penalty',
        severity: 'warning',
        basis: bases,
        message: {
          zh: `决定书未载明罚款代收机构（${law.zh}）`,
          en: `The decision does not name the bank that collects the fine (${law.en})`,
        },
        suggestion: {
          zh: '在决定书中写明代收银行名称、地址及缴款期限',
          en: 'State the collecting bank, its address and the payment period',
        },
      });
    }
    return findings;
  },
};
