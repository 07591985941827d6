/**
 * 调查终结报告: on ending the investigation the investigators report facts, evidence and proposed handling for
 * review — 环境行政处罚办法 (2010) §45; 生态环境行政处罚办法 (2023) §38(1); head review 行政处罚法 2021 §57(1), 2017 §38(1).
 */
import type { Case } from '../../src/model/case.js';
import { firstEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { isGeneral, notGeneral } from './support/steps.js';
import { stepName } from './support/labels.js';

function bases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] = [];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 45));
  if (env === '2023') out.push(basis(ENV, '2023', 38, 1));
  out.push(aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 57, 1) : basis(APL, '2017', 38, 1));
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/investigation-report',
    title: { zh: '调查终结报告', en: 'Investigation report' },
    description: {
      zh: '一般程序案件调查终结后，调查人员应制作调查终结报告（事实、证据、处理建议），并早于案件审查、事先告知和处罚决定。',
      en: 'In the general procedure the investigators write an investigation report (facts, evidence, proposed handling) before case review, prior notice and decision.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(ENV, '2010', 45),
      basis(ENV, '2023', 38, 1),
      basis(APL, '2021', 57, 1),
      basis(APL, '2017', 38, 1),
    ],
    candidates: ['ENV-INV-011'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const review = firstEvent(c, 'case-review');
    const notice = firstEvent(c, 'prior-notice-served');
    const decision = firstEvent(c, 'decision');
    const next = [review, notice, decision]
      .filter((e) => e !== undefined)
      .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    if (!next) return []; // investigation still running
    const b = bases(ctx, next.date);
    const report = firstEvent(c, 'investigation-report');
    if (!report) {
      return [
        {
          message: withBasis(
            ctx,
            {
              zh: `案卷中未记录调查终结报告，却已于${next.date}进入${stepName(next.event).zh}`,
              en: `No investigation report is recorded, yet the case reached the ${stepName(next.event).en} on ${next.date}`,
            },
            b,
          ),
          path: '/timeline',
          basis: b,
          suggestion: {
            zh: '补录调查终结报告（investigation-report）及其文书',
            en: 'Record the investigation report and its document',
          },
        },
      ];
    }
    if (report.date <= next.date) return [];
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `调查终结报告（${report.date}）晚于${next.date}的${stepName(next.event).zh}`,
            en: `The investigation report (${report.date}) comes after the ${stepName(next.event).en} of ${next.date}`,
          },
          b,
        ),
        path: `${report.pointer}/date`,
        basis: b,
        suggestion: {
          zh: '调查终结并报告后再进行审查、告知和决定',
          en: 'End the investigation and report before review, notice and decision',
        },
      },
    ];
  },
};
