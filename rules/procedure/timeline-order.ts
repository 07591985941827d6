/**
 * 程序顺序: filing precedes the investigation report, case review, prior notice and decision; the decision precedes
 * its service — the order of 行政处罚法 2021 §§54–61 (2017 §§36–40) and the measures (2010 §§22–57, 2023 §§18–60).
 * Pairs owned by other procedure rules (report ≤ review/notice/decision, notice ≤ decision, reviews ≤ decision,
 * hearing ≤ decision) are not repeated here.
 */
import type { TimelineEventType } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import { firstEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { stepName } from './support/labels.js';

const PAIRS: [TimelineEventType, TimelineEventType][] = [
  ['filing-approved', 'investigation-report'],
  ['filing-approved', 'case-review'],
  ['filing-approved', 'prior-notice-served'],
  ['filing-approved', 'decision'],
  ['case-review', 'decision'],
  ['decision', 'decision-served'],
];

function bases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 54) : basis(APL, '2017', 36),
  ];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 22));
  if (env === '2023') out.push(basis(ENV, '2023', 18));
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/timeline-order',
    title: { zh: '程序步骤顺序', en: 'Order of the procedural steps' },
    description: {
      zh: '立案应早于调查终结报告、案件审查、事先告知和处罚决定；案件审查应早于决定；决定应早于送达。立案前的现场检查、采样等取证不作为顺序错误（环境行政处罚办法(2010)第二十四条：需要立即查处的可先行调查取证并在7个工作日内补办立案，由 procedure/filing-deadline 检查期限；生态环境行政处罚办法(2023)第二十七条：立案前依法取得的证据可以作为证据）。',
      en: 'Filing precedes the investigation report, case review, prior notice and decision; case review precedes the decision; the decision precedes its service. Inspections, sampling and other evidence-gathering before filing are not out of order (2010 measures art. 24: where immediate action is needed, evidence may be gathered first and the filing completed within 7 working days, a period procedure/filing-deadline checks; 2023 measures art. 27: evidence lawfully obtained before filing may be used).',
    },
    severity: 'error',
    category: '程序合法',
    basis: [basis(APL, '2021', 54), basis(APL, '2017', 36), basis(ENV, '2010', 22), basis(ENV, '2023', 18)],
    candidates: ['APL-030'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const [earlier, later] of PAIRS) {
      const a = firstEvent(c, earlier);
      const b = firstEvent(c, later);
      if (!a || !b || a.date <= b.date) continue;
      const bs = bases(ctx, b.date);
      const an = stepName(earlier);
      const bn = stepName(later);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${bn.zh}（${b.date}）早于${an.zh}（${a.date}），程序顺序颠倒`,
            en: `The ${bn.en} (${b.date}) precedes the ${an.en} (${a.date}); the steps are out of order`,
          },
          bs,
        ),
        path: `${b.pointer}/date`,
        basis: bs,
        suggestion: {
          zh: '核对两步骤的日期；日期无误的，应补正程序',
          en: 'Check both dates; if they are right, the procedure must be redone',
        },
      });
    }
    return findings;
  },
};
