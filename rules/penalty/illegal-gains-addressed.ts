import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import { apl, appliedClauses, decisionDate, provisionBasis, tiersFor, yuan } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/illegal-gains-addressed',
    title: { zh: '违法所得依法处理', en: 'Illegal gains addressed' },
    description: {
      zh:
        '案卷记录了违法所得的，对2021年7月15日起的违法行为应当没收（依法应当退赔的除外，行政处罚法2021年第二十八条第二款）；' +
        '此前的违法行为依从旧兼从轻（第三十七条）仅在罚则规定没收违法所得时没收。没收数额不应超过记录的违法所得。',
      en:
        'Recorded illegal gains of an act from 2021-07-15 must be confiscated unless they are to be refunded (APL 2021 art. ' +
        '28(2)); for an earlier act (the act-time law, art. 37) only where the penalty clause provides it. The amount confiscated should not exceed the gains recorded.',
    },
    severity: 'warning',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [{ law: 'admin-penalty-law', version: '2021', article: 28, paragraph: 2 }],
    candidates: ['APL-048'],
  },
  check(c, ctx) {
    const gains = c.data.violation.bases?.illegal_gains ?? 0;
    const p = c.data.penalty;
    const confiscated = p.confiscated_gains ?? 0;
    const findings: RuleFinding[] = [];
    if (gains <= 0) return findings;
    const decided = decisionDate(c, ctx);
    const imposes = (p.kinds ?? []).includes('confiscate-gains') || confiscated > 0;
    const refundStated = /退赔|退还/.test(c.data.discretion?.explanation ?? '');
    // whether confiscation was due turns on the act date: the general rule (2021 §28(2)) reaches acts from
    // 2021-07-15, earlier ones only through a clause in force at the act (2021 §37). Without it, coverage.
    // (A decision before 2021-07-15 citing no clause is decided either way: the act came earlier still.)
    const actUnknown = c.dates.act === undefined && (decided >= '2021-07-15' || c.basis.length > 0);
    if (!imposes && !p.no_penalty && !refundStated && actUnknown) findings.push(notChecked('act-date'));
    else if (!imposes && !p.no_penalty && !refundStated) {
      const clauses = appliedClauses(c, ctx).filter((a) =>
        tiersFor(a.applied.clause, c).some((t) => t.otherSanctions.includes('confiscate-gains')),
      );
      // confiscation is a penalty (2021 §9(2)): the general rule of 2021 §28(2) reaches only acts from 2021-07-15,
      // since for an earlier act it is not the milder law (从旧兼从轻, 2021 §37)
      const general = (c.dates.act ?? decided) >= '2021-07-15';
      if (general || clauses.length > 0) {
        const basis = [
          ...(general ? [apl(decided, 28, 23, { paragraph: 2 })] : []), // 2021 §28(2)
          ...clauses.map((a) => provisionBasis(ctx, a.applied.clause)),
        ];
        findings.push({
          path: '/violation/bases/illegal_gains',
          basis,
          message: {
            zh: `案卷记录违法所得${yuan(gains).zh}，但决定未没收，也未说明应当退赔（${basis.map((b) => ctx.law.cite(b).zh).join('、')}）`,
            en: `Illegal gains of ${yuan(gains).en} are recorded but not confiscated, and no refund is stated (${basis.map((b) => ctx.law.cite(b).en).join('; ')})`,
          },
          suggestion: {
            zh: '没收违法所得（penalty.kinds加入confiscate-gains并记录confiscated_gains），或在裁量说明中写明退赔理由',
            en: 'confiscate the gains (confiscate-gains with confiscated_gains), or state why they are refunded',
          },
        });
      }
    }
    if (confiscated > gains) {
      // 2021 §28(2) defines the gains; the 2017 text has no general clause (its §23 is the order to correct), so
      // for an act before 2021-07-15 the penalty clause that provides confiscation is the basis
      const clauseBases = appliedClauses(c, ctx)
        .filter((a) =>
          tiersFor(a.applied.clause, c).some((t) => t.otherSanctions.includes('confiscate-gains')),
        )
        .map((a) => provisionBasis(ctx, a.applied.clause));
      const basis =
        (c.dates.act ?? decided) >= '2021-07-15' || clauseBases.length === 0
          ? // 2021 §28(2); before 2021-07-15 without a clause: 2017 §4(2), penalty matching the facts
            [apl(decided, 28, 4, { paragraph: 2 })]
          : clauseBases;
      findings.push({
        path: '/penalty/confiscated_gains',
        basis,
        message: {
          zh: `没收违法所得${yuan(confiscated).zh}，超过案卷认定的违法所得${yuan(gains).zh}`,
          en: `The amount confiscated, ${yuan(confiscated).en}, exceeds the illegal gains found, ${yuan(gains).en}`,
        },
        suggestion: {
          zh: `将没收数额限于认定的违法所得，或补充认定违法所得数额的证据（超出${yuan(confiscated - gains).zh}）`,
          en: `limit the confiscation to the gains found, or record the evidence for a larger amount (excess ${yuan(confiscated - gains).en})`,
        },
      });
    }
    return findings;
  },
};
