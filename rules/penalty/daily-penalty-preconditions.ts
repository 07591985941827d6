import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { orderDefects } from '../measures/support.js';
import {
  EPL_59,
  dailyMeasures,
  isDailyCase,
  perDayListKnown,
  perDayReadings,
  refusalConfirmed,
  reinspectionOn,
} from './per-day-facts.js';
import { itemNotCited } from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/daily-penalty-preconditions',
    title: { zh: '按日连续处罚的适用条件', en: 'Per-day penalty preconditions' },
    description: {
      zh:
        '按日连续处罚只适用于按日处罚清单上的违法行为（环境保护法第五十九条、按日连续处罚办法第五条、地方性法规增加的种类），' +
        '且须：已作出原处罚决定并责令改正、责令改正决定书已送达（需监测的，取得监测报告后三个工作日内送达）、送达后三十日内以暗查方式复查、复查发现拒不改正（办法第八条、第十条、第十二条、第十三条）。' +
        '复查时已改正的不得按日处罚。',
      en:
        'A per-day penalty applies only to conduct on the per-day list (EPL art. 59, measures art. 5, local additions) and ' +
        'needs an original fine with an order to correct, the order served (within 3 working days of a monitoring report), ' +
        'an undercover re-inspection within 30 days of service and ' +
        'a re-inspection finding refusal (measures arts. 8, 10, 12, 13). No per-day penalty once corrected.',
    },
    severity: 'error',
    category: '适用法律正确',
    // the cited clauses are read in the versions of the case's law date (rules/penalty/util.ts appliedClauses)
    needs: ['case-date'],
    basis: [EPL_59, dailyMeasures(5), dailyMeasures(8), dailyMeasures(10), dailyMeasures(13)],
    candidates: ['ENV-ADL-001', 'ENV-MEA-002'],
    options: {
      reinspectionWindowDays: {
        description: {
          zh: '送达责令改正决定书后复查的期限（日历日，办法第十条“三十日内”；计日方式未经确认）',
          en: 'days after service of the order within which the re-inspection must happen (measures art. 10; calendar days presumed, unconfirmed)',
        },
        default: 30,
        type: 'integer',
        minimum: 1,
        maximum: 3660,
      },
    },
  },
  check(c, ctx) {
    if (!isDailyCase(c, ctx)) return [];
    const daily = c.data.penalty.daily;
    const findings: RuleFinding[] = [];
    const cite = (b: Parameters<typeof ctx.law.cite>[0]) => ctx.law.cite(b);
    if (!daily) {
      // the preconditions are not recorded, which is not proof that they were absent: a human looks
      return [
        {
          path: '/penalty',
          severity: 'warning',
          basis: [EPL_59, dailyMeasures(16)],
          message: {
            zh: '引用了按日连续处罚的依据，但未记录原处罚数额、计罚日数、责令改正送达日和复查日（penalty.daily）',
            en: 'A per-day provision is cited but the case records no original fine, days, order service date or re-inspection date (penalty.daily)',
          },
        },
      ];
    }
    if (c.dates.act && c.dates.act < '2015-01-01') {
      findings.push({
        path: '/penalty/daily',
        basis: [EPL_59],
        message: {
          zh: `违法行为发生于${c.dates.act}，早于环境保护法第五十九条施行日（2015-01-01），不得按日连续处罚`,
          en: `The act (${c.dates.act}) predates EPL art. 59 (in force 2015-01-01); no per-day penalty`,
        },
      });
    }
    const onList = perDayReadings(c, ctx);
    // a paragraph cited without its item whose rows are on the list for some items only: coverage
    if (onList.listed.length === 0 && onList.undetermined.length > 0 && c.dates.act) {
      const act = c.dates.act;
      findings.push(...onList.undetermined.map((ref) => itemNotCited(ctx, ref, act)));
    } else if (onList.listed.length === 0) {
      const b = dailyMeasures(5);
      findings.push({
        path: '/violation/basis',
        // proof only when the catalogue holds every cited clause at the act date; otherwise a human looks
        ...(perDayListKnown(c, ctx) ? {} : { severity: 'warning' as const }),
        basis: [EPL_59, b],
        message: {
          zh: `所引违法行为不在按日连续处罚的适用范围内（${cite(EPL_59).zh}、${cite(b).zh}），或罚则目录无法确认其属于按日处罚清单`,
          en: `The conduct cited is not on the per-day list (${cite(EPL_59).en}, ${cite(b).en}), or the catalogue cannot confirm it`,
        },
        suggestion: {
          zh: '在处罚依据中同时引用原违法行为的罚则条款（如大气污染防治法第九十九条）和按日处罚条款',
          en: 'cite the original clause (e.g. air law art. 99) together with the per-day provision',
        },
      });
    }
    const served = daily.order_served_on;
    const orderEvent = c.timeline.find(
      (e) => e.event === 'correction-ordered' && (!served || e.date === served),
    );
    if (!served || !orderEvent) {
      const b = dailyMeasures(8);
      findings.push({
        path: served ? '/timeline' : '/penalty/daily',
        severity: 'warning',
        basis: [b],
        message: {
          zh: `未记录责令改正违法行为决定书的送达${served ? `（${served}无correction-ordered事件）` : '日期'}（${cite(b).zh}）`,
          en: `The service of the order to correct is not recorded${served ? ` (no correction-ordered event on ${served})` : ''} (${cite(b).en})`,
        },
      });
    }
    const reinspected = daily.reinspected_on;
    const window = Number(ctx.options.reinspectionWindowDays ?? 30);
    const event = reinspectionOn(c, reinspected);
    if (served) {
      // arts. 8 ¶2 and 10: service within 3 working days of the monitoring report; re-inspection within the
      // window, by undercover check (shared with measures/correction-order, which judges cases without a per-day penalty)
      for (const d of orderDefects(
        c,
        ctx,
        served,
        reinspected
          ? {
              date: reinspected,
              pointer: event?.pointer ?? '/penalty/daily/reinspected_on',
              undercover: event?.undercover,
            }
          : undefined,
        window,
      )) {
        const f: RuleFinding = {
          path: d.kind === 'late-reinspection' ? '/penalty/daily/reinspected_on' : d.path,
          basis: d.basis,
          message: d.message,
        };
        if (d.due && d.kind === 'late-service')
          f.deadline = {
            label: { zh: '责令改正决定书送达期限', en: 'service of the order to correct' },
            due: d.due,
            ...(d.from ? { from: d.from } : {}),
            status: 'overdue',
          };
        findings.push(f);
      }
    }
    if (!reinspected) {
      findings.push({
        path: '/penalty/daily',
        severity: 'warning',
        basis: [dailyMeasures(10)],
        message: {
          zh: `未记录复查日期（${cite(dailyMeasures(10)).zh}）`,
          en: `No re-inspection date is recorded (${cite(dailyMeasures(10)).en})`,
        },
      });
    } else {
      const found = reinspectionOn(c, reinspected);
      if (!refusalConfirmed(found)) {
        const b = dailyMeasures(13);
        findings.push({
          path: '/timeline',
          // a re-inspection recorded as finding the act corrected proves it; one not recorded at all, or recorded
          // without its result, does not
          ...(found && (found.result !== undefined || found.outcome !== undefined)
            ? {}
            : { severity: 'warning' as const }),
          basis: [b, dailyMeasures(12)],
          message: {
            zh: `未记录${reinspected}复查发现拒不改正（reinspection事件，outcome: fail），不得按日连续处罚（${cite(b).zh}）`,
            en: `No re-inspection on ${reinspected} finding refusal to correct is recorded (reinspection with outcome: fail); no per-day penalty (${cite(b).en})`,
          },
        });
      }
    }
    if (!(daily.original_fine > 0)) {
      findings.push({
        path: '/penalty/daily/original_fine',
        severity: 'warning',
        basis: [dailyMeasures(7)],
        message: {
          zh: `按日连续处罚须以原罚款决定为前提，未记录原处罚数额（${cite(dailyMeasures(7)).zh}）`,
          en: `A per-day penalty needs an original fine decision; none is recorded (${cite(dailyMeasures(7)).en})`,
        },
      });
    }
    return findings;
  },
};
