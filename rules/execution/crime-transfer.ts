import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import { hoursBetween } from '../../src/law/calendar.js';
import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { documentsOf, eventsOf, type TimelineEvent } from '../../src/model/case.js';
import type { IsoDate } from '../../src/model/case-data.js';
import { addDays } from '../../src/model/dates.js';
import { basis, checkPeriod, cite, citedFinding } from './support.js';

function crimeBases(date: IsoDate, regs: number, measures: number): LegalBasis[] {
  const out: LegalBasis[] = [];
  if (date >= '2020-08-07') out.push(basis('crime-transfer-regs', '2020', regs));
  if (date >= '2017-01-25') out.push(basis('env-crime-transfer-measures', '2017', measures));
  return out.length > 0
    ? out
    : [basis('crime-transfer-regs', '2020', regs, undefined, undefined, '2001 text unconfirmed')];
}

function stamp(e: TimelineEvent): string | undefined {
  return e.time ? `${e.date}T${e.time}` : undefined;
}

/**
 * 移送涉嫌犯罪案件 (timing and papers of a transfer that was made): a written report by the case team; the head
 * decides within 3 days of receiving it (国务院令第310号 2020 §5(2); 环境保护行政执法与刑事司法衔接工作办法 §5,
 * calendar days by §38); once approved, the case goes to the police within 24 hours (§5(2); 衔接办法 §6) with the
 * transfer letter and materials (310号 §6), and the transfer letter is copied to the procuratorate (衔接办法 §6).
 * Whether a transfer was due is the penalty pack's question.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/crime-transfer',
    title: {
      zh: '涉嫌犯罪案件移送的审批、时限与抄送',
      en: 'Criminal transfer: decision in 3 days, hand-over in 24 hours',
    },
    description: {
      zh: '移送涉嫌犯罪案件应有专案组书面报告，本机关正职负责人或者主持工作的负责人自接到报告之日起3日内作出决定；批准移送的，应在24小时内向公安机关移送，附移送书等材料并抄送同级人民检察院。',
      en: 'A criminal transfer starts with a written report; the principal head (or the head in charge) decides within 3 days of receiving it; once approved the case goes to the police within 24 hours with the transfer letter and materials, copied to the procuratorate.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis('crime-transfer-regs', '2020', 5, 2),
      basis('crime-transfer-regs', '2020', 6),
      basis('env-crime-transfer-measures', '2017', 5),
      basis('env-crime-transfer-measures', '2017', 6),
    ],
    candidates: ['APL-049', 'ENV-XFR-002'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const push = (path: string, bases: LegalBasis[], zh: string, en: string, todo: Msg) =>
      findings.push(citedFinding(ctx, path, bases, zh, en, todo));
    const recordApproval: Msg = {
      zh: '补充正职负责人或者主持工作的负责人的审批记录（transfer-decided，approved_by）',
      en: 'Add the approval by the principal head or the head in charge (transfer-decided with approved_by)',
    };
    const decided = eventsOf(c, 'transfer-decided').filter((e) => e.kind === 'criminal');
    for (const t of eventsOf(c, 'transferred').filter((e) => e.kind === 'criminal')) {
      if (!decided.some((d) => d.date <= t.date))
        push(
          t.pointer,
          crimeBases(t.date, 5, 5),
          `${t.date}移送涉嫌犯罪案件，但未记录正职负责人或者主持工作的负责人批准移送`,
          `No approval by the head is recorded for the criminal transfer of ${t.date}`,
          recordApproval,
        );
    }
    for (const d of decided) {
      const report = eventsOf(c, 'transfer-reported')
        .filter((r) => r.date <= d.date)
        .at(-1);
      const decideBases = crimeBases(d.date, 5, 5);
      if (!report) {
        push(
          d.pointer,
          decideBases,
          `${d.date}批准移送涉嫌犯罪案件，但未记录专案组的书面报告`,
          `No written report by the case team is recorded for the criminal transfer decided on ${d.date}`,
          {
            zh: '将两名以上执法人员组成的专案组提出的书面报告归卷（transfer-reported）',
            en: 'File the written report of the case team of two or more officers (transfer-reported)',
          },
        );
      } else {
        const team = new Set(report.officers ?? []);
        // 国务院令第310号 §5(1): a case team of two or more officers makes the report (checked when officers are listed)
        if (report.officers !== undefined && team.size < 2)
          push(
            `${report.pointer}/officers`,
            [
              report.date >= '2020-08-07'
                ? basis('crime-transfer-regs', '2020', 5, 1)
                : basis('crime-transfer-regs', '2020', 5, 1, undefined, '2001 text unconfirmed'),
            ],
            `${report.date}移送涉嫌犯罪案件的书面报告只记载${team.size}名执法人员，专案组应由2名以上执法人员组成`,
            `The transfer report of ${report.date} names ${team.size} officer(s); the case team needs two or more`,
            {
              zh: '指定2名以上执法人员组成专案组核实情况并提出书面报告',
              en: 'Appoint a case team of two or more officers to verify the facts and report in writing',
            },
          );
        findings.push(
          ...checkPeriod(c, ctx, {
            label: { zh: '移送审批决定期限', en: 'Decision on the transfer report' },
            from: report.date,
            due: ctx.calendar.add(report.date, 3, 'day').to,
            unit: 'day',
            done: d.date,
            path: `${d.pointer}/date`,
            bases: decideBases,
            advice: {
              zh: '正职负责人或者主持工作的负责人应自接到报告之日起3日内作出批准或者不批准的决定',
              en: 'The head decides within 3 days of receiving the report',
            },
          }).map((f) => ({ ...f, basis: decideBases })),
        );
      }
      // the approver not transcribed: a warning (the approval may be on the transfer form)
      if (!d.approved_by)
        findings.push({
          ...citedFinding(
            ctx,
            d.pointer,
            decideBases,
            `${d.date}的移送决定未记录批准人，应由本机关正职负责人或者主持工作的负责人审批`,
            `The transfer decision of ${d.date} does not record who approved it; the principal head (or the head in charge) must approve`,
            recordApproval,
          ),
          severity: 'warning',
        });

      const handed = eventsOf(c, 'transferred').find(
        (t) => (t.kind ?? 'criminal') === 'criminal' && t.date >= d.date,
      );
      const handBases = crimeBases(d.date, 5, 6);
      const handOver: Msg = {
        zh: '批准后24小时内向同级公安机关移送，并在审批和移送事件上记录时刻（time）',
        en: 'Hand the case to the police within 24 hours of the approval and record the times on both events',
      };
      if (!handed) {
        findings.push(
          ...checkPeriod(c, ctx, {
            label: { zh: '移送公安机关期限（24小时）', en: 'Hand-over to the police (24 hours)' },
            from: d.date,
            due: addDays(d.date, 1),
            unit: 'day',
            path: d.pointer,
            bases: handBases,
            advice: {
              zh: '批准移送后24小时内向同级公安机关移送',
              en: 'Hand the case to the police within 24 hours of the approval',
            },
            missing: { zh: '未见移送记录', en: 'no hand-over is recorded' },
          }).map((f) => ({ ...f, basis: handBases })),
        );
        continue;
      }
      const [from, to] = [stamp(d), stamp(handed)];
      if (from && to) {
        const hours = hoursBetween(from, to);
        if (hours > 24)
          push(
            `${handed.pointer}/time`,
            handBases,
            `批准移送于${from.replace('T', ' ')}，移送于${to.replace('T', ' ')}，相隔${hours.toFixed(1)}小时，超过24小时`,
            `Approved at ${from}, handed over at ${to}: ${hours.toFixed(1)} hours, more than 24`,
            handOver,
          );
      } else if (handed.date > addDays(d.date, 1)) {
        push(
          `${handed.pointer}/date`,
          handBases,
          `批准移送于${d.date}，${handed.date}才移送，超过24小时`,
          `Approved on ${d.date} but handed over only on ${handed.date}, more than 24 hours later`,
          handOver,
        );
      } else if (handed.date > d.date) {
        findings.push({
          path: handed.pointer,
          severity: 'warning',
          basis: handBases,
          message: {
            zh: `批准移送（${d.date}）与移送（${handed.date}）不在同一日且未记录时刻，无法核对24小时时限（${cite(ctx, handBases).zh}）`,
            en: `Approval (${d.date}) and hand-over (${handed.date}) fall on different days without times; the 24-hour limit cannot be checked (${cite(ctx, handBases).en})`,
          },
          suggestion: { zh: '在两个事件上记录 time（HH:MM）', en: 'Record time (HH:MM) on both events' },
        });
      }
      if (
        handed.copied_to_procuratorate !== true &&
        d.copied_to_procuratorate !== true &&
        d.date >= '2017-01-25'
      )
        push(
          handed.pointer,
          [basis('env-crime-transfer-measures', '2017', 6)],
          `${handed.date}移送涉嫌犯罪案件，未记录将移送书抄送同级人民检察院`,
          `The criminal transfer of ${handed.date} does not record the copy to the procuratorate`,
          {
            zh: '将涉嫌犯罪案件移送书抄送同级人民检察院，并记录 copied_to_procuratorate',
            en: 'Copy the transfer letter to the procuratorate at the same level and record copied_to_procuratorate',
          },
        );
      if (documentsOf(c, 'transfer-letter').length === 0 && !isRecorded(c, 'documents'))
        findings.push(notChecked('documents'));
      else if (documentsOf(c, 'transfer-letter').length === 0)
        push(
          '/documents',
          crimeBases(d.date, 6, 6),
          '案卷中未记录涉嫌犯罪案件移送书',
          'No transfer letter for the suspected crime is recorded',
          {
            zh: '归卷涉嫌犯罪案件移送书及调查报告、涉案物品清单、检验报告或鉴定结论等材料',
            en: 'File the transfer letter with the investigation report, list of items and test or appraisal reports',
          },
        );
    }
    return findings;
  },
};
