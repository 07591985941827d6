import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf } from '../../src/model/case.js';
import {
  aplVersion,
  basis,
  citedFinding,
  decisionEvent,
  envVersion,
  receivedOn,
  serviceOf,
} from './support.js';

/**
 * 延期、分期缴纳: on the party's application and with the agency's approval (行政处罚法 2021 §66(2); 2017 §52);
 * the written application comes before the payment period ends (环境行政处罚办法 2010 §64; 生态环境行政处罚办法
 * 2023 §74); the approval states the new last day.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/deferral-approval',
    title: {
      zh: '延期、分期缴纳罚款的申请与批准',
      en: 'Deferred or instalment payment: application and approval',
    },
    description: {
      zh: '暂缓或者分期缴纳罚款须有当事人在缴款期限届满前提出的书面申请和行政机关负责人的批准，批准应载明延期或分期的截止日期。',
      en: 'A deferral or instalment plan needs the party’s written application before the payment period ends and the agency’s approval stating the new last day.',
    },
    severity: 'warning',
    category: '执行到位',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 66, 2),
      basis('admin-penalty-law', '2017', 52),
      basis('env-penalty-measures', '2023', 74),
      basis('env-penalty-measures', '2010', 64),
    ],
    candidates: ['APL-040', 'ENV-EXE-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const decision = decisionEvent(c);
    const served = decision ? serviceOf(c, decision) : undefined;
    const statutoryDue = served ? ctx.calendar.add(receivedOn(ctx, served), 15, 'day').to : undefined;
    for (const d of eventsOf(c, 'deferral-approved')) {
      const apl = aplVersion(ctx, d.date);
      const env = envVersion(ctx, d.date);
      const aplBasis = basis(
        'admin-penalty-law',
        apl,
        apl === '2021' ? 66 : 52,
        apl === '2021' ? 2 : undefined,
      );
      const envBasis: LegalBasis[] = env
        ? [basis('env-penalty-measures', env, env === '2023' ? 74 : 64)]
        : [];
      const request = eventsOf(c, 'deferral-requested')
        .filter((r) => r.date <= d.date)
        .at(-1);
      const push = (path: string, bases: LegalBasis[], zh: string, en: string, todo: Msg) =>
        findings.push(citedFinding(ctx, path, bases, zh, en, todo));
      if (!request) {
        push(
          d.pointer,
          [aplBasis, ...envBasis],
          `${d.date}批准延期、分期缴纳，但案卷中未记录当事人此前提出的申请`,
          `A deferral was approved on ${d.date} without a prior application by the party`,
          {
            zh: '将当事人的书面申请（deferral-requested）归卷；没有申请的，不得批准暂缓或分期',
            en: 'File the party’s written application (deferral-requested); without one no deferral may be approved',
          },
        );
      } else if (statutoryDue !== undefined && request.date > statutoryDue && envBasis.length > 0) {
        push(
          `${request.pointer}/date`,
          envBasis,
          `延期、分期缴纳申请提出于${request.date}，晚于缴款期限${statutoryDue}`,
          `The deferral application of ${request.date} came after the payment period ended on ${statutoryDue}`,
          {
            zh: `申请须在${statutoryDue}前提出；逾期申请的，按逾期未缴纳处理（加处罚款、催告）`,
            en: `The application had to come by ${statutoryDue}; a late one leaves the fine overdue (surcharge, reminder)`,
          },
        );
      }
      if (!d.approved_by) {
        push(
          d.pointer,
          [aplBasis],
          `${d.date}的延期、分期缴纳未记录批准人`,
          `The deferral of ${d.date} does not record who approved it`,
          {
            zh: '在 approved_by 中记录批准的行政机关负责人',
            en: 'Record the approving head in approved_by',
          },
        );
      }
      if (!d.until) {
        push(
          d.pointer,
          [aplBasis],
          `${d.date}的延期、分期缴纳未载明截止日期`,
          `The deferral of ${d.date} states no last day`,
          {
            zh: '在批准文书和 until 中写明暂缓或最后一期的截止日期',
            en: 'State the last day of the deferral or the last instalment (until)',
          },
        );
      }
    }
    return findings;
  },
};
