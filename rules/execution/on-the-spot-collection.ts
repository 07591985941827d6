import { withinCeiling } from '../../src/law/thresholds.js';
import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { documentsOf, eventsOf } from '../../src/model/case.js';
import { aplVersion, basis, cite, decisionEvent, yuan } from './support.js';

const HARD_TO_ENFORCE = /事后难以执行|难以执行/;
const REMOTE = /边远|水上|交通不便/;
/** 2021 §69; 2017 §48: only "经当事人提出" — at the party's request */
const PARTY_REQUEST = /当事人[^，。；]{0,6}(提出|申请|要求|请求)/;

/**
 * 当场收缴罚款: only for a simple-procedure fine up to the ceiling (2021 §68(1): 100 yuan; 2017 §47(1): 20 yuan) or
 * where later collection would be hard (2021 §68(2); 2017 §47(2)), or in remote, water-borne or hard-to-reach areas
 * at the party's request (2021 §69; 2017 §48); always with the official receipt (2021 §70; 2017 §49).
 * The ground is read from the paid event (ground / note). The 2-day hand-over of cash (§71) is not recorded in the
 * case format and is not checked. A warning, not an error: each finding rests on a ground or a receipt the record
 * does not show, which is not proof that there was none.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/on-the-spot-collection',
    title: { zh: '当场收缴罚款的条件', en: 'On-the-spot collection within its limits' },
    description: {
      zh: '执法人员当场收缴罚款，仅限简易程序罚款不超过100元（2021年7月15日前为20元）、不当场收缴事后难以执行，或边远、水上、交通不便地区经当事人提出的情形，并须出具财政部门统一制发的专用票据。',
      en: 'Officers may collect a fine on the spot only for a simple-procedure fine up to 100 yuan (20 before 2021-07-15), where later collection would be hard, or in remote areas at the party’s request, and always with the official receipt.',
    },
    severity: 'warning',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 68),
      basis('admin-penalty-law', '2021', 69),
      basis('admin-penalty-law', '2021', 70),
      basis('admin-penalty-law', '2017', 47),
      basis('admin-penalty-law', '2017', 48),
    ],
    candidates: ['APL-038'],
  },
  check(c, ctx) {
    if (c.data.penalty.payee?.kind !== 'on-the-spot') return [];
    const decision = decisionEvent(c);
    if (!decision) return [];
    const apl = aplVersion(ctx, decision.date);
    const art = (a2021: number, a2017: number, item?: number) =>
      basis('admin-penalty-law', apl, apl === '2021' ? a2021 : a2017, undefined, item);
    const grounds = eventsOf(c, 'paid')
      .map((e) => `${e.ground ?? ''} ${e.note ?? ''}`)
      .join(' ');
    const remote = REMOTE.test(grounds) && PARTY_REQUEST.test(grounds);
    const hard = HARD_TO_ENFORCE.test(grounds);
    const fine = c.data.penalty.fine ?? 0;
    const ceiling = ctx.thresholds.onTheSpotCollection(decision.date);
    const findings: RuleFinding[] = [];
    const simple = c.data.case.procedure === 'simple';
    const allowed = remote || (simple && (hard || withinCeiling(fine, ceiling)));
    if (!allowed) {
      const bases = [art(68, 47), art(69, 48)];
      const law = cite(ctx, bases);
      const why = simple
        ? {
            zh: `罚款${yuan(fine)}元超过当场收缴上限${yuan(ceiling.amount)}元，且未记录事后难以执行或边远、水上、交通不便地区经当事人提出的情形`,
            en: `the fine of ${yuan(fine)} yuan exceeds the ${yuan(ceiling.amount)}-yuan ceiling and no hard-to-enforce or remote-area ground is recorded`,
          }
        : {
            zh: '本案适用普通程序，且未记录边远、水上、交通不便地区经当事人提出的情形',
            en: 'the case used the general procedure and no remote-area request by the party is recorded',
          };
      findings.push({
        path: '/penalty/payee/kind',
        basis: bases,
        message: {
          zh: `执法人员当场收缴罚款，但${why.zh}（${law.zh}）`,
          en: `The fine was collected on the spot, but ${why.en} (${law.en})`,
        },
        suggestion: {
          zh: '由当事人到指定银行或通过电子支付系统缴纳',
          en: 'Have the party pay at the designated bank or via e-payment',
        },
      });
    }
    if (documentsOf(c, 'payment-receipt').length === 0) {
      const bases = [art(70, 49)];
      const law = cite(ctx, bases);
      findings.push({
        path: '/documents',
        basis: bases,
        message: {
          zh: `当场收缴罚款，案卷中未记录财政部门统一制发的罚款收据（${law.zh}）`,
          en: `The fine was collected on the spot but no official finance-department receipt is recorded (${law.en})`,
        },
        suggestion: {
          zh: '当场收缴须出具财政部门统一制发的专用票据，并将存根归卷（payment-receipt）',
          en: 'Issue the finance department’s official receipt and file its counterfoil (payment-receipt)',
        },
      });
    }
    return findings;
  },
};
