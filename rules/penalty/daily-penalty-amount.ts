import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { addDays, daysBetween } from '../../src/model/dates.js';
import { dailyMeasures } from './per-day-facts.js';
import { yuan } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/daily-penalty-amount',
    title: { zh: '按日连续处罚的计罚日数和数额', en: 'Per-day penalty days and amount' },
    description: {
      zh:
        '计罚日数自责令改正决定书送达之日的次日起，至复查发现违法行为之日止（按日连续处罚办法第十七条）；' +
        '罚款数额 = 原处罚数额 × 计罚日数（第十九条）。',
      en:
        'Days run from the day after the order to correct was served to the re-inspection date that found the ' +
        'violation (measures art. 17); the amount = the original fine × days (art. 19).',
    },
    severity: 'error',
    // the amount decided is compared: an unrecorded fine is coverage
    needs: ['fine'],
    category: '适用法律正确',
    judgesPenalty: true,
    basis: [dailyMeasures(17), dailyMeasures(19)],
    candidates: ['ENV-ADL-001'],
  },
  check(c, ctx) {
    const daily = c.data.penalty.daily;
    if (!daily) return [];
    const findings: RuleFinding[] = [];
    const { order_served_on: served, reinspected_on: reinspected } = daily;
    if (served && reinspected && reinspected > served) {
      const expected = daysBetween(served, reinspected);
      if (daily.days !== expected) {
        const b = dailyMeasures(17);
        findings.push({
          path: '/penalty/daily/days',
          basis: [b],
          message: {
            zh: `计罚日数应为${expected}日（${addDays(served, 1)}至${reinspected}），案卷记为${daily.days}日，相差${daily.days - expected}日（${ctx.law.cite(b).zh}）`,
            en: `The days should be ${expected} (${addDays(served, 1)} to ${reinspected}); the case has ${daily.days}, off by ${daily.days - expected} (${ctx.law.cite(b).en})`,
          },
        });
      }
    }
    const total = daily.original_fine * daily.days;
    const fine = c.data.penalty.fine;
    if (fine !== total) {
      const b = dailyMeasures(19);
      findings.push({
        path: fine === undefined ? '/penalty' : '/penalty/fine',
        basis: [b],
        message: {
          zh: `按日连续处罚数额应为原处罚数额${yuan(daily.original_fine).zh}×${daily.days}日=${yuan(total).zh}，${fine === undefined ? '未记录罚款数额' : `决定为${yuan(fine).zh}，相差${yuan(Math.abs(fine - total)).zh}`}（${ctx.law.cite(b).zh}）`,
          en: `The per-day amount should be ${yuan(daily.original_fine).en} × ${daily.days} days = ${yuan(total).en}; ${fine === undefined ? 'no fine is recorded' : `the decision has ${yuan(fine).en}, off by ${yuan(Math.abs(fine - total)).en}`} (${ctx.law.cite(b).en})`,
        },
      });
    }
    return findings;
  },
};
