/**
 * 法制审核 before the decision. 行政处罚法 2017 §38(3) (in force 2018-01-01 per secondary sources): every
 * general-procedure decision is reviewed. 行政处罚法 2021 §58(1) and 生态环境行政处罚办法 (2023) §49: review is
 * mandatory for major public interest, a hearing held on major rights, complex cases, and cases set by law; no
 * decision without a review or after a failed one. 环境行政处罚办法 (2010) has no legal-review article.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { eventsOf } from '../../src/model/case.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { decisionOf, isGeneral, notGeneral } from './support/steps.js';

const FAILED = new Set(['fail', 'disagree', 'return']);

/** the 2021 / 2023 triggers present in the case */
function triggers(c: Case, decision: TimelineEvent): Msg[] {
  const flags = new Set(c.data.case.flags ?? []);
  const out: Msg[] = [];
  if (flags.has('major-public-interest')) out.push({ zh: '涉及重大公共利益', en: 'major public interest' });
  if (flags.has('hearing-held') || eventsOf(c, 'hearing-held').some((h) => h.date <= decision.date))
    out.push({ zh: '经过听证程序', en: 'a hearing was held' });
  if (flags.has('complex') || flags.has('novel'))
    out.push({ zh: '案件情况疑难复杂、涉及多个法律关系', en: 'a difficult or complex case' });
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/legal-review',
    title: { zh: '法制审核', en: 'Legal review before the decision' },
    description: {
      zh: '行政处罚法(2017)第三十八条第三款施行后（默认2018-01-01起）作出的一般程序决定均须经审核；行政处罚法(2021)第五十八条、生态环境行政处罚办法(2023)第四十九条规定的情形（重大公共利益、经过听证、疑难复杂等）须经法制审核。审核须在决定前完成且结论为通过；未经审核或者审核未通过的，不得作出决定。',
      en: 'Under the 2017 law art. 38(3) (from 2018-01-01 by default) every general-procedure decision is reviewed; under the 2021 law art. 58 and the 2023 measures art. 49 the listed cases (major public interest, a hearing held, complex cases) need legal review. The review must precede the decision and pass; no decision without it or after a failed one.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 58, 1), basis(APL, '2017', 38, 3), basis(ENV, '2023', 49, 1)],
    candidates: ['APL-027', 'ENV-LEG-001', 'CAT-6'],
    options: {
      oldLawReviewFrom: {
        description: {
          zh: '行政处罚法(2017)第三十八条第三款的施行日（二手资料为2018-01-01，未经全文核对）',
          en: 'Date the 2017 law art. 38(3) took effect (2018-01-01 per secondary sources; not checked against a full text)',
        },
        default: '2018-01-01',
        type: 'date',
      },
      alwaysRequire: {
        description: {
          zh: '所有一般程序决定均要求法制审核（地方或本机关规定更宽的，设区的市级以上部门可细化范围，生态环境行政处罚办法(2023)第四十九条）',
          en: 'Require legal review for every general-procedure decision (a department at city level or above may widen the scope, 2023 measures art. 49)',
        },
        default: false,
        type: 'boolean',
      },
    },
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const decision = decisionOf(c);
    if (!decision) return [];
    const apl = aplVersion(ctx, decision.date);
    const env = envVersion(ctx, decision.date);
    const bases: LegalBasis[] = [];
    let reason: Msg;
    if (apl === '2017') {
      const from = (ctx.options.oldLawReviewFrom as string | undefined) ?? '2018-01-01';
      if (decision.date < from) return [];
      bases.push(basis(APL, '2017', 38, 3));
      reason = {
        zh: '2018年起一般程序决定均须审核',
        en: 'every general-procedure decision from 2018 is reviewed',
      };
    } else {
      const found = triggers(c, decision);
      if (found.length === 0 && ctx.options.alwaysRequire !== true) return [];
      bases.push(basis(APL, '2021', 58, 1));
      if (env === '2023') bases.push(basis(ENV, '2023', 49, 1));
      reason =
        found.length > 0
          ? { zh: found.map((t) => t.zh).join('、'), en: found.map((t) => t.en).join(', ') }
          : {
              zh: '本机关要求所有一般程序案件法制审核',
              en: 'the agency requires review of every general-procedure case',
            };
    }

    const reviews = eventsOf(c, 'legal-review');
    const before = reviews.filter((r) => r.date <= decision.date);
    const last = before.at(-1);
    if (!last) {
      const after = reviews.find((r) => r.date > decision.date);
      return [
        {
          message: withBasis(
            ctx,
            after
              ? {
                  zh: `法制审核（${after.date}）晚于${decision.date}的处罚决定；本案须先审核后决定（${reason.zh}）`,
                  en: `The legal review (${after.date}) came after the decision of ${decision.date}; this case must be reviewed first (${reason.en})`,
                }
              : {
                  zh: `处罚决定（${decision.date}）前未记录法制审核（${reason.zh}）`,
                  en: `No legal review before the decision of ${decision.date} is recorded (${reason.en})`,
                },
            bases,
          ),
          path: after ? `${after.pointer}/date` : '/timeline',
          basis: bases,
          suggestion: {
            zh: '决定前由法制审核人员审核并记录 legal-review 事件及审核意见书',
            en: 'Have the legal reviewer review before the decision and record the legal-review event and opinion',
          },
        },
      ];
    }
    if (last.outcome !== undefined && FAILED.has(last.outcome)) {
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `${last.date}法制审核未通过（${last.outcome}），其后未经重新审核即于${decision.date}作出决定`,
              en: `The legal review of ${last.date} did not pass (${last.outcome}), yet the decision was made on ${decision.date} without a new review`,
            },
            bases,
          ),
          path: last.pointer,
          basis: bases,
          suggestion: {
            zh: '按审核意见补正后重新提交法制审核，通过后再作决定',
            en: 'Correct the case as the review says, resubmit it and decide only after it passes',
          },
        },
      ];
    }
    if (last.outcome === undefined) {
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `${last.date}法制审核未记录审核结论`,
              en: `The legal review of ${last.date} records no outcome`,
            },
            bases,
          ),
          path: last.pointer,
          basis: bases,
          severity: 'warning',
          suggestion: {
            zh: '在 outcome 中记录审核结论（pass/fail/return）',
            en: 'Record the outcome (pass/fail/return)',
          },
        },
      ];
    }
    return [];
  },
};
