import type { Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { PENALTY_KIND_LABELS } from '../../src/model/labels.js';
import type { Case } from '../../src/model/case.js';
import type { PenaltyTier } from '../../src/law/types.js';
import { refusalConfirmed } from './per-day-facts.js';
import {
  type ActSpan,
  appliedAtAct,
  type AppliedBasis,
  decisionDate,
  judgeOverReadings,
  provisionBasis,
  tiersFor,
} from './util.js';

const STAGE_FACTS: Record<PenaltyTier['stage'], Msg> = {
  initial: { zh: '一般情形', en: 'in the initial case' },
  after_deadline: { zh: '逾期不改正', en: 'after failing to correct by the deadline' },
  after_refusal: { zh: '拒不改正', en: 'after a refusal to correct' },
  serious: { zh: '情节严重', en: 'in serious cases' },
  serious_consequence: { zh: '造成严重后果', en: 'where serious consequences occurred' },
};

/** whether the file records the facts of a tier's situation before the decision */
function stageEstablished(c: Case, stage: PenaltyTier['stage'], decided: string): boolean {
  switch (stage) {
    case 'initial':
      return true;
    case 'after_deadline':
    case 'after_refusal':
      return c.timeline.some((e) => e.event === 'reinspection' && e.date <= decided && refusalConfirmed(e));
    case 'serious':
    case 'serious_consequence':
      return c.data.violation.harm?.consequences === true || (c.data.case.flags ?? []).includes('major');
  }
}

const KIND = PENALTY_KIND_LABELS;

export const rule: Rule = {
  meta: {
    id: 'penalty/kinds-allowed-by-clause',
    title: { zh: '处罚种类为罚则所允许', en: 'Penalty kinds allowed by the clause' },
    description: {
      zh:
        '决定的每一处罚种类都应当是所引罚则规定的种类，且案卷记录了该种类所要求的情形（如大气污染防治法第一百零八条的停产整治仅适用于拒不改正，须有复查发现拒不改正的记录）；行政拘留由公安机关决定，' +
        '生态环境部门不得自行决定；对2021年7月15日起的违法行为，没收违法所得为一般规定（行政处罚法2021年第二十八条第二款；此前的行为依第三十七条适用行为时法律）。',
      en:
        'Every penalty kind decided must be one the cited clause provides, in a situation the file records (e.g. air law ' +
        'art. 108 allows suspension for rectification only after a refusal to correct, shown by a re-inspection); detention is for the police, never the environmental agency; confiscation of illegal gains ' +
        'is general for acts from 2021-07-15 (APL 2021 art. 28(2); earlier acts keep the act-time law, art. 37).',
    },
    severity: 'error',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
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
    // the clause is the one in force at the act (行政处罚法 2021 §37): an act known only within a span is read in the
    // clause that applies on every day of it; without any bound, or where the clause changes, coverage
    const { applied, span, gap } = appliedAtAct(c, ctx);
    if (gap) findings.push(gap);
    if (applied.length === 0) return findings;
    // a paragraph cited without its item is judged on each row it can mean (judgeOverReadings)
    return [
      ...findings,
      ...judgeOverReadings(c, ctx, applied, (readings) => judgeKinds(c, ctx, readings, kinds, span)),
    ];
  },
};

function judgeKinds(
  c: Case,
  ctx: RuleContext,
  applied: AppliedBasis[],
  kinds: NonNullable<Case['data']['penalty']['kinds']>,
  span: ActSpan | undefined,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const kindsPath = '/penalty/kinds';
  const decided = decisionDate(c, ctx);
  /** kind → the stages of the cited clauses' tiers that provide it */
  const stages = new Map<string, Set<PenaltyTier['stage']>>();
  let allConfirmed = true;
  for (const { applied: a } of applied) {
    allConfirmed &&= a.clause.confirmed;
    for (const t of tiersFor(a.clause, c)) {
      const provided = [...(t.fine ? ['fine'] : []), ...t.otherSanctions];
      for (const k of provided) stages.set(k, (stages.get(k) ?? new Set()).add(t.stage));
    }
  }
  // the general confiscation rule (2021 §28(2)) reaches acts from 2021-07-15 only (从旧兼从轻, 2021 §37)
  // (an act known only within a span that reaches that day may fall under it: the kind is not shown as unlawful)
  if ((span?.to ?? decided) >= '2021-07-15') stages.set('confiscate-gains', new Set(['initial']));
  const clauses = applied.map((a) =>
    provisionBasis(ctx, a.applied.clause, a.applied.clause.provision, a.ref),
  );
  const cited = clauses.map((b) => ctx.law.cite(b));
  const severity = allConfirmed ? undefined : ('warning' as const);
  for (const k of kinds) {
    if (k === 'detention') continue;
    const at = stages.get(k);
    if (!at) {
      // only reached for confiscation before 2021-07-15: the 2017 text has no general confiscation clause
      const notYet =
        k === 'confiscate-gains'
          ? {
              zh: '；行政处罚法2021年第二十八条第二款的一般规定只适用于2021年7月15日起的违法行为（第三十七条）',
              en: '; the general rule of APL 2021 art. 28(2) reaches only acts from 2021-07-15 (art. 37)',
            }
          : { zh: '', en: '' };
      findings.push({
        path: kindsPath,
        severity,
        basis: clauses,
        message: {
          zh: `所引罚则${cited.map((x) => x.zh).join('、')}未规定“${KIND[k].zh}”，不能作出该种类处罚${notYet.zh}`,
          en: `The cited clause ${cited.map((x) => x.en).join(', ')} does not provide ${KIND[k].en}; it cannot be imposed${notYet.en}`,
        },
        suggestion: {
          zh: '删除该处罚种类，或改引规定该种类的罚则条款',
          en: 'remove it, or cite the clause that provides it',
        },
      });
      continue;
    }
    if ([...at].some((st) => stageEstablished(c, st, decided))) continue;
    const needed = [...at].map((st) => STAGE_FACTS[st]);
    findings.push({
      path: kindsPath,
      severity,
      basis: clauses,
      message: {
        zh: `所引罚则${cited.map((x) => x.zh).join('、')}仅在${needed.map((n) => n.zh).join('或')}时规定“${KIND[k].zh}”，案卷未记录该情形`,
        en: `The cited clause ${cited.map((x) => x.en).join(', ')} provides ${KIND[k].en} only ${needed.map((n) => n.en).join(' or ')}, which the file does not record`,
      },
      suggestion: {
        zh: '记录复查发现拒不改正（reinspection, outcome: fail）或情节严重的事实，或删除该处罚种类',
        en: 'record the re-inspection finding refusal (reinspection with outcome: fail) or the serious facts, or remove the kind',
      },
    });
  }
  return findings;
}
