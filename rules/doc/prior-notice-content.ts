/**
 * The prior notice text says what the record says it said:
 * - from 2021-07-15 it states the proposed penalty (行政处罚法 2021 §44: 拟作出的行政处罚内容), so a proposed fine
 *   must appear as an amount equal to the recorded proposal;
 * - when a hearing is due (a fine reaching the hearing threshold of ctx.thresholds.hearing, or a penalty kind
 *   listed in 2021 §63(1) / 2017 §42), it tells the party of the right to request a hearing.
 */
import { isOralNotice } from '../shared/oral-notice.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { findAmounts, formatCapitalYuan } from '../../src/text/numerals.js';
import {
  APL,
  ENV,
  aplVersion,
  basis,
  compact,
  envVersion,
  textsOf,
  withBasis,
  type DocWithText,
} from './support.js';
import { printable } from '../../src/text/printable.js';
import { APL_2017_HEARING_KINDS, APL_2021_HEARING_KINDS, hearingTriggerKinds } from '../shared/hearing.js';

/** the sentence that tells of the right (a title such as 事先（听证）告知书 alone is not enough) */
const HEARING_SENTENCE = /(要求|申请|提出)(举行)?听证|听证的?权利|听证权/;
function noticesFor(c: Case, ctx: RuleContext, e: TimelineEvent): DocWithText[] {
  const all = textsOf(c, ctx, 'prior-notice');
  const id = e.served_document;
  const linked = all.filter((d) => d.doc.id === id || (e.documents ?? []).includes(d.doc.id));
  return linked.length > 0 ? linked : all;
}

export const rule: Rule = {
  meta: {
    id: 'doc/prior-notice-content',
    title: { zh: '事先告知书内容与记录一致', en: 'Prior notice text matches the record' },
    description: {
      zh: '2021年7月15日起，事先告知书应写明拟作出的处罚内容（拟罚款金额与记录一致）；应当告知听证权利时（罚款达到听证标准或拟作出法定的较重处罚），告知书应有听证权利的告知。',
      en: 'From 2021-07-15 the prior notice must state the proposed penalty (a proposed fine as recorded); when a hearing is due (a fine at the hearing threshold or a listed heavier penalty) it must tell the party of the right to a hearing.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 44),
      basis(APL, '2021', 63, 1),
      basis(APL, '2017', 31),
      basis(APL, '2017', 42),
      basis(ENV, '2010', 48),
      basis(ENV, '2023', 46),
    ],
    candidates: ['APL-015', 'APL-020'],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      if (e.event !== 'prior-notice-served' || isOralNotice(c, e)) continue;
      const v2021 = aplVersion(ctx, e.date) === '2021';
      const proposed = e.proposed ?? { kinds: c.data.penalty.kinds, fine: c.data.penalty.fine };
      const threshold = ctx.thresholds.hearing(e.date, c.data.party.type, ctx.settings.jurisdiction);
      const byAmount =
        proposed.fine !== undefined &&
        proposed.kinds.includes('fine') &&
        ctx.thresholds.reaches(proposed.fine, threshold);
      const env = envVersion(ctx, e.date);
      // kinds 行政处罚法 lists, then those only the environmental measures add (same list as procedure/hearing-right)
      const byKind = proposed.kinds.some((k) =>
        (v2021 ? APL_2021_HEARING_KINDS : APL_2017_HEARING_KINDS).includes(k),
      );
      const triggers = hearingTriggerKinds(ctx, e.date);
      const byEnvKind = env !== undefined && !byKind && proposed.kinds.some((k) => triggers.has(k));
      for (const d of noticesFor(c, ctx, e)) {
        const text = compact(d.text);
        if (v2021 && proposed.fine !== undefined && proposed.kinds.includes('fine')) {
          const amounts = findAmounts(text).filter((a) => a.value === proposed.fine);
          if (amounts.length === 0) {
            const b: LegalBasis[] = [basis(APL, '2021', 44)];
            findings.push({
              message: withBasis(
                ctx,
                {
                  zh: `事先告知书（${printable(d.info.file)}）未写明记录的拟罚款金额${formatCapitalYuan(proposed.fine)}（${proposed.fine}元）`,
                  en: `The prior notice (${printable(d.info.file)}) does not state the recorded proposed fine of ¥${proposed.fine}`,
                },
                b,
              ),
              path: `${e.pointer}/proposed`,
              file: d.info.file,
              basis: b,
              suggestion: {
                zh: '告知书应写明拟作出的行政处罚内容，包括拟罚款金额',
                en: 'The notice must state the proposed penalty, including the amount',
              },
            });
          }
        }
        if ((byAmount || byKind || byEnvKind) && !HEARING_SENTENCE.test(text)) {
          const b: LegalBasis[] = v2021
            ? [basis(APL, '2021', 44), basis(APL, '2021', 63, 1), threshold.basis]
            : [basis(APL, '2017', 42), threshold.basis];
          if (byEnvKind && env) b.push(basis(ENV, env, env === '2010' ? 48 : 46));
          const why = byAmount
            ? {
                zh: `拟罚款${proposed.fine ?? 0}元达到听证标准${threshold.amount}元`,
                en: `the proposed fine ¥${proposed.fine ?? 0} reaches the hearing threshold ¥${threshold.amount}`,
              }
            : {
                zh: '拟作出的处罚属于应当告知听证权利的种类',
                en: 'the proposed penalty is of a kind that carries the hearing right',
              };
          findings.push({
            message: withBasis(
              ctx,
              {
                zh: `${why.zh}，但事先告知书（${printable(d.info.file)}）没有告知听证权利`,
                en: `${why.en}, but the prior notice (${printable(d.info.file)}) does not tell the party of the right to a hearing`,
              },
              b,
            ),
            path: `${e.pointer}/hearing_right`,
            file: d.info.file,
            basis: b,
            suggestion: {
              zh: '在告知书中写明当事人有权要求举行听证及申请期限',
              en: 'State in the notice the right to request a hearing and the period for it',
            },
          });
        }
      }
    }
    return findings;
  },
};
