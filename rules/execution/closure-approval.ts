import { isRecorded } from '../../src/engine/facts.js';
import { missingTransferCause } from '../shared/causes.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { caseDate } from '../shared/law.js';
import { documentsOf, eventsOf, hasEvent, type Case, type TimelineEvent } from '../../src/model/case.js';
import { amountOrdered, basis, cite, citedFinding, envVersion, paidInFullOn } from './support.js';

interface Ground {
  pattern: RegExp;
  /** undefined when the ground holds; otherwise what is missing */
  unmet(c: Case, closed: TimelineEvent, env: '2010' | '2023'): { zh: string; en: string } | undefined;
  /** the root-cause key of an unmet ground another rule also sees */
  cause?: string;
}

const GROUNDS: Ground[] = [
  {
    // 2023 §77(1): the penalty and the order to correct performed — a warning is performed once the decision is served
    pattern: /履行完毕|已履行|已缴纳|缴清|执行完毕|警告(处罚)?(决定)?已(送达)?执行/,
    unmet(c, closed, env) {
      const kinds = c.data.penalty.kinds ?? [];
      if (kinds.includes('warning') && !eventsOf(c, 'decision-served').some((e) => e.date <= closed.date))
        return {
          zh: '警告处罚决定至结案时未见送达记录',
          en: 'the warning decision is not recorded as served by the closure',
        };
      if (amountOrdered(c) > 0) {
        const paid = paidInFullOn(c);
        if (paid === undefined)
          return {
            zh: '案卷未记录罚款在结案前缴清',
            en: 'the record does not show the fine paid in full by the closure',
          };
        if (paid > closed.date)
          return {
            zh: `罚款于${paid}才缴清，晚于结案`,
            en: `the fine was paid in full only on ${paid}, after the closure`,
          };
      }
      // 2023 §77(1): the order to correct must be performed as well as the penalty
      const orders = c.data.penalty.orders ?? [];
      if (
        env === '2023' &&
        orders.length > 0 &&
        !/改正|停止|已执行/.test(closed.ground ?? '') &&
        !hasEvent(c, 'reinspection')
      )
        return {
          zh: '未见责令改正已履行（复查）的记录',
          en: 'nothing shows the order to correct was carried out (no re-inspection)',
        };
      return undefined;
    },
  },
  {
    pattern: /法院|强制执行/,
    unmet: (c, closed) =>
      eventsOf(c, 'enforcement-applied').some((e) => e.date <= closed.date)
        ? undefined
        : { zh: '未见申请人民法院强制执行的记录', en: 'no court application is recorded' },
  },
  {
    pattern: /撤销/,
    unmet: (c, closed) =>
      eventsOf(c, 'decision-changed').some((e) => e.date <= closed.date)
        ? undefined
        : { zh: '未见决定被撤销的记录', en: 'no revocation of the decision is recorded' },
  },
  {
    pattern: /移送/,
    unmet: (c, closed) =>
      eventsOf(c, 'transferred').some((e) => e.date <= closed.date)
        ? undefined
        : { zh: '未见移送记录', en: 'no transfer is recorded' },
    cause: missingTransferCause(),
  },
  { pattern: /无需执行|不需要执行|不予处罚|不予行政处罚|终止调查|终止|其他/, unmet: () => undefined },
];

