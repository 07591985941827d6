/**
 * Working-day and holiday counts are only as good as the holiday data: a deadline whose period reaches a year the
 * calendar does not cover gets a note, so that a reader knows the count may miss holidays and make-up days.
 */
import type { Rule, RuleFinding } from '../../../src/engine/types.js';

export function withCalendarCoverage(rule: Rule): Rule {
  return {
    meta: rule.meta,
    check(c, ctx) {
      const { first, last } = ctx.calendar.coverage();
      return rule.check(c, ctx).map((f): RuleFinding => {
        const d = f.deadline;
        if (!d) return f;
        const outside = [
          ...new Set(
            [d.from, d.due].filter((x): x is string => x !== undefined).map((x) => Number(x.slice(0, 4))),
          ),
        ].filter((y) => y < first || y > last);
        if (outside.length === 0) return f;
        const years = outside.join('、');
        return {
          ...f,
          message: {
            zh: `${f.message.zh}（注意：${years}年不在节假日数据范围内（${first}–${last}），期限按周一至周五推算，未计法定节假日和调休，请核对）`,
            en: `${f.message.en} (note: ${outside.join(', ')} is outside the holiday data (${first}–${last}); the period was counted Monday to Friday without statutory holidays or make-up days — check it)`,
          },
        };
      });
    },
  };
}
