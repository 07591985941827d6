import type { Rule } from '../../src/engine/types.js';
import { notRecorded } from '../../src/engine/coverage.js';
import { addDays } from '../../src/model/dates.js';
import { isDailyCase } from '../penalty/per-day-facts.js';
import { yuan } from '../penalty/util.js';
import {
  MEASURES_FROM,
  cite,
  countedDays,
  daily,
  entriesOf,
  epl,
  isOpen,
  limitUsed,
  orderChain,
  onPerDayList,
  perDayListGaps,
  orderDefects,
  refusal,
  seizureUsed,
} from './support.js';

/** the check as coverage names it */
const CHECK = { zh: '按日连续处罚该用不用', en: 'per-day penalty not used' };

/**
 * 按日连续处罚 not used (环境保护法 §59; 按日连续处罚办法 §5, §12–13, §17, §19–20). "可以": a warning, never an
 * error. Silent when the per-day penalty is in the case (the penalty pack checks it), when a measures[] entry
 * records it (used elsewhere, or not used with a reason such as §11–12 correction or §20 other measures), when the
 * order chain itself is defective (measures/correction-order reports that, and no per-day penalty could then
 * lawfully follow), and whenever a fact it needs is not recorded.
 */
export const rule: Rule = {
  meta: {
    id: 'measures/daily-penalty-not-used',
    title: { zh: '符合条件未按日连续处罚', en: 'Per-day penalty not used' },
    description: {
      zh:
        '违法排放污染物受到罚款处罚，被责令改正，复查发现仍在继续违法排放或者拒绝、阻挠复查的（拒不改正），' +
        '作出处罚决定的机关可以自责令改正之日的次日起按原处罚数额按日连续处罚（环境保护法第五十九条，按日连续处罚办法第五条、第十二条、第十三条）。' +
        '案卷显示条件已经具备，却既无按日连续处罚，也未记录不适用的理由（如复查前已改正、已停产，或限产、停产整治、查封扣押已使排污停止，办法第十一条至第十二条、第二十条）时提示，' +
        '并列出计罚日数（第十七条）和罚款数额（第十九条）。',
      en:
        'When a discharger fined and ordered to correct is found at re-inspection still discharging, or refuses or obstructs ' +
        'the re-inspection, the deciding agency may fine it per day at the original amount from the day after the order ' +
        '(EPL art. 59; per-day measures arts. 5, 12, 13). Reported when the record meets these conditions but shows neither ' +
        'a per-day penalty nor a reason for not imposing one (correction or shutdown before the re-inspection, or a ' +
        'production limit, suspension or seizure that stopped the discharge: arts. 11–12, 20), with the days (art. 17) ' +
        'and the amount (art. 19).',
    },
    severity: 'warning',
    category: '适用法律正确',
    // the cited clauses are read in the versions of the case's law date (rules/penalty/util.ts appliedClauses)
    needs: ['case-date'],
    basis: [epl(59, 1), daily(5), daily(12, 1), daily(13), daily(17), daily(19), daily(20)],
    candidates: ['ENV-MEA-001', 'ENV-ADL-001'],
    options: {
      reinspectionWindowDays: {
        description: {
          zh: '送达责令改正决定书后复查的期限（日历日，按日连续处罚办法第十条“三十日内”；届满日为休息日的顺延，计日方式未经确认）',
          en: 'days after service of the order within which the re-inspection must happen (measures art. 10; calendar days, a rest-day end rolls over: unconfirmed)',
        },
        default: 30,
        type: 'integer',
        minimum: 1,
        maximum: 3660,
      },
    },
  },
  check(c, ctx) {
    if (isDailyCase(c, ctx) || entriesOf(c, ['daily-penalty']).length > 0) return [];
    const act = c.dates.act;
    if (!act || act < MEASURES_FROM) return [];
    // §5: a discharge on the per-day list, fined
    // not on the list as recorded, or undetermined (a paragraph cited without the item that decides it): then the
    // check runs to its end, and what would be a finding is coverage instead
    const listed = onPerDayList(c, ctx);
    const listGaps = listed ? [] : perDayListGaps(c, ctx, CHECK);
    if (!listed && listGaps.length === 0) return [];
    const fine = c.data.penalty.fine;
    if (!(c.data.penalty.kinds ?? []).includes('fine') || fine === undefined || !(fine > 0)) return [];
    const chain = orderChain(c);
    if (!chain?.first || chain.order.date < MEASURES_FROM) return [];
    const first = chain.first;
    if (!chain.lastRefusal) {
      // what the re-inspection found is not recorded: whether the per-day penalty was open is unknown
      return first.result === undefined && first.outcome === undefined
        ? [
            notRecorded(
              'reinspection-result',
              { zh: '复查结果（已改正或拒不改正）', en: 're-inspection result (corrected or refused)' },
              `${first.pointer}/result`,
              { zh: '按日连续处罚该用不用', en: 'per-day penalty not used' },
            ),
          ]
        : [];
    }
    const served = chain.order.date;
    const window = Number(ctx.options.reinspectionWindowDays ?? 30);
    const defects = orderDefects(
      c,
      ctx,
      served,
      { date: first.date, pointer: first.pointer, undercover: first.undercover },
      window,
    );
    if (defects.length > 0) return [];
    if (!listed) return listGaps;
    const last = chain.lastRefusal;
    const days = countedDays(served, last.date);
    const amount = fine * days;
    const how = refusal(last) === 'obstructed' ? '被拒绝、阻挠' : '发现仍在继续违法排放污染物';
    const howEn =
      refusal(last) === 'obstructed' ? 'was refused or obstructed' : 'found the discharge continuing';
    // §20: a production limit, suspension or seizure may have stopped the discharge; then no per-day penalty
    const otherMeasure = seizureUsed(c) || limitUsed(c);
    const law = cite(ctx, [epl(59, 1), daily(17), daily(19)]);
    return [
      {
        path: last.pointer,
        severity: otherMeasure || isOpen(c) ? 'info' : undefined,
        basis: [epl(59, 1), daily(5), daily(13), daily(17), daily(19), ...(otherMeasure ? [daily(20)] : [])],
        message: {
          zh:
            `责令改正违法行为决定书于${served}送达，${last.date}复查${how}，属拒不改正，可以按日连续处罚：` +
            `计罚日数自${addDays(served, 1)}至${last.date}共${days}日，按原处罚数额${yuan(fine).zh}计${yuan(amount).zh}；` +
            `案卷未见按日连续处罚，也未记录不予适用的理由` +
            (otherMeasure
              ? '（已采取限产、停产整治或查封扣押，如已使排污停止，依第二十条不再按日处罚，请记录）'
              : '') +
            (isOpen(c) ? '（案件尚未办结）' : '') +
            `（${law.zh}）`,
          en:
            `The order to correct was served on ${served} and the re-inspection of ${last.date} ${howEn}: a refusal to ` +
            `correct, open to a per-day penalty of ${days} day(s) (${addDays(served, 1)} to ${last.date}) at the original ` +
            `${yuan(fine).en}, i.e. ${yuan(amount).en}; the file shows no per-day penalty and no reason for not imposing one` +
            (otherMeasure
              ? ' (a production limit, suspension or seizure was used: if it stopped the discharge, art. 20 rules the per-day penalty out; record that)'
              : '') +
            (isOpen(c) ? ' (the case is still open)' : '') +
            ` (${law.en})`,
        },
        suggestion: {
          zh: '作出按日连续处罚决定；不适用的，在measures中记录（measure: daily-penalty, used: false, reason: …），已在另案作出的记录其文号（used: true, decision_number）',
          en: 'decide the per-day penalty; otherwise record why not in measures (measure: daily-penalty, used: false, reason: …), or the decision number when it was decided in another case (used: true, decision_number)',
        },
      },
    ];
  },
};
