import { decisionBeforeHearingCause } from '../shared/causes.js';
/**
 * After a hearing the decision is made on the basis of the hearing record — 行政处罚法 2021 §65 (根据听证笔录),
 * 2017 §43; 生态环境行政处罚办法 (2023) §48. Checked: the decision is dated on or after the hearing, and the hearing
 * record is on file.
 */
import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { Case } from '../../src/model/case.js';
import { documentsOf, lastEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { decisionOf } from './support/steps.js';

function bases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 65) : basis(APL, '2017', 43),
  ];
  if (envVersion(ctx, date) === '2023') out.push(basis(ENV, '2023', 48));
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/decision-after-hearing',
    title: { zh: '听证后依听证笔录决定', en: 'Decision after the hearing, on its record' },
    description: {
      zh: '举行听证的，处罚决定应在听证结束后、根据听证笔录作出：决定不得早于听证，案卷应有听证笔录。',
      en: 'Where a hearing was held, the decision follows it and rests on the hearing record: it may not predate the hearing, and the record must be on file.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 65), basis(APL, '2017', 43), basis(ENV, '2023', 48)],
    candidates: ['APL-026'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const hearing = lastEvent(c, 'hearing-held');
    const decision = decisionOf(c);
    if (!hearing || !decision) return [];
    const b = bases(ctx, decision.date);
    if (decision.date < hearing.date) {
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `处罚决定（${decision.date}）早于${hearing.date}的听证`,
              en: `The decision (${decision.date}) predates the hearing of ${hearing.date}`,
            },
            b,
          ),
          path: `${decision.pointer}/date`,
          cause: decisionBeforeHearingCause(decision.pointer),
          basis: b,
          suggestion: {
            zh: '听证结束后根据听证笔录重新作出决定',
            en: 'Decide again after the hearing, on its record',
          },
        },
      ];
    }
    if (documentsOf(c, 'hearing-record').length > 0) return [];
    if (!isRecorded(c, 'documents')) return [notChecked('documents')];
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `${hearing.date}举行了听证，案卷中未记录听证笔录`,
            en: `A hearing was held on ${hearing.date} but no hearing record is recorded in the file`,
          },
          b,
        ),
        path: hearing.pointer,
        basis: b,
        severity: 'warning',
        suggestion: {
          zh: '将听证笔录列入 documents（type: hearing-record）',
          en: 'List the hearing record in documents (type: hearing-record)',
        },
      },
    ];
  },
};
