import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { basis, cite, eventZh, publicNoticePeriod, receivedOn } from './support.js';

const PRESUPPOSE_SERVICE = new Set(['surcharge', 'reminder-served', 'enforcement-applied']);

/**
 * 公告送达: only when the party cannot be found or other methods fail; the reasons and steps are recorded in the
 * file; service is deemed complete 60 days (民事诉讼法 2017 §92) or 30 days (2021 and 2023 §95) after the notice.
 * Enforcement steps dated before that day ran against a decision not yet served.
 *
 * Severity (audit of issue 10 §3): an enforcement step dated before the deemed service is proved by two recorded
 * dates and a period the law fixes, so it is an error; reasons not written in the record are "not recorded", a
 * warning (they may be in a document the case file does not transcribe).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/public-notice-service',
    title: { zh: '公告送达的理由与期间', en: 'Public-notice service: reasons and period' },
    description: {
      zh: '公告送达应在案卷中记明原因和经过；自公告之日起经过30日（2022年前为60日）才视为送达，此前不得据以加处罚款、催告或申请强制执行。日期证明执行早于视为送达的为错误；未记明原因和经过的为警告（未记录，可能载于未转录的文书）。',
      en: 'Public-notice service records its reasons; it is deemed complete only after 30 days (60 before 2022), and no surcharge, reminder or court application may rest on it earlier. Enforcement dated before the deemed service is proved by the dates: error; reasons not written in the record are not recorded: warning.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [basis('civil-procedure-law', '2021', 95), basis('civil-procedure-law', '2017', 92)],
    candidates: ['APL-034'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      if (e.method !== 'public-notice') continue;
      const period = publicNoticePeriod(ctx, e.date);
      const law = cite(ctx, [period.basis]);
      if (!e.ground && !e.note) {
        findings.push({
          path: e.pointer,
          severity: 'warning',
          basis: [{ ...period.basis, paragraph: 2 }],
          message: {
            zh: `${e.date}公告送达，未记明采用公告送达的原因和经过（${ctx.law.cite({ ...period.basis, paragraph: 2 }).zh}）`,
            en: `Public-notice service on ${e.date} does not record why and how it was used (${ctx.law.cite({ ...period.basis, paragraph: 2 }).en})`,
          },
          suggestion: {
            zh: '在 ground 中记明下落不明或其他方式无法送达的情况及已采取的送达措施',
            en: 'Record in ground that the party could not be found or served otherwise, and the attempts made',
          },
        });
      }
      if (e.event !== 'decision-served') continue;
      const deemed = receivedOn(ctx, e);
      for (const later of c.timeline) {
        if (!PRESUPPOSE_SERVICE.has(later.event) || later.date < e.date || later.date >= deemed) continue;
        findings.push({
          path: `${later.pointer}/date`,
          basis: [period.basis],
          message: {
            zh: `决定书于${e.date}公告送达，经过${period.days}日至${deemed}才视为送达，但${eventZh(later.event)}记于${later.date}，早于视为送达之日（${law.zh}）`,
            en: `The decision was served by public notice on ${e.date} and is deemed served only on ${deemed} (${period.days} days), but ${later.event} is dated ${later.date} (${law.en})`,
          },
          suggestion: {
            zh: '自视为送达之日起重新计算缴款期限后再采取执行措施',
            en: 'Count the payment period from the deemed service date before enforcing',
          },
        });
      }
    }
    return findings;
  },
};
