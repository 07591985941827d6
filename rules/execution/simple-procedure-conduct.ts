import { notRecorded } from '../../src/engine/coverage.js';
import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { documentById, firstEvent } from '../../src/model/case.js';
import { aplVersion, basis, checkPeriod, cite, envVersion, firstOnOrAfter } from './support.js';

/**
 * 当场处罚的程序: two officers (行政处罚法 2021 §42(1); 环境行政处罚办法 2010 §59), a numbered pre-printed decision
 * handed over on the spot (2021 §52(1); 2017 §34(1)), and the decision reported to the agency for the record
 * (2021 §52(3); 2017 §34(3)) within 3 working days (2010 §59; 2023 §68 with §90).
 */
export const rule: Rule = {
  meta: {
    id: 'execution/simple-procedure-conduct',
    title: {
      zh: '当场处罚的执法人员、交付与备案',
      en: 'On-the-spot decision: officers, hand-over and record',
    },
    description: {
      zh: '简易程序决定应由两名以上执法人员作出，使用编有号码的决定书并当场交付当事人，且在3个工作日内报所属行政机关备案。',
      en: 'An on-the-spot decision is made by at least two officers on a numbered form, handed to the party at once, and reported to the agency for the record within 3 working days.',
    },
    severity: 'warning',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 52),
      basis('admin-penalty-law', '2017', 34),
      basis('env-penalty-measures', '2023', 68),
      basis('env-penalty-measures', '2010', 59),
    ],
    candidates: ['ENV-DEC-008', 'APL-036'],
  },
  check(c, ctx) {
    if (c.data.case.procedure !== 'simple') return [];
    const decision = firstEvent(c, 'decision');
    if (!decision) return [];
    const apl = aplVersion(ctx, decision.date);
    const env = envVersion(ctx, decision.date);
    const aplArticle = apl === '2021' ? 52 : 34;
    const envBasis = env ? [basis('env-penalty-measures', env, env === '2023' ? 68 : 59)] : [];
    const findings: RuleFinding[] = [];

    const officers = new Set(decision.officers ?? []);
    // 2017 text: the two-officer rule (§37(1)) speaks of investigations only, so before 2021-07-15 the
    // requirement rests on the environmental measures (2010 §59).
    const officerBasis = apl === '2021' ? [basis('admin-penalty-law', '2021', 42, 1), ...envBasis] : envBasis;
    if (officers.size === 0 && officerBasis.length > 0) {
      // no officers named on the decision is not recorded, not fewer than two
      findings.push(
        notRecorded(
          'decision-officers',
          { zh: '作出当场处罚决定的执法人员', en: 'the officers who made the on-the-spot decision' },
          `${decision.pointer}/officers`,
        ),
      );
    } else if (officers.size < 2 && officerBasis.length > 0) {
      const b = officerBasis;
      const law = cite(ctx, b);
      findings.push({
        path: `${decision.pointer}/officers`,
        basis: b,
        message: {
          zh: `当场处罚决定记载的执法人员为${officers.size}名，少于2名（${law.zh}）`,
          en: `The on-the-spot decision names ${officers.size} officer(s); at least two are required (${law.en})`,
        },
        suggestion: {
          zh: '在决定事件中列明两名以上持证执法人员',
          en: 'List at least two certified officers on the decision event',
        },
      });
    }

    const decisionDocs = (decision.documents ?? [])
      .map((id) => documentById(c, id))
      .filter((d) => d?.type === 'decision');
    if (decisionDocs.length > 0 && decisionDocs.every((d) => !d?.number)) {
      const b = [basis('admin-penalty-law', apl, aplArticle, 1)];
      const law = cite(ctx, b);
      findings.push({
        path: decision.pointer,
        basis: b,
        message: {
          zh: `当场处罚决定书未记载编号，应使用预定格式、编有号码的决定书（${law.zh}）`,
          en: `The on-the-spot decision has no number; a pre-printed, numbered form is required (${law.en})`,
        },
      });
    }

    const served = firstOnOrAfter(c, 'decision-served', decision.date);
    if (!served || served.date !== decision.date) {
      const b = [basis('admin-penalty-law', apl, aplArticle, 1)];
      const law = cite(ctx, b);
      findings.push({
        path: served ? `${served.pointer}/date` : '/timeline',
        basis: b,
        message: served
          ? {
              zh: `当场处罚决定书应当当场交付，实际于${served.date}送达，晚于决定日${decision.date}（${law.zh}）`,
              en: `An on-the-spot decision must be handed over at once, but it was served on ${served.date}, after the decision of ${decision.date} (${law.en})`,
            }
          : {
              zh: `案卷中没有当场处罚决定书当场交付的记录（${law.zh}）`,
              en: `The file does not record the on-the-spot decision being handed to the party (${law.en})`,
            },
        suggestion: {
          zh: '记录当场交付（当事人拒绝签收的，在决定书上注明）',
          en: 'Record the hand-over (or note the refusal to sign on the decision)',
        },
      });
    }

    if (env) {
      const filed = firstOnOrAfter(c, 'simple-decision-filed', decision.date);
      const due = ctx.calendar.add(decision.date, 3, 'workday').to;
      const b = [basis('admin-penalty-law', apl, aplArticle, 3), ...envBasis];
      findings.push(
        ...checkPeriod(c, ctx, {
          label: { zh: '当场处罚决定备案期限', en: 'Reporting the on-the-spot decision for the record' },
          from: decision.date,
          due,
          unit: 'workday',
          done: filed?.date,
          path: filed ? `${filed.pointer}/date` : '/timeline',
          bases: b,
          advice: {
            zh: '在决定后3个工作日内报所属生态环境部门备案，并在时间线记录 simple-decision-filed',
            en: 'Report the decision to the agency within 3 working days and record a simple-decision-filed event',
          },
        }).map((f): RuleFinding =>
          // a recorded report made after the settled 3 working days is proven late (severity policy)
          filed && f.deadline?.status === 'overdue'
            ? { ...f, basis: b, severity: 'error' }
            : { ...f, basis: b },
        ),
      );
    }
    return findings;
  },
};
