/** 立案审批: a general-procedure case has a filing approval with its date and approver, on the main volume. */
import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { Case } from '../../src/model/case.js';
import { documentById, documentsOf, firstEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { decisionOf, isGeneral, notGeneral } from './support/steps.js';

function bases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] = [];
  if (aplVersion(ctx, date) === '2021') out.push(basis(APL, '2021', 54, 2));
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 22), basis(ENV, '2010', 69));
  if (env === '2023') out.push(basis(ENV, '2023', 18), basis(ENV, '2023', 79));
  if (out.length === 0) out.push(basis(APL, '2017', 36));
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/filing-record',
    title: { zh: '立案审批记录', en: 'Filing approval record' },
    description: {
      zh: '一般程序案件须有立案审批（日期、批准人），立案审批表归入正卷。',
      en: 'A general-procedure case needs a filing approval with its date and approver; the filing form belongs in the main volume.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 54, 2),
      basis(ENV, '2010', 22),
      basis(ENV, '2023', 18),
      basis(ENV, '2023', 79),
    ],
    candidates: ['APL-004', 'ENV-FIL-003'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const filing = firstEvent(c, 'filing-approved');
    if (!filing) {
      const decision = decisionOf(c);
      const anchor = decision?.date ?? firstEvent(c, 'prior-notice-served')?.date;
      if (anchor === undefined) return []; // an open case still before filing: filing-deadline tracks it
      const b = bases(ctx, anchor);
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: '案卷时间线未记录立案审批，一般程序案件应当先立案后作出处罚',
              en: 'The timeline records no filing approval; a general-procedure case must be filed before it is decided',
            },
            b,
          ),
          path: '/timeline',
          basis: b,
          suggestion: {
            zh: '补录立案审批（filing-approved）事件及立案审批表',
            en: 'Record the filing-approved event and the filing form',
          },
        },
      ];
    }
    const b = bases(ctx, filing.date);
    const findings: RuleFinding[] = [];
    if (filing.approved_by === undefined) {
      // the approver's name is not transcribed: the approval itself may well be on the form (a human looks)
      findings.push({
        severity: 'warning',
        message: withBasis(
          ctx,
          { zh: '立案审批未记录批准的负责人', en: 'The filing approval does not record the approving head' },
          b,
        ),
        path: filing.pointer,
        basis: b,
        suggestion: {
          zh: '在 approved_by 中记录批准立案的负责人',
          en: 'Record the approving head in approved_by',
        },
      });
    }
    const forms = [
      ...(filing.documents ?? []).map((id) => documentById(c, id)).filter((d) => d?.type === 'filing-form'),
      ...documentsOf(c, 'filing-form'),
    ];
    if (forms.length === 0 && !isRecorded(c, 'documents')) findings.push(notChecked('documents'));
    else if (forms.length === 0) {
      findings.push({
        message: withBasis(
          ctx,
          { zh: '案卷中未记录立案审批表', en: 'No filing approval form is recorded in the file' },
          b,
        ),
        path: filing.pointer,
        basis: b,
        severity: 'warning',
        suggestion: {
          zh: '将立案审批表列入 documents 并在立案事件中引用',
          en: 'List the filing form in documents and reference it from the filing event',
        },
      });
    } else if (forms.every((d) => d?.volume === 'secondary')) {
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: '立案审批表归入了副卷，应归入正卷',
            en: 'The filing form is in the secondary volume; it belongs in the main volume',
          },
          b,
        ),
        path: filing.pointer,
        basis: b,
        severity: 'warning',
        suggestion: { zh: '将立案审批表移入正卷', en: 'Move the filing form to the main volume' },
      });
    }
    return findings;
  },
};
