import type { Rule } from '../../src/engine/types.js';
import { decisionDate } from './util.js';

const ADDRESSED = /首违|首次|初次|不予处罚|免罚|不予行政处罚|主观过错/;

export const rule: Rule = {
  meta: {
    id: 'penalty/no-penalty-considered',
    title: { zh: '考虑首违不罚', en: 'First-offence waiver considered' },
    description: {
      zh:
        '2021年7月15日起作出的处罚决定，案卷显示当事人无同类违法记录、未造成危害后果且违法行为已改正的，' +
        '可以不予处罚，违法行为轻微并及时改正、没有造成危害后果的不予处罚（行政处罚法2021年第三十三条第一款）；' +
        '裁量说明或复核意见未写明是否考虑的，提示写明。法律不要求决定书说明不适用的理由，案卷也无法证明违法行为“轻微”，' +
        '故为建议（提示），不是违法认定。',
      en:
        'For decisions from 2021-07-15, where the file shows no prior same-kind violation, no harmful consequence and a ' +
        'corrected act, the first-offence waiver may apply (APL 2021 art. 33(1)); the discretion explanation or re-check ' +
        'should say whether it was considered. The law does not require the decision to give reasons for not applying it ' +
        'and the record cannot show that the act was minor, so this is advice (info), not a finding of a violation.',
    },
    severity: 'info',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [{ law: 'admin-penalty-law', version: '2021', article: 33, paragraph: 1 }],
    candidates: ['APL-047'],
  },
  check(c, ctx) {
    const p = c.data.penalty;
    if ((p.kinds ?? []).length === 0 || p.no_penalty) return [];
    const decided = decisionDate(c, ctx);
    if (decided < '2021-07-15') return [];
    const party = c.data.party;
    const v = c.data.violation;
    const first =
      party.prior_violations !== undefined && !party.prior_violations.some((x) => x.same_kind === true);
    const noHarm = v.harm?.consequences === false;
    const corrected = v.continuing !== true && v.ended_on !== undefined && v.ended_on <= decided;
    if (!first || !noHarm || !corrected) return [];
    const texts = [
      c.data.discretion?.explanation ?? '',
      ...c.timeline
        .filter((e) => e.event === 'recheck' || e.event === 'case-review' || e.event === 'legal-review')
        .map((e) => e.note ?? ''),
    ];
    if (texts.some((t) => ADDRESSED.test(t))) return [];
    const b = { law: 'admin-penalty-law', version: '2021', article: 33, paragraph: 1 };
    return [
      {
        path: '/discretion',
        basis: [b],
        message: {
          zh: `案卷记载当事人无同类违法记录、未造成危害后果且已于${v.ended_on}改正；裁量说明和复核意见未写明是否考虑首违不罚或轻微不罚（${ctx.law.cite(b).zh}），建议写明`,
          en: `The record shows no prior same-kind violation, no harm and correction on ${v.ended_on}; neither the explanation nor the re-check says whether the first-offence or minor-act waiver was considered (${ctx.law.cite(b).en}); consider stating it`,
        },
        suggestion: {
          zh: '在裁量说明中写明是否适用首违不罚及理由（如危害后果是否轻微）',
          en: 'state in the explanation whether the waiver applies and why (e.g. whether the harm was minor)',
        },
      },
    ];
  },
};
