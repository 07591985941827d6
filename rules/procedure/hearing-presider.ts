/**
 * 听证主持人: designated by the agency and not an investigator of the case — 行政处罚法 2021 §64(1)(4),
 * 2017 §42(1)(4); 生态环境行政处罚办法 (2023) §47.
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, basis, withBasis } from './support/law.js';
import { hearingBases } from './support/hearing.js';
import { investigators } from './support/steps.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/hearing-presider',
    title: { zh: '听证主持人非本案调查人员', en: 'Hearing presider is not an investigator' },
    description: {
      zh: '听证由行政机关指定的非本案调查人员主持；主持人为调查人员的为错误，未记录主持人的给予警告。',
      en: 'The hearing is presided over by someone the agency designates who did not investigate the case; an investigator presiding is an error, an unrecorded presider a warning.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(APL, '2021', 64, undefined, 4),
      basis(APL, '2017', 42, 1, 4),
      basis(ENV, '2023', 47, undefined, 4),
    ],
    candidates: ['APL-023', 'ENV-HEA-004'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const inv = investigators(c);
    for (const h of eventsOf(c, 'hearing-held')) {
      const b = hearingBases(ctx, h.date, 4);
      if (h.presider === undefined) {
        findings.push({
          message: withBasis(
            ctx,
            { zh: `${h.date}听证未记录主持人`, en: `The hearing of ${h.date} records no presider` },
            b,
          ),
          path: h.pointer,
          basis: b,
          severity: 'warning',
          suggestion: {
            zh: '在 presider 中记录听证主持人，以便核对其非本案调查人员',
            en: 'Record the presider, so that it can be checked he or she did not investigate',
          },
        });
      } else if (inv.has(h.presider)) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${h.date}听证由本案调查人员${h.presider}主持`,
              en: `The hearing of ${h.date} was presided over by ${h.presider}, an investigator of the case`,
            },
            b,
          ),
          path: `${h.pointer}/presider`,
          basis: b,
          suggestion: {
            zh: '另行指定非本案调查人员主持并重新举行听证',
            en: 'Designate a presider who did not investigate and hold the hearing again',
          },
        });
      }
    }
    return findings;
  },
};
