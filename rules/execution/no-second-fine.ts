import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { aplVersion, basis, cite, decisionEvent, envVersion, hasFine, yuan } from './support.js';

/**
 * 一事不再罚: no second fine for the same unlawful act (行政处罚法 2021 §29; 2017 §24; 生态环境行政处罚办法 2023 §7).
 * Sources: an earlier decision marked `same_act` in party.prior_violations that imposed a fine, or two decisions in
 * this timeline without a change or revocation between them. Daily continuing penalties (环境保护法 §59; the case's
 * penalty.daily) are exempt.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/no-second-fine',
    title: { zh: '同一违法行为不得两次罚款', en: 'No second fine for the same act' },
    description: {
      zh: '对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚；按日连续处罚不在此限。',
      en: 'The same unlawful act may not be fined twice; daily continuing penalties are the exception.',
    },
    severity: 'error',
    category: '适用法律正确',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 29),
      basis('admin-penalty-law', '2017', 24),
      basis('env-protection-law', '2015', 59),
    ],
    candidates: ['APL-044', 'ENV-DEC-006'],
  },
  check(c, ctx) {
    if (!hasFine(c) || c.data.penalty.daily) return [];
    const decision = decisionEvent(c);
    const date = decision?.date ?? c.dates.decided;
    if (date === undefined) return [];
    const apl = aplVersion(ctx, date);
    const bases: LegalBasis[] = [basis('admin-penalty-law', apl, apl === '2021' ? 29 : 24)];
    if (envVersion(ctx, date) === '2023') bases.push(basis('env-penalty-measures', '2023', 7));
    const law = cite(ctx, bases);
    const findings: RuleFinding[] = [];
    (c.data.party.prior_violations ?? []).forEach((p, i) => {
      if (p.same_act !== true || (p.fine ?? 0) <= 0) return;
      findings.push({
        path: `/party/prior_violations/${i}`,
        basis: bases,
        message: {
          zh: `同一违法行为已由${p.decision_number ?? '此前决定'}（${p.date}）处以罚款${yuan(p.fine ?? 0)}元，本案再处罚款${yuan(c.data.penalty.fine ?? 0)}元（${law.zh}）`,
          en: `The same act was already fined ${yuan(p.fine ?? 0)} yuan by ${p.decision_number ?? 'an earlier decision'} (${p.date}); this case fines it again (${law.en})`,
        },
        suggestion: {
          zh: '不再罚款；如属按日连续处罚，应记录 penalty.daily',
          en: 'Do not fine again; record penalty.daily if this is a daily continuing penalty',
        },
      });
    });
    const decisions = eventsOf(c, 'decision');
    for (let i = 1; i < decisions.length; i++) {
      const prev = decisions[i - 1];
      const cur = decisions[i];
      if (!prev || !cur) continue;
      const changed = eventsOf(c, 'decision-changed').some((e) => e.date >= prev.date && e.date <= cur.date);
      if (changed) continue;
      findings.push({
        path: cur.pointer,
        basis: bases,
        message: {
          zh: `时间线记录了${prev.date}和${cur.date}两次处罚决定，其间未记录变更或撤销，同一违法行为不得两次罚款（${law.zh}）`,
          en: `The timeline records penalty decisions on ${prev.date} and ${cur.date} with no change or revocation between them; one act may not be fined twice (${law.en})`,
        },
        suggestion: {
          zh: '后一决定如系变更或撤销原决定，记录 decision-changed；否则撤销重复的罚款决定',
          en: 'If the later decision changes or replaces the first, record decision-changed; otherwise revoke the second fine',
        },
      });
    }
    return findings;
  },
};
