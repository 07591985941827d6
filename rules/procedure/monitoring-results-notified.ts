/**
 * 生态环境行政处罚办法 (2023) §29: the department tells the party the monitoring, testing or appraisal results.
 * Checked (design): a monitoring report dated under the 2023 measures is notified to the party before the prior notice.
 */
import type { Case } from '../../src/model/case.js';
import { eventsOf, firstEvent } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { ENV, basis, envVersion, withBasis } from './support/law.js';

export const rule: Rule = {
  meta: {
    id: 'procedure/monitoring-results-notified',
    title: { zh: '告知监测结果', en: 'Monitoring results told to the party' },
    description: {
      zh: '2023年办法下，监测、检测结果应告知当事人；本规则要求告知（monitoring-result-notified）不晚于事先告知书的送达。',
      en: 'Under the 2023 measures the party is told the monitoring or testing results; this rule expects that notification (monitoring-result-notified) no later than the prior notice.',
    },
    severity: 'warning',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis(ENV, '2023', 29, 3)],
    candidates: ['ENV-INV-006'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const notice = firstEvent(c, 'prior-notice-served');
    if (!notice) return [];
    const told = eventsOf(c, 'monitoring-result-notified');
    const b = [basis(ENV, '2023', 29, 3)];
    const findings: RuleFinding[] = [];
    for (const report of eventsOf(c, 'monitoring-report')) {
      if (envVersion(ctx, report.date) !== '2023' || report.date > notice.date) continue;
      if (told.some((t) => t.date >= report.date && t.date <= notice.date)) continue;
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${report.date}出具的监测报告在${notice.date}送达事先告知书前未告知当事人`,
            en: `The monitoring report of ${report.date} was not made known to the party before the prior notice of ${notice.date}`,
          },
          b,
        ),
        path: report.pointer,
        basis: b,
        suggestion: {
          zh: '送达监测结果告知书并记录 monitoring-result-notified 事件',
          en: 'Serve the monitoring results and record a monitoring-result-notified event',
        },
      });
    }
    return findings;
  },
};
