import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { notRecorded } from '../../src/engine/coverage.js';
import { isDailyCase } from '../penalty/per-day-facts.js';
import { MEASURES_FROM, daily, onPerDayList, orderChain, orderDefects, perDayListGaps } from './support.js';

/** the check as coverage names it */
const CHECK = { zh: '责令改正违法行为决定书的送达与复查', en: 'order to correct: service and re-inspection' };

/**
 * The order to correct of 按日连续处罚办法 (§8: served at the on-site investigation or within 3 working days of the
 * monitoring report; §10: re-inspection within 30 days of service, by undercover check), for discharges on the
 * per-day list (§5) without a per-day penalty — penalty/daily-penalty-preconditions judges the same arithmetic as an
 * error where a per-day penalty was imposed. The measures bind the agency on the per-day route (§2); an order with
 * a correction deadline (限期改正) under the penalty clause follows other rules, and the record does not tell the
 * two apart. Hence the rule speaks only when a re-inspection found a refusal to correct — the per-day route was then
 * open and the defect blocks it — and is silent otherwise.
 */
export const rule: Rule = {
  meta: {
    id: 'measures/correction-order',
    title: { zh: '责令改正违法行为决定书的送达与复查', en: 'Order to correct: service and re-inspection' },
    description: {
      zh:
        '违法排放污染物可以当场认定的，应在现场调查时送达责令改正违法行为决定书；需要监测认定的，应在取得监测报告后三个工作日内送达（按日连续处罚办法第八条）；' +
        '送达之日起三十日内以暗查方式复查（第十条）。适用于按日连续处罚清单上的排污行为（第五条）且复查发现拒不改正、未作出按日连续处罚的案件（此时缺陷使按日连续处罚无法适用）；' +
        '已作出按日连续处罚的，由penalty/daily-penalty-preconditions检查。',
      en:
        'An order to correct is served at the on-site investigation, or within 3 working days of the monitoring report ' +
        '(per-day measures art. 8), and followed within 30 days of service by an undercover re-inspection (art. 10). ' +
        'For discharges on the per-day list (art. 5) where a re-inspection found a refusal to correct and no per-day ' +
        'penalty followed (the defect then rules one out); where a per-day penalty was imposed, ' +
        'penalty/daily-penalty-preconditions checks it.',
    },
    severity: 'warning',
    category: '程序合法',
    // the cited clauses are read in the versions of the case's law date (rules/penalty/util.ts appliedClauses)
    needs: ['case-date'],
    basis: [daily(8, 2), daily(10)],
    candidates: ['ENV-MEA-002', 'ENV-ADL-001'],
    options: {
      reinspectionWindowDays: {
        description: {
          zh: '送达责令改正决定书后复查的期限（日历日，第十条“三十日内”；届满日为休息日的顺延，计日方式未经确认）',
          en: 'days after service of the order within which the re-inspection must happen (art. 10; calendar days, a rest-day end rolls over: unconfirmed)',
        },
        default: 30,
        type: 'integer',
        minimum: 1,
        maximum: 3660,
      },
    },
  },
  check(c, ctx) {
    if (isDailyCase(c, ctx)) return [];
    const chain = orderChain(c);
    // the 2014 measures apply to orders served from 2015-01-01, for conduct on the per-day list
    if (!chain?.lastRefusal || chain.order.date < MEASURES_FROM) return [];
    // not on the list as recorded, or undetermined: a paragraph cited without the item that decides it (coverage)
    if (!onPerDayList(c, ctx)) return perDayListGaps(c, ctx, CHECK);
    const window = Number(ctx.options.reinspectionWindowDays ?? 30);
    const first = chain.first
      ? { date: chain.first.date, pointer: chain.first.pointer, undercover: chain.first.undercover }
      : undefined;
    const gaps =
      chain.first && chain.first.undercover === undefined
        ? [
            notRecorded(
              'reinspection-undercover',
              { zh: '复查方式（是否暗查）', en: 'how the re-inspection was made (undercover or not)' },
              `${chain.first.pointer}/undercover`,
              { zh: '以暗查方式复查', en: 'undercover re-inspection' },
            ),
          ]
        : [];
    const defects = orderDefects(c, ctx, chain.order.date, first, window).map((d) => {
      const f: RuleFinding = {
        path: d.path,
        basis: d.basis,
        message: {
          zh: `${d.message.zh}；复查发现拒不改正，此缺陷使按日连续处罚无法依法适用`,
          en: `${d.message.en}; the re-inspection found a refusal to correct, and this defect rules out a lawful per-day penalty`,
        },
      };
      if (d.due && d.from)
        f.deadline = {
          label:
            d.kind === 'late-service'
              ? { zh: '责令改正决定书送达期限', en: 'service of the order to correct' }
              : { zh: '复查期限', en: 're-inspection period' },
          due: d.due,
          from: d.from,
          status: 'overdue',
        };
      return f;
    });
    return [...defects, ...gaps];
  },
};
