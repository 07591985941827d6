import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { Gap } from '../../src/engine/types.js';

const SERVICE_DATE: Gap = {
  fact: 'decision-service-date',
  kind: 'not-recorded',
  label: { zh: '处罚决定书的送达日期', en: 'the service date of the decision' },
  path: '/timeline',
};
import { aplVersion, basis, checkPeriod, cite, envVersion, postedInTimeCaveat } from './support.js';

/**
 * 决定书送达期限: handed over on the spot after announcement, or served within 7 days when the party is absent
 * (行政处罚法 2021 §61(1), working days by §85; 2017 §40, calendar days; 生态环境行政处罚办法 2023 §58).
 * The period starts on the decision date. Simple-procedure decisions are left to simple-procedure-conduct.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/decision-service-deadline',
    title: { zh: '处罚决定书送达期限', en: 'Service of the decision within 7 days' },
    description: {
      zh: '行政处罚决定书应在宣告后当场交付；当事人不在场的，应在7日内送达（2021年7月15日起为7个工作日，此前为7日）。只有部分记录（如公开的决定书）时，记录了决定日期和送达日期的照常检查，未记录送达的列为未检查。',
      en: 'The decision is handed over when announced, or served within 7 days when the party is absent (7 working days from 2021-07-15, 7 calendar days before). On a partial record (e.g. a published decision) a service recorded with its date is checked; an unrecorded one is reported as not checked.',
    },
    severity: 'error',
    category: '程序合法',
    // runs on a partial record too: a service recorded with its date is checked, an unrecorded one is coverage
    basis: [
      basis('admin-penalty-law', '2021', 61, 1),
      basis('admin-penalty-law', '2017', 40),
      basis('env-penalty-measures', '2023', 58),
    ],
    candidates: ['APL-033', 'ENV-SRV-001'],
  },
  check(c, ctx) {
    if (c.data.case.procedure === 'simple') return [];
    const decisions = eventsOf(c, 'decision');
    if (decisions.length === 0 && c.undated.some((u) => u.event === 'decision'))
      return [notChecked('decision-date')];
    const findings: RuleFinding[] = [];
    decisions.forEach((decision, i) => {
      const next = decisions[i + 1];
      const served = c.timeline.find(
        (e) => e.event === 'decision-served' && e.date >= decision.date && (!next || e.date <= next.date),
      );
      const apl = aplVersion(ctx, decision.date);
      const env = envVersion(ctx, decision.date);
      const bases: LegalBasis[] = [
        basis('admin-penalty-law', apl, apl === '2021' ? 61 : 40, apl === '2021' ? 1 : undefined),
      ];
      if (env === '2023') bases.push(basis('env-penalty-measures', '2023', 58));
      // a service missing from a partial record, or recorded without its day, is not recorded: not checked
      if (!served && (c.record === 'partial' || c.undated.some((u) => u.event === 'decision-served'))) {
        findings.push(notChecked(SERVICE_DATE));
        return;
      }
      if (served?.method === 'on-the-spot' && served.date !== decision.date) {
        const law = cite(ctx, bases);
        findings.push({
          path: `${served.pointer}/method`,
          basis: bases,
          message: {
            zh: `送达方式记为当场交付，但送达日${served.date}不是决定宣告日${decision.date}（${law.zh}）`,
            en: `Service is recorded as on the spot, but it is dated ${served.date}, not the announcement date ${decision.date} (${law.en})`,
          },
          suggestion: {
            zh: '核对送达方式与送达回证日期',
            en: 'Check the service method against the date on the proof of service',
          },
        });
        return;
      }
      const workdays = apl === '2021';
      const due = ctx.calendar.add(decision.date, 7, workdays ? 'workday' : 'day').to;
      findings.push(
        ...checkPeriod(c, ctx, {
          label: { zh: '处罚决定书送达期限', en: 'Service of the penalty decision' },
          from: decision.date,
          due,
          unit: workdays ? 'workday' : 'day',
          done: served?.date,
          path: served ? `${served.pointer}/date` : decision.pointer,
          bases,
          advice: {
            zh: '当事人不在场的，自决定之日起7日内依民事诉讼法规定的方式送达，并将送达回证归卷',
            en: 'When the party is absent, serve within 7 days by a Civil Procedure Law method and keep the proof of service on file',
          },
        })
          .map((f) => ({ ...f, basis: bases }))
          .map((f) => (served?.method === 'mail' ? postedInTimeCaveat(ctx, f, decision.date) : f)),
      );
    });
    return findings;
  },
};
