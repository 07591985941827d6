/**
 * 集体讨论: 行政处罚法 2021 §57(2), 2017 §38(2) (complex cases or major violations); 环境行政处罚办法 (2010) §52;
 * 生态环境行政处罚办法 (2023) §52 — proposed fine or confiscation ≥ ¥500,000 (ctx.thresholds), licence revocation or
 * ban on applying, 停产整治/停产停业/关闭/限制从业/禁止从业 — and §57 (a second extension of the time limit).
 */
import type { PenaltyKind } from '../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import { penaltyKindNames } from '../../src/model/labels.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import {
  decisionOf,
  formatYuan,
  imposesPenalty,
  isGeneral,
  notGeneral,
  priorNoticeBefore,
} from './support/steps.js';

/** 2023 办法 §52(2)(3)–(4): the kinds that need a collective discussion */
const HEAVY_2023: ReadonlySet<PenaltyKind> = new Set<PenaltyKind>([
  'revoke-licence',
  'no-licence-period',
  'suspend-rectify',
  'suspend-business',
  'close',
  'restrict-practice',
  'ban-practice',
]);

function triggers(c: Case, ctx: RuleContext, decision: TimelineEvent): { why: Msg[]; bases: LegalBasis[] } {
  const why: Msg[] = [];
  const bases: LegalBasis[] = [];
  const flags = new Set(c.data.case.flags ?? []);
  const apl = aplVersion(ctx, decision.date);
  const env = envVersion(ctx, decision.date);
  if (flags.has('complex') || flags.has('major')) {
    why.push({ zh: '情节复杂或者重大违法行为', en: 'a complex case or major violation' });
    bases.push(apl === '2021' ? basis(APL, '2021', 57, 2) : basis(APL, '2017', 38, 2));
    if (env === '2010') bases.push(basis(ENV, '2010', 52));
    // 2023 办法 §52: the duty is its first paragraph; the list of cases (items 1–5) is its second
    if (env === '2023') {
      bases.push(basis(ENV, '2023', 52, 1));
      if (flags.has('complex')) bases.push(basis(ENV, '2023', 52, 2, 1));
    }
  }
  if (env !== '2023') return { why, bases };

  const notice = priorNoticeBefore(c, decision.date);
  const threshold = ctx.thresholds.collectiveDiscussion(decision.date);
  if (threshold) {
    const p = c.data.penalty;
    const amounts: [number | undefined, Msg][] = [
      [notice?.proposed?.fine, { zh: '拟罚款', en: 'proposed fine' }],
      [p.fine, { zh: '罚款', en: 'fine' }],
      [p.confiscated_gains, { zh: '没收违法所得', en: 'confiscated gains' }],
    ];
    const hit = amounts.find(([a]) => a !== undefined && ctx.thresholds.reaches(a, threshold));
    if (hit) {
      why.push({
        zh: `${hit[1].zh}${formatYuan(hit[0] as number)}达到${formatYuan(threshold.amount)}`,
        en: `${hit[1].en} of ${formatYuan(hit[0] as number)} reaches ${formatYuan(threshold.amount)}`,
      });
      bases.push(basis(ENV, '2023', 52, 2, 2));
    }
  }
  const kinds = new Set<PenaltyKind>([...c.data.penalty.kinds, ...(notice?.proposed?.kinds ?? [])]);
  const heavy = [...kinds].filter((k) => HEAVY_2023.has(k));
  if (heavy.length > 0) {
    why.push(penaltyKindNames(heavy));
    const items = new Set<number>(
      [...kinds].map((k) =>
        k === 'revoke-licence' || k === 'no-licence-period' ? 3 : HEAVY_2023.has(k) ? 4 : 0,
      ),
    );
    for (const i of [3, 4]) if (items.has(i)) bases.push(basis(ENV, '2023', 52, 2, i));
  }
  if (eventsOf(c, 'extension-approved').filter((e) => e.date <= decision.date).length >= 2) {
    why.push({ zh: '办案期限第二次延长', en: 'a second extension of the time limit' });
    bases.push(basis(ENV, '2023', 57, 1));
  }
  return { why, bases };
}

export const rule: Rule = {
  meta: {
    id: 'procedure/collective-discussion',
    title: { zh: '集体讨论', en: 'Collective discussion' },
    description: {
      zh: '情节复杂或者重大违法行为给予处罚的，负责人应集体讨论决定；2023年办法下，拟罚款、没收违法所得或非法财物达五十万元，拟吊销许可证件、一定期限内不得申请许可，拟责令停产整治、停产停业、关闭、限制从业、禁止从业，以及第二次延长办案期限的，均须集体讨论，且讨论应早于决定。“以上”是否含本数按 thresholdInclusive 设置（默认含本数）。',
      en: 'A penalty for a complex case or major violation is decided collectively by the heads; under the 2023 measures also a proposed fine or confiscation of ¥500,000 or more, licence revocation or a ban on applying, suspension, closure or occupational bans, and a second extension of the time limit. The discussion precedes the decision. Whether 以上 includes the amount follows the thresholdInclusive setting (default: it does).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 57, 2),
      basis(APL, '2017', 38, 2),
      basis(ENV, '2010', 52),
      basis(ENV, '2023', 52),
    ],
    candidates: ['APL-029', 'ENV-COL-001', 'CAT-6'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!imposesPenalty(c)) return [];
    if (!isGeneral(c)) return notGeneral(c);
    const decision = decisionOf(c);
    if (!decision) return [];
    const { why, bases } = triggers(c, ctx, decision);
    if (why.length === 0) return [];
    const reason: Msg = { zh: why.map((w) => w.zh).join('；'), en: why.map((w) => w.en).join('; ') };
    const discussions = eventsOf(c, 'collective-discussion');
    if (discussions.some((d) => d.date <= decision.date)) return [];
    const after = discussions.find((d) => d.date > decision.date);
    return [
      {
        message: withBasis(
          ctx,
          after
            ? {
                zh: `集体讨论（${after.date}）晚于${decision.date}的处罚决定（${reason.zh}）`,
                en: `The collective discussion (${after.date}) came after the decision of ${decision.date} (${reason.en})`,
              }
            : {
                zh: `本案应经负责人集体讨论决定（${reason.zh}），但决定前未记录集体讨论`,
                en: `The heads had to decide collectively (${reason.en}), but no collective discussion precedes the decision`,
              },
          bases,
        ),
        path: after ? `${after.pointer}/date` : '/timeline',
        basis: bases,
        suggestion: {
          zh: '决定前召开负责人集体讨论并制作集体讨论记录',
          en: 'Hold the heads’ collective discussion before deciding and keep its record',
        },
      },
    ];
  },
};
