/**
 * 回避: a recusal request is decided by the agency (head) — 行政处罚法 2021 §43, 2017 §37(3); 环境行政处罚办法 (2010)
 * §8; 生态环境行政处罚办法 (2023) §6 — and a person whose recusal was granted takes no later role in the case.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { stepName } from './support/labels.js';

function bases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 43) : basis(APL, '2017', 37, 3),
  ];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 8));
  if (env === '2023') out.push(basis(ENV, '2023', 6));
  return out;
}

/** every name an event gives a role to */
function peopleOn(e: TimelineEvent): string[] {
  return [...(e.officers ?? []), ...(e.participants ?? []), e.reviewer, e.presider, e.approved_by].filter(
    (n): n is string => n !== undefined,
  );
}

const GRANTED = new Set(['agree', 'pass']);

export const rule: Rule = {
  meta: {
    id: 'procedure/recusal',
    title: { zh: '回避申请的决定与执行', en: 'Recusal decided and observed' },
    description: {
      zh: '当事人申请回避的，应由负责人（2023年办法：主要负责人的回避由负责人集体讨论）作出决定；决定回避（outcome 为 agree/pass）的人员不得再参与本案后续步骤。',
      en: 'A recusal request must be decided by the head (2023 measures: the principal head’s recusal by collective discussion); a person whose recusal was granted (outcome agree/pass) takes no later part in the case.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 43), basis(APL, '2017', 37, 3), basis(ENV, '2010', 8), basis(ENV, '2023', 6)],
    candidates: ['APL-009', 'ENV-REC-001'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const decisions = eventsOf(c, 'recusal-decided');
    for (const req of eventsOf(c, 'recusal-requested')) {
      const b = bases(ctx, req.date);
      const who = req.person ?? '';
      const decided = decisions.find(
        (d) =>
          d.date >= req.date &&
          (req.person === undefined || d.person === undefined || d.person === req.person),
      );
      if (!decided) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${req.date}提出的${who}回避申请，未记录回避决定`,
              en: `No decision is recorded on the recusal request of ${req.date}${who ? ` concerning ${who}` : ''}`,
            },
            b,
          ),
          path: req.pointer,
          basis: b,
          suggestion: {
            zh: '由负责人对回避申请作出决定并记录 recusal-decided 事件',
            en: 'Have the head decide the request and record a recusal-decided event',
          },
        });
      } else if (
        decided.approved_by !== undefined &&
        decided.approved_by === (req.person ?? decided.person)
      ) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${decided.date}的回避决定由被申请回避的${decided.approved_by}本人作出`,
              en: `The recusal decision of ${decided.date} was made by ${decided.approved_by}, the person whose recusal was sought`,
            },
            b,
          ),
          path: decided.pointer,
          basis: b,
          suggestion: {
            zh: '由有权负责人作出决定（2023年办法：主要负责人的回避由负责人集体讨论决定）',
            en: 'Have the competent head decide (2023 measures: the principal head’s recusal by the heads’ collective discussion)',
          },
        });
      } else if (
        decided.approved_by === undefined &&
        !(decided.participants && decided.participants.length > 0)
      ) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${decided.date}的回避决定未记录作出决定的负责人`,
              en: `The recusal decision of ${decided.date} does not record the deciding head`,
            },
            b,
          ),
          path: decided.pointer,
          basis: b,
          severity: 'warning',
          suggestion: {
            zh: '在 approved_by（或集体讨论的 participants）中记录作出回避决定的负责人',
            en: 'Record the deciding head in approved_by (or the participants of a collective discussion)',
          },
        });
      }
    }
    for (const d of decisions) {
      if (!d.person || !GRANTED.has(d.outcome ?? '')) continue;
      const later = c.timeline.find((e) => e.date > d.date && peopleOn(e).includes(d.person as string));
      if (!later) continue;
      const b = bases(ctx, d.date);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${d.person}已于${d.date}决定回避，但仍参与了${later.date}的${stepName(later.event).zh}`,
            en: `${d.person} was recused on ${d.date} but still took part in the ${stepName(later.event).en} of ${later.date}`,
          },
          b,
        ),
        path: later.pointer,
        basis: b,
        suggestion: { zh: '由其他人员重新进行该步骤', en: 'Have another person redo that step' },
      });
    }
    return findings;
  },
};
