/**
 * 事先告知: before a penalty decision the party is notified, with proof of service — 行政处罚法 2021 §44, §62
 * (2017 §31, §41); 环境行政处罚办法 (2010) §48; 生态环境行政处罚办法 (2023) §44.
 */
import type { Case } from '../../src/model/case.js';
import { documentById, eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis, envVersion, withBasis } from './support/law.js';
import { serviceProofCause } from '../shared/causes.js';
import { notChecked, notRecorded } from '../../src/engine/coverage.js';
import { noticeBases } from './support/notice.js';
import { decisionOf, imposesPenalty, isGeneral, notGeneral } from './support/steps.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/prior-notice-served',
    title: { zh: '事先告知书在决定前送达', en: 'Prior notice served before the decision' },
    description: {
      zh: '作出行政处罚决定前，应向当事人送达行政处罚事先（听证）告知书，并留存送达回证等送达凭证；未告知的不得作出处罚决定。只有部分记录时，记录的告知书晚于决定的照常报告，未记录告知书或送达凭证的列为未检查。',
      en: 'Before a penalty decision the party must be served a prior notice, with proof of service kept on file; without notice no penalty may be decided. On a partial record a notice dated after the decision is still reported; a notice or proof of service not recorded is reported as not checked.',
    },
    severity: 'error',
    category: '程序合法',
    // runs on a partial record too: a notice dated after the decision is checked, a missing one is coverage
    basis: [
      basis(APL, '2021', 44),
      basis(APL, '2021', 62),
      basis(APL, '2017', 31),
      basis(APL, '2017', 41),
      basis(ENV, '2010', 48, 1),
      basis(ENV, '2023', 44),
      basis(ENV, '2010', 57, 2),
      basis(ENV, '2023', 59, 2),
    ],
    candidates: ['APL-014', 'ENV-NOT-001'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!imposesPenalty(c)) return [];
    if (!isGeneral(c)) return notGeneral(c);
    const decision = decisionOf(c);
    if (!decision) return c.undated.some((u) => u.event === 'decision') ? [notChecked('decision-date')] : [];
    const b = noticeBases(ctx, decision.date);
    const notices = eventsOf(c, 'prior-notice-served');
    const served = notices.filter((n) => n.date <= decision.date);
    if (served.length === 0) {
      // a notice recorded without an exact date may have come before the decision: not checked, not "not served"
      if (c.undated.some((u) => u.event === 'prior-notice-served'))
        return [
          notRecorded(
            'prior-notice-date',
            { zh: '事先告知书的送达日期', en: 'the service date of the prior notice' },
            '/timeline',
          ),
        ];
      const late = notices[0];
      if (!late && c.record === 'partial')
        return [
          notRecorded(
            'prior-notice',
            { zh: '事先告知书的送达', en: 'the service of the prior notice' },
            '/timeline',
          ),
        ];
      return [
        {
          message: withBasis(
            ctx,
            late
              ? {
                  zh: `事先告知书于${late.date}送达，晚于${decision.date}的处罚决定`,
                  en: `The prior notice was served on ${late.date}, after the decision of ${decision.date}`,
                }
              : {
                  zh: `案卷中未记录处罚决定（${decision.date}）前送达行政处罚事先告知书`,
                  en: `The file records no prior notice served before the decision of ${decision.date}`,
                },
            b,
          ),
          path: late ? `${late.pointer}/date` : '/timeline',
          basis: b,
          suggestion: {
            zh: '撤回决定，依法送达事先告知书并听取陈述申辩后重新作出决定',
            en: 'Withdraw the decision, serve the prior notice, hear the party and decide again',
          },
        },
      ];
    }
    const last = served.at(-1);
    if (!last) return [];
    const proof =
      last.proof !== undefined ||
      last.method === 'on-the-spot' ||
      (last.documents ?? []).some((id) => documentById(c, id)?.type === 'service-receipt');
    if (proof) return [];
    // a partial record lists the notice but not its papers: proof of service is not recorded, not absent
    if (c.record === 'partial')
      return [
        notRecorded(
          'prior-notice-proof',
          { zh: '事先告知书的送达凭证', en: 'the proof of service of the prior notice' },
          last.pointer,
          { zh: '事先告知书的送达凭证', en: 'proof of service of the prior notice' },
        ),
      ];
    // 送达回证: 2010 办法 §57(2) / 2023 办法 §59(2) — documents are served with a proof of service kept on file
    const env = envVersion(ctx, last.date);
    const proofBases: LegalBasis[] = [
      ...noticeBases(ctx, last.date),
      ...(env === '2010' ? [basis(ENV, '2010', 57, 2)] : env === '2023' ? [basis(ENV, '2023', 59, 2)] : []),
    ];
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `${last.date}送达事先告知书，案卷中未记录送达凭证`,
            en: `No proof of service is recorded for the prior notice served on ${last.date}`,
          },
          proofBases,
        ),
        path: last.pointer,
        cause: serviceProofCause(last.pointer),
        basis: proofBases,
        severity: 'warning',
        suggestion: {
          zh: '在 proof 中记录送达回证或邮寄回执',
          en: 'Record the service receipt or postal receipt in proof',
        },
      },
    ];
  },
};
