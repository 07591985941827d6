import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { aplVersion, basis, checkPeriod, cite, envVersion, firstOnOrAfter } from './support.js';

/**
 * 撤回公开: a disclosed decision that is changed, revoked, or confirmed unlawful or void is withdrawn within 3
 * working days, with the reasons published (行政处罚法 2021 §48(2), §85; 生态环境行政处罚办法 2023 §66).
 * The duty exists from 2021-07-15; changes dated earlier are not checked.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/publication-withdrawal',
    title: { zh: '决定变更、撤销后撤回公开信息', en: 'Withdrawing a disclosed decision after it changes' },
    description: {
      zh: '已公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，应在3个工作日内撤回公开信息并公开说明理由（2021年7月15日起）。',
      en: 'A disclosed decision that is changed, revoked or found unlawful or void is withdrawn within 3 working days with the reasons published (from 2021-07-15).',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis('admin-penalty-law', '2021', 48, 2), basis('env-penalty-measures', '2023', 66)],
    candidates: ['APL-050', 'ENV-PUB-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    for (const change of eventsOf(c, 'decision-changed')) {
      if (aplVersion(ctx, change.date) !== '2021') continue;
      const wasPublished = eventsOf(c, 'published').some((p) => p.date <= change.date);
      if (!wasPublished) continue;
      const bases: LegalBasis[] = [basis('admin-penalty-law', '2021', 48, 2)];
      if (envVersion(ctx, change.date) === '2023') bases.push(basis('env-penalty-measures', '2023', 66));
      const withdrawn = firstOnOrAfter(c, 'publication-withdrawn', change.date);
      findings.push(
        ...checkPeriod(c, ctx, {
          label: { zh: '撤回公开信息期限', en: 'Withdrawal of the disclosed decision' },
          from: change.date,
          due: ctx.calendar.add(change.date, 3, 'workday').to,
          unit: 'workday',
          done: withdrawn?.date,
          path: withdrawn ? `${withdrawn.pointer}/date` : change.pointer,
          bases,
          advice: {
            zh: '3个工作日内撤回决定信息并公开说明理由',
            en: 'Withdraw the decision within 3 working days and publish the reasons',
          },
          missing: { zh: '已公开的决定未见撤回记录', en: 'the disclosed decision has not been withdrawn' },
        }).map((f) => ({ ...f, basis: bases })),
      );
      if (withdrawn && !withdrawn.ground && !withdrawn.note) {
        const law = cite(ctx, bases);
        findings.push({
          path: withdrawn.pointer,
          basis: bases,
          message: {
            zh: `${withdrawn.date}撤回公开信息，未记明公开说明的理由（${law.zh}）`,
            en: `The withdrawal of ${withdrawn.date} does not record the published reasons (${law.en})`,
          },
          suggestion: {
            zh: '公开说明撤回的理由（如决定被复议变更、撤销），并在 ground 中记录',
            en: 'Publish why the decision was withdrawn (e.g. changed or revoked on review) and record it in ground',
          },
        });
      }
    }
    return findings;
  },
};
