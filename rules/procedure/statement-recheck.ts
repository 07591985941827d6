/**
 * 复核: when the party states or defends, the agency re-checks the facts, reasons and evidence before deciding —
 * 行政处罚法 2021 §45(1) (2017 §32(1)); 环境行政处罚办法 (2010) §49; 生态环境行政处罚办法 (2023) §45.
 */
import { isOralNotice } from '../shared/oral-notice.js';
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis, withBasis } from './support/law.js';
import { statementBases } from './support/notice.js';
import { decisionOf } from './support/steps.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/statement-recheck',
    title: { zh: '陈述申辩的复核', en: 'Re-check of the party’s statement' },
    description: {
      zh: '当事人提出陈述申辩的，应在决定前对其提出的事实、理由和证据进行复核并记录（复核意见）。',
      en: 'When the party makes a statement or defends, the agency re-checks the facts, reasons and evidence raised and records it before deciding.',
    },
    severity: 'warning',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 45, 1),
      basis(APL, '2017', 32, 1),
      basis(ENV, '2010', 49, 1),
      basis(ENV, '2023', 45, 1),
    ],
    candidates: ['APL-017', 'ENV-NOT-003'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const decision = decisionOf(c);
    if (!decision) return [];
    const statement = eventsOf(c, 'statement-received').find((s) => s.date <= decision.date);
    if (!statement) return [];
    const rechecks = eventsOf(c, 'recheck');
    if (rechecks.some((r) => r.date >= statement.date && r.date <= decision.date)) return [];
    // 当场处罚: the statement heard on the spot and its handling are recorded with the oral notice (行政处罚法
    // 2021 §45 ¶1 applies, the record is the document the oral notice names)
    const oral = eventsOf(c, 'prior-notice-served').find(
      (n) => isOralNotice(c, n) && n.recorded_in !== undefined && n.date <= statement.date,
    );
    if (oral && statement.date === decision.date) return [];
    const b = statementBases(ctx, statement.date, 1);
    const late = rechecks.find((r) => r.date > decision.date);
    return [
      {
        message: withBasis(
          ctx,
          late
            ? {
                zh: `对${statement.date}陈述申辩的复核（${late.date}）晚于${decision.date}的决定`,
                en: `The re-check (${late.date}) of the statement of ${statement.date} came after the decision of ${decision.date}`,
              }
            : {
                zh: `当事人于${statement.date}陈述申辩，决定前未记录复核`,
                en: `The party made a statement on ${statement.date}, but no re-check is recorded before the decision`,
              },
          b,
        ),
        path: late ? `${late.pointer}/date` : statement.pointer,
        basis: b,
        suggestion: {
          zh: '决定前对陈述申辩进行复核，记录 recheck 事件和复核意见，不采纳的说明理由',
          en: 'Re-check the statement before deciding, record the recheck event and opinion, and give reasons for not adopting it',
        },
      },
    ];
  },
};
