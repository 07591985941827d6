import type { LegalBasis, Rule } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { apl, decisionDate, discretionNeed, yuan } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/discretion-explanation',
    title: { zh: '罚款有裁量说明', en: 'Every fine has a discretion explanation' },
    description: {
      zh:
        '每一罚款（法定最低数额和法律确定的数额——按日连续处罚、固定数额——除外）都应当有裁量说明（裁量因素、适用的裁量基准和理由）：处罚应当与违法行为的事实、性质、情节以及社会危害程度相当' +
        '（行政处罚法2021年第五条第二款、2017年第四条第二款）；2023年7月1日起决定书应当载明适用裁量基准的理由和依据（生态环境行政处罚办法第五十六条）。',
      en:
        'Every fine (except the statutory minimum and amounts fixed by law: per-day, fixed amounts) needs a discretion explanation (factors, benchmark applied, reasons): the penalty must match the facts, ' +
        'nature, circumstances and harm (APL 2021 art. 5(2), 2017 art. 4(2)); from 2023-07-01 the decision states why and ' +
        'how the benchmark was applied (eco-environment penalty measures 2023 art. 56).',
    },
    severity: 'warning',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['procedure-record', 'case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 5, paragraph: 2 },
      { law: 'env-penalty-measures', version: '2023', article: 56 },
    ],
    candidates: ['ENV-DEC-005'],
    options: {
      minLength: {
        description: { zh: '裁量说明的最少字数', en: 'minimum length of the explanation, in characters' },
        default: 10,
        type: 'integer',
        minimum: 0,
      },
    },
  },
  check(c, ctx) {
    const fine = c.data.penalty.fine;
    if (fine === undefined || fine <= 0) return [];
    // no discretion was exercised on an amount fixed by law or on the statutory minimum
    const need = discretionNeed(c, ctx);
    if (need.reason) return [];
    // the minimum of one row an item-less paragraph can mean but not of another: whether there was discretion turns
    // on the item the record does not name
    if (need.gaps.length > 0) return need.gaps;
    // no discretion section at all: the explanation may well be in the file (审查表, 裁量说明); not recorded
    if (c.data.discretion === undefined) return [notChecked('discretion')];
    const text = (c.data.discretion?.explanation ?? '').trim();
    const min = Number(ctx.options.minLength ?? 10);
    if (text.length >= min) return [];
    const decided = decisionDate(c, ctx);
    const basis: LegalBasis[] = [apl(decided, 5, 4, { paragraph: 2 })];
    if (decided >= '2023-07-01') basis.push({ law: 'env-penalty-measures', version: '2023', article: 56 });
    return [
      {
        path: c.data.discretion ? '/discretion' : '/penalty/fine',
        basis,
        message: {
          zh: `罚款${yuan(fine).zh}${text ? '的裁量说明过于简略' : '未记录裁量说明'}，未说明裁量因素和适用基准的理由（${basis.map((b) => ctx.law.cite(b).zh).join('、')}）`,
          en: `${text ? `The explanation of the fine of ${yuan(fine).en} is too short: it does not give` : `No explanation is recorded for the fine of ${yuan(fine).en}: none gives`} the discretion factors and the benchmark applied (${basis.map((b) => ctx.law.cite(b).en).join('; ')})`,
        },
        suggestion: {
          zh: '在discretion.explanation中写明裁量因素、档次、适用的裁量基准及计算过程',
          en: 'write the factors, levels, the benchmark applied and the computation in discretion.explanation',
        },
      },
    ];
  },
};