/**
 * 结案: on one of the listed grounds, which must hold (环境行政处罚办法 2010 §67; 生态环境行政处罚办法 2023 §77 —
 * under 2023 "performed" covers the order to correct too). The closure approval form (结案审批表) approved by a head
 * is a 2023 requirement (§77(1) opening words); the 2010 text lists the grounds only, so closures before 2023-07-01
 * are not asked for the form or the approver. The ground is matched by keywords in `ground`; unrecognised grounds
 * are reported for a person to check.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/closure-approval',
    title: { zh: '结案审批及结案理由', en: 'Closure approval with a lawful ground' },
    description: {
      zh: '结案理由应属法定情形（决定及责令改正已履行、法院已受理强制执行申请、无需执行、决定被撤销、已移送等），且与案卷记录相符；2023年7月1日起还须填写结案审批表并经负责人批准。',
      en: 'A case is closed on a listed ground (decision and order performed, court enforcement applied for, nothing to enforce, decision revoked, transferred …) that the file bears out; from 2023-07-01 it also needs an approval form signed off by the head.',
    },
    severity: 'warning',
    category: '执行到位',
    needs: ['procedure-record', 'case-date'],
    basis: [basis('env-penalty-measures', '2023', 77), basis('env-penalty-measures', '2010', 67)],
    candidates: ['ENV-CLO-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    const closures = eventsOf(c, 'closed');
    if (closures.length === 0) {
      if (['closed', 'archived'].includes(c.data.case.status)) {
        const archived = eventsOf(c, 'archived')[0];
        const env = envVersion(ctx, archived?.date ?? caseDate(c)) ?? '2023';
        const bases = [basis('env-penalty-measures', env, env === '2023' ? 77 : 67)];
        const law = cite(ctx, bases);
        const step =
          env === '2023'
            ? { zh: '结案审批', en: 'closure approval' }
            : { zh: '结案记录', en: 'closure record' };
        findings.push({
          path: '/timeline',
          basis: bases,
          message: {
            zh: `案件状态为${c.data.case.status === 'archived' ? '已归档' : '已结案'}，但时间线中未记录${step.zh}（${law.zh}）`,
            en: `The case is marked ${c.data.case.status} but the timeline records no ${step.en} (${law.en})`,
          },
          suggestion: {
            zh: '在时间线记录结案（closed）事件，写明结案理由',
            en: 'Record the closure (closed event) with its ground',
          },
        });
      }
      return findings;
    }
    const groundTodo = {
      zh: '在 ground 中写明法定结案情形（如处罚决定和责令改正均已履行完毕、法院已受理强制执行申请、决定被撤销）',
      en: 'State a statutory closure ground in ground (e.g. penalty and order performed, court accepted the enforcement application, decision revoked)',
    };
    for (const closed of closures) {
      const env = envVersion(ctx, closed.date) ?? '2010';
      const bases: LegalBasis[] = [basis('env-penalty-measures', env, env === '2023' ? 77 : 67)];
      const push = (
        path: string,
        zh: string,
        en: string,
        todo: { zh: string; en: string },
        cause?: string,
      ) => {
        const f = citedFinding(ctx, path, bases, zh, en, todo);
        findings.push(cause === undefined ? f : { ...f, cause });
      };
      // the approval form signed off by a head is new in 2023 (§77); 2010 §67 lists the grounds only
      if (env === '2023' && !closed.approved_by)
        push(
          closed.pointer,
          `${closed.date}结案未记录批准的负责人，应由负责人在结案审批表上批准`,
          `The closure of ${closed.date} does not record the head who approved it on the closure form`,
          {
            zh: '由负责人在结案审批表上批准，并记录 approved_by',
            en: 'Have a head approve the closure form and record approved_by',
          },
        );
      if (env === '2023' && documentsOf(c, 'closure-form').length === 0 && !isRecorded(c, 'documents'))
        findings.push(notChecked('documents'));
      else if (env === '2023' && documentsOf(c, 'closure-form').length === 0)
        push(
          '/documents',
          `${closed.date}结案，案卷中未记录经负责人批准的结案审批表`,
          `The case was closed on ${closed.date} but no closure approval form signed off by a head is recorded`,
          {
            zh: '填写结案审批表并归卷（closure-form）',
            en: 'Fill in the closure approval form and file it (closure-form)',
          },
        );
      const text = closed.ground ?? '';
      if (!text) {
        push(
          closed.pointer,
          `${closed.date}结案未记明结案理由`,
          `The closure of ${closed.date} states no ground`,
          groundTodo,
        );
        continue;
      }
      // a ground may name several facts (法院已受理强制执行申请；责令改正事项已改正): it holds when any statutory
      // ground it names holds, and only when none does is the first one's shortfall reported
      const named = GROUNDS.filter((g) => g.pattern.test(text));
      if (named.length === 0) {
        push(
          `${closed.pointer}/ground`,
          `结案理由“${text}”不属于可识别的法定结案情形，请人工核对`,
          `The closure ground “${text}” is not a recognised statutory ground; check it`,
          groundTodo,
        );
        continue;
      }
      const shortfalls = named.map((g) => g.unmet(c, closed, env));
      const unmet = shortfalls.every((u) => u !== undefined) ? shortfalls[0] : undefined;
      const cause = named[0]?.cause;
      if (unmet)
        push(
          `${closed.pointer}/ground`,
          `结案理由为“${text}”，但${unmet.zh}`,
          `The closure ground is “${text}”, but ${unmet.en}`,
          {
            zh: '待结案条件具备（履行、执行、撤销或移送有记录）后再结案，或更正结案理由',
            en: 'Close only once the ground holds on the record (performance, enforcement, revocation or transfer), or correct the ground',
          },
          cause,
        );
    }
    return findings;
  },
};
