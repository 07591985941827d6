import type { Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import type { PenaltyKind } from '../../src/model/case-data.js';
import { apl, appliedClauses, decisionDate, provisionBasis, tiersFor } from './util.js';

const KIND: Record<PenaltyKind, Msg> = {
  warning: { zh: '警告', en: 'warning' },
  criticism: { zh: '通报批评', en: 'public criticism' },
  fine: { zh: '罚款', en: 'fine' },
  'confiscate-gains': { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  'confiscate-property': { zh: '没收非法财物', en: 'confiscation of unlawful property' },
  'suspend-licence': { zh: '暂扣许可证件', en: 'licence suspension' },
  'lower-qualification': { zh: '降低资质等级', en: 'lowered qualification' },
  'revoke-licence': { zh: '吊销许可证件', en: 'licence revocation' },
  'restrict-production': { zh: '限制生产', en: 'production limit' },
  'suspend-rectify': { zh: '停产整治', en: 'suspension for rectification' },
  'suspend-business': { zh: '责令停产停业', en: 'suspension of business' },
  close: { zh: '责令关闭', en: 'closure' },
  'restrict-practice': { zh: '限制从业', en: 'restriction of practice' },
  'ban-practice': { zh: '禁止从业', en: 'ban from practice' },
  'no-licence-period': { zh: '一定时期内不得申请行政许可', en: 'bar on licence applications' },
  detention: { zh: '行政拘留', en: 'administrative detention' },
};

export const rule: Rule = {
  meta: {
    id: 'penalty/kinds-allowed-by-clause',
    title: { zh: '处罚种类为罚则所允许', en: 'Penalty kinds allowed by the clause' },
    description: {
      zh:
        '决定的每一处罚种类都应当是所引罚则规定的种类（如停产整治只能在罚则规定时适用）；行政拘留由公安机关决定，' +
        '生态环境部门不得自行决定；没收违法所得自2021年7月15日起为一般规定（行政处罚法2021年第二十八条第二款）。',
      en:
        'Every penalty kind decided must be one the cited clause provides (suspension for rectification only where the ' +
        'clause allows it, …); detention is for the police, never the environmental agency; confiscation of illegal gains ' +
        'is general from 2021-07-15 (APL 2021 art. 28(2)).',
    },
    severity: 'error',
    category: '适用法律正确',
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 9 },
      { law: 'admin-penalty-law', version: '2021', article: 28, paragraph: 2 },
      { law: 'env-protection-law', version: '2015', article: 63 },
    ],
    candidates: ['ENV-DEC-004'],
  },
  check(c, ctx) {
    const kinds = c.data.penalty.kinds ?? [];
    if (kinds.length === 0) return [];
    const findings: RuleFinding[] = [];
    const kindsPath = '/penalty/kinds';
    if (kinds.includes('detention')) {
      const b = { law: 'env-protection-law', version: '2015', article: 63 };
      findings.push({
        path: kindsPath,
        basis: [b],
        message: {
          zh: `行政拘留应当移送公安机关决定（${ctx.law.cite(b).zh}），不能列为本机关的处罚种类`,
          en: `Detention is decided by the police after a transfer (${ctx.law.cite(b).en}); it cannot be a penalty of this agency`,
        },
        suggestion: {
          zh: '删除该处罚种类，改为记录移送（transferred, kind: detention）',
          en: 'remove it and record the transfer instead',
        },
      });
    }
    const applied = appliedClauses(c, ctx);
    if (applied.length === 0) return findings;
    const allowed = new Set<string>();
    let fineAllowed = false;
    let allConfirmed = true;
    for (const { applied: a } of applied) {
      allConfirmed &&= a.clause.confirmed;
      for (const t of tiersFor(a.clause, c)) {
        if (t.fine) fineAllowed = true;
        t.otherSanctions.forEach((s) => allowed.add(s));
      }
    }
    const decided = decisionDate(c, ctx);
    if (decided >= '2021-07-15') allowed.add('confiscate-gains');
    const clauses = applied.map((a) =>
      provisionBasis(ctx, a.applied.clause, a.applied.clause.provision, a.ref),
    );
    const cited = clauses.map((b) => ctx.law.cite(b));
    for (const k of kinds) {
      if (k === 'detention') continue;
      const ok = k === 'fine' ? fineAllowed : allowed.has(k);
      if (ok) continue;
      const extra = k === 'confiscate-gains' ? [apl(decided, 28, 23)] : [];
      findings.push({
        path: kindsPath,
        severity: allConfirmed ? undefined : 'warning',
        basis: [...clauses, ...extra],
        message: {
          zh: `所引罚则${cited.map((x) => x.zh).join('、')}未规定“${KIND[k].zh}”，不能作出该种类处罚`,
          en: `The cited clause ${cited.map((x) => x.en).join(', ')} does not provide ${KIND[k].en}; it cannot be imposed`,
        },
        suggestion: {
          zh: '删除该处罚种类，或改引规定该种类的罚则条款',
          en: 'remove it, or cite the clause that provides it',
        },
      });
    }
    return findings;
  },
};
