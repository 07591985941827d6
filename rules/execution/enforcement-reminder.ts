import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import { basis, cite, envVersion, paymentPeriod } from './support.js';

/**
 * 催告: before applying to court the agency serves a written reminder and may apply only once 10 days (working
 * days, 行政强制法 §69) have passed after its service without performance (行政强制法 §54; 生态环境行政处罚办法
 * 2023 §72). Option `allowOnLastDay` (default false): "送达十日后" read as after the tenth working day has ended.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/enforcement-reminder',
    title: { zh: '申请强制执行前的催告', en: 'Reminder before applying to court' },
    description: {
      zh: '申请人民法院强制执行前，应书面催告当事人履行；催告书送达满10个工作日后当事人仍未履行的，方可申请。',
      en: 'Before applying to court the agency serves a written reminder, and applies only after 10 working days from its service have passed without performance.',
    },
    severity: 'error',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-compulsion-law', '2012', 54),
      basis('admin-compulsion-law', '2012', 69),
      basis('env-penalty-measures', '2023', 72),
    ],
    candidates: ['APL-041', 'ENV-EXE-001'],
    options: {
      allowOnLastDay: {
        description: {
          zh: '是否允许在催告书送达后第10个工作日当日申请（默认否：“送达十日后”理解为第10个工作日届满之后）',
          en: 'Whether an application on the 10th working day itself is accepted (default false: “after ten days” read as after the 10th working day has ended)',
        },
        default: false,
        type: 'boolean',
      },
    },
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const allowOnLastDay = ctx.options.allowOnLastDay === true;
    // a reminder presupposes that the payment period has run without performance (行政强制法 §54)
    const period = paymentPeriod(c, ctx);
    for (const r of eventsOf(c, 'reminder-served')) {
      if (!period || r.date > period.due) continue;
      const b = [basis('admin-compulsion-law', '2012', 54)];
      const law = cite(ctx, b);
      findings.push({
        path: `${r.pointer}/date`,
        basis: b,
        message: {
          zh: `催告书于${r.date}送达，但缴款期限至${period.due}才届满，当事人尚未逾期（${law.zh}）`,
          en: `The reminder was served on ${r.date}, before the payment period ended on ${period.due} (${law.en})`,
        },
        suggestion: {
          zh: `在${period.due}之后仍未缴纳的再催告`,
          en: `Serve the reminder only if nothing is paid by ${period.due}`,
        },
      });
    }
    for (const app of eventsOf(c, 'enforcement-applied')) {
      const bases: LegalBasis[] = [basis('admin-compulsion-law', '2012', 54)];
      if (envVersion(ctx, app.date) === '2023') bases.push(basis('env-penalty-measures', '2023', 72));
      const reminder = eventsOf(c, 'reminder-served')
        .filter((r) => r.date <= app.date)
        .at(-1);
      if (!reminder) {
        const law = cite(ctx, bases);
        findings.push({
          path: app.pointer,
          basis: bases,
          message: {
            zh: `${app.date}申请人民法院强制执行，此前未记录送达催告书（${law.zh}）`,
            en: `No reminder served before the court application of ${app.date} is recorded (${law.en})`,
          },
          suggestion: {
            zh: '先书面催告，送达满10个工作日仍未履行再申请',
            en: 'Serve a written reminder first and apply after 10 working days',
          },
        });
        continue;
      }
      const tenth = ctx.calendar.add(reminder.date, 10, 'workday').to;
      const early = allowOnLastDay ? app.date < tenth : app.date <= tenth;
      if (early) {
        const b = [...bases, basis('admin-compulsion-law', '2012', 69)];
        const law = cite(ctx, b);
        const n = ctx.calendar.workdaysBetween(reminder.date, app.date);
        findings.push({
          path: `${app.pointer}/date`,
          basis: b,
          message: {
            zh: `催告书于${reminder.date}送达，10个工作日的履行期至${tenth}届满，${app.date}（送达后第${n}个工作日）即申请强制执行，过早（${law.zh}）`,
            en: `The reminder was served on ${reminder.date} and its 10 working days end on ${tenth}, but the court application was made on ${app.date} (working day ${n}) (${law.en})`,
          },
          suggestion: {
            zh: `在${tenth}之后当事人仍未履行的再申请`,
            en: `Apply only after ${tenth} if the party still has not paid`,
          },
        });
      }
    }
    return findings;
  },
};
