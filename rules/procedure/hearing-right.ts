/**
 * 听证权利告知: when the proposed penalty is a large fine (threshold from the knowledge base) or a listed
 * non-monetary penalty, the notice must state the right to a hearing — 行政处罚法 2021 §63(1), 2017 §42;
 * 环境行政处罚办法 (2010) §48, §78; 生态环境行政处罚办法 (2023) §46, §89.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { Threshold } from '../../src/law/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { hearingRightStated } from './support/hearing.js';
import { kindNames } from './support/labels.js';
import { formatYuan, isGeneral, notGeneral, proposedOf } from './support/steps.js';
import { hearingTriggerKinds } from '../shared/hearing.js';

function bases(ctx: RuleContext, date: string, t?: Threshold): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 63, 1) : basis(APL, '2017', 42),
  ];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 48, 2));
  if (env === '2023') out.push(basis(ENV, '2023', 46));
  if (t && !out.some((b) => b.law === t.basis.law && b.article === t.basis.article)) out.push(t.basis);
  return out;
}

interface Trigger {
  why: Msg;
  threshold?: Threshold;
}

function triggers(c: Case, ctx: RuleContext, n: TimelineEvent): { national: Trigger[]; localOnly?: Trigger } {
  const proposed = proposedOf(c, n);
  const national: Trigger[] = [];
  const t = ctx.thresholds.hearing(
    n.date,
    c.data.party.type,
    c.data.case.jurisdiction ?? (ctx.settings.jurisdiction || 'CN'),
  );
  let localOnly: Trigger | undefined;
  if (proposed.fine !== undefined) {
    const exact =
      proposed.fine === t.amount
        ? {
            zh: '（恰为标准数额，“以上”是否含本数未确认，请人工核查）',
            en: ' (exactly the threshold; whether 以上 includes it is unconfirmed — check by hand)',
          }
        : { zh: '', en: '' };
    if (ctx.thresholds.reaches(proposed.fine, t)) {
      national.push({
        why: {
          zh: `拟罚款${formatYuan(proposed.fine)}达到较大数额${formatYuan(t.amount)}${exact.zh}`,
          en: `the proposed fine of ${formatYuan(proposed.fine)} reaches the large amount of ${formatYuan(t.amount)}${exact.en}`,
        },
        threshold: t,
      });
    } else {
      const local = (t as Threshold & { local?: Threshold }).local;
      if (local && ctx.thresholds.reaches(proposed.fine, local)) {
        localOnly = {
          why: {
            zh: `拟罚款${formatYuan(proposed.fine)}达到地方规定的较大数额${formatYuan(local.amount)}（该地方标准未经确认）`,
            en: `the proposed fine of ${formatYuan(proposed.fine)} reaches the local large amount of ${formatYuan(local.amount)} (that local figure is unconfirmed)`,
          },
          threshold: local,
        };
      }
    }
  }
  // 没收较大数额违法所得 (行政处罚法 2021 §63(1)(2); 2010 办法 §48, §78 “罚款和没收”; 2023 办法 §46(2), §89)
  const gains = c.data.penalty.confiscated_gains;
  if (
    gains !== undefined &&
    proposed.kinds.includes('confiscate-gains') &&
    ctx.thresholds.reaches(gains, t)
  ) {
    national.push({
      why: {
        zh: `拟没收违法所得${formatYuan(gains)}达到较大数额${formatYuan(t.amount)}`,
        en: `the confiscation of ${formatYuan(gains)} of illegal gains reaches the large amount of ${formatYuan(t.amount)}`,
      },
      threshold: t,
    });
  }
  const kinds = hearingTriggerKinds(ctx, n.date);
  const heavy = proposed.kinds.filter((k) => kinds.has(k));
  if (heavy.length > 0)
    national.push({ why: { zh: `拟${kindNames(heavy).zh}`, en: `proposed ${kindNames(heavy).en}` } });
  return localOnly ? { national, localOnly } : { national };
}

export const rule: Rule = {
  meta: {
    id: 'procedure/hearing-right',
    title: { zh: '听证权利告知', en: 'Hearing right notified' },
    description: {
      zh: '拟作出较大数额罚款（数额按告知日适用的办法和地方规定，见知识库）或吊销、暂扣许可证件、责令停产停业、关闭、限制从业等处罚的，事先告知书应告知当事人有要求听证的权利。地方标准未经确认而改变结论的，以警告提示。“以上”是否含本数按 thresholdInclusive 设置（默认含本数）。',
      en: 'When the proposed penalty is a large fine (amount by the measures and local rules in force on the notice date, from the knowledge base) or a licence revocation or suspension, suspension of business, closure, occupational restriction or the like, the notice must state the right to a hearing. Where only an unconfirmed local figure changes the answer, a warning is given. Whether 以上 includes the amount follows the thresholdInclusive setting (default: it does).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 63, 1),
      basis(APL, '2017', 42),
      basis(ENV, '2010', 48, 2),
      basis(ENV, '2010', 78),
      basis(ENV, '2023', 46),
      basis(ENV, '2023', 89),
    ],
    candidates: ['APL-020', 'ENV-HEA-001', 'CAT-5'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const findings: RuleFinding[] = [];
    for (const n of eventsOf(c, 'prior-notice-served')) {
      if (hearingRightStated(n)) continue;
      const { national, localOnly } = triggers(c, ctx, n);
      const found = national.length > 0 ? national : localOnly ? [localOnly] : [];
      if (found.length === 0) continue;
      const b = bases(ctx, n.date, found.find((f) => f.threshold)?.threshold);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${n.date}送达的事先告知书未告知听证权利，而${found.map((f) => f.why.zh).join('；')}`,
            en: `The prior notice of ${n.date} does not state the right to a hearing, although ${found.map((f) => f.why.en).join('; ')}`,
          },
          b,
        ),
        path: n.pointer,
        basis: b,
        ...(national.length === 0 ? { severity: 'warning' as const } : {}),
        suggestion: {
          zh: '重新送达载明听证权利的行政处罚听证告知书，听证申请期限届满后再作决定',
          en: 'Serve a notice stating the hearing right again and decide after the request period',
        },
      });
    }
    return findings;
  },
};
