import { missingTransferCause } from '../shared/causes.js';
import { isRecorded } from '../../src/engine/facts.js';
import type { LegalBasis, Rule } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { decisionDate, hasTransfer } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/unpunished-violation',
    title: { zh: '该罚不罚', en: 'Established violation left unpunished' },
    description: {
      zh:
        '违法事实、违反条款和证据均已记录，案件已结束调查（非open状态），却既无处罚，也未记录不予处罚的法定理由，' +
        '也未移送司法机关：应当处罚而不处罚（行政处罚法2021年第五十七条第一款第一项、第八十三条）。',
      en:
        'The facts, the violated clause and evidence are recorded and the case is past investigation (not open), yet there ' +
        'is no penalty, no recorded legal ground for not penalising and no criminal transfer: a penalty that was due was ' +
        'not imposed (APL 2021 art. 57(1)(1), art. 83).',
    },
    severity: 'error',
    category: '适用法律正确',
    // an unrecorded penalty section is not "no penalty": the kinds must be recorded (an empty list says none)
    needs: ['case-date', 'penalty-kinds'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 57, paragraph: 1, item: 1 },
      { law: 'admin-penalty-law', version: '2021', article: 83 },
    ],
  },
  check(c, ctx) {
    const p = c.data.penalty;
    const v = c.data.violation;
    if ((p.kinds ?? []).length > 0 || p.fine !== undefined || p.no_penalty) return [];
    if (c.data.case.status === 'open') {
      // 'open' is also what the model assumes when neither a status nor a decision is recorded: then say so
      return isRecorded(c, 'case-status') ? [] : [notChecked('case-status')];
    }
    // a case terminated with a recorded ground (e.g. the party no longer exists) is not 该罚不罚
    if (c.data.case.status === 'terminated' && c.timeline.some((e) => e.event === 'closed' && e.ground))
      return [];
    if (hasTransfer(c, 'criminal')) return [];
    const established = v.facts.trim().length > 0 && c.violated.length > 0 && (v.evidence ?? []).length > 0;
    if (!established) return [];
    const decided = decisionDate(c, ctx);
    const basis: LegalBasis[] =
      decided >= '2021-07-15'
        ? [
            { law: 'admin-penalty-law', version: '2021', article: 57, paragraph: 1, item: 1 },
            { law: 'admin-penalty-law', version: '2021', article: 83 },
          ]
        : [{ law: 'admin-penalty-law', version: '2017', article: 38, paragraph: 1, item: 1 }];
    const cited = basis.map((b) => ctx.law.cite(b));
    return [
      {
        path: '/penalty',
        // where the facts call for a criminal transfer, the missing transfer is the defect (penalty/criminal-transfer)
        cause: missingTransferCause(),
        basis,
        message: {
          zh: `违法事实、违反条款（${c.violated.length}项）和证据（${(v.evidence ?? []).length}项）已记录，但未作出处罚，也未记录不予处罚的理由或移送（${cited.map((x) => x.zh).join('、')}）`,
          en: `The facts, ${c.violated.length} violated clause(s) and ${(v.evidence ?? []).length} evidence item(s) are recorded, yet there is no penalty, no recorded no-penalty ground and no transfer (${cited.map((x) => x.en).join('; ')})`,
        },
        suggestion: {
          zh: '依法作出处罚决定；确属不予处罚情形的，在penalty.no_penalty中记录理由',
          en: 'decide the penalty; if a no-penalty ground applies, record it in penalty.no_penalty',
        },
      },
    ];
  },
};
