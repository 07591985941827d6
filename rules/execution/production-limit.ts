import type { LegalBasis, Msg, Rule, RuleFinding } from '../../src/engine/types.js';
import { firstEvent, eventsOf } from '../../src/model/case.js';
import {
  basis,
  checkPeriod,
  citedFinding,
  decisionEvent,
  envVersion,
  postedInTimeCaveat,
  serviceOf,
} from './support.js';

const L = 'production-limit-measures';

/**
 * 限制生产、停产整治 (what the case format holds): ordered together with correction and a penalty (限产停产办法 §3),
 * after a prior notice stating the hearing right (§11; 生态环境行政处罚办法 2023 §46), and the decision served
 * within 7 working days (§14). The term (§15), the rectification plan (§16–17) and the follow-up inspection (§19–20)
 * have no fields in the case format. Collective discussion for 停产整治 (2023 §52) is the procedure pack's check.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/production-limit',
    title: {
      zh: '限制生产、停产整治的告知、改正与送达',
      en: 'Production limits: correction, hearing right, service',
    },
    description: {
      zh: '责令限制生产、停产整治的，应同时责令改正并处罚；事先告知陈述申辩和听证权利；决定书在作出后7个工作日内送达。',
      en: 'A production limit or suspension for rectification goes with an order to correct and a penalty, follows a notice of the hearing right, and is served within 7 working days.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
    basis: [
      basis(L, '2015', 3),
      basis(L, '2015', 11),
      basis(L, '2015', 14),
      basis('env-penalty-measures', '2023', 46),
    ],
    candidates: ['ENV-LIM-001'],
  },
  check(c, ctx) {
    const kinds = c.data.penalty.kinds;
    if (!kinds.includes('restrict-production') && !kinds.includes('suspend-rectify')) return [];
    const decision = decisionEvent(c);
    // 限产停产办法 applies from 2015-01-01
    if (!decision || ctx.law.isBeforeLaw(L, decision.date)) return [];
    const findings: RuleFinding[] = [];
    const push = (path: string, bases: LegalBasis[], zh: string, en: string, todo: Msg) =>
      findings.push(citedFinding(ctx, path, bases, zh, en, todo));
    // the order may be in the decision without being transcribed (penalty.orders or a correction-ordered step):
    // a warning for a human to check
    if (
      (c.data.penalty.orders ?? []).length === 0 &&
      !c.timeline.some((e) => e.event === 'correction-ordered')
    )
      findings.push({
        ...citedFinding(
          ctx,
          '/penalty',
          [basis(L, '2015', 3)],
          '责令限制生产或停产整治，案卷未记录同时责令改正违法行为',
          'A production limit or suspension was ordered; no order to correct at the same time is recorded',
          {
            zh: '同时责令改正违法行为（penalty.orders）',
            en: 'Order the correction at the same time (penalty.orders)',
          },
        ),
        severity: 'warning',
      });
    if (!kinds.some((k) => k !== 'restrict-production' && k !== 'suspend-rectify'))
      push(
        '/penalty/kinds',
        [basis(L, '2015', 3)],
        '责令限制生产或停产整治，但未依法同时给予行政处罚（如罚款）',
        'A production limit or suspension was ordered without the penalty that must go with it',
        {
          zh: '依照有关法律法规同时给予行政处罚',
          en: 'Impose the penalty the applicable law provides as well',
        },
      );
    const notices = eventsOf(c, 'prior-notice-served').filter((n) => n.date <= decision.date);
    const notifyTodo: Msg = {
      zh: '作出决定前告知事实、理由、依据及陈述、申辩和要求听证的权利，并将告知书送达归卷',
      en: 'Before deciding, notify the facts, reasons, basis and the rights to state, defend and ask for a hearing, and file the served notice',
    };
    const hearingBases: LegalBasis[] = [basis(L, '2015', 11)];
    if (envVersion(ctx, decision.date) === '2023')
      hearingBases.push(basis('env-penalty-measures', '2023', 46));
    if (notices.length === 0 && !firstEvent(c, 'hearing-notice-served'))
      push(
        '/timeline',
        hearingBases,
        '责令限制生产或停产整治前没有事先告知',
        'No prior notice preceded the production limit or suspension',
        notifyTodo,
      );
    else if (notices.length > 0 && !notices.some((n) => n.hearing_right === true))
      push(
        notices[0]?.pointer ?? '/timeline',
        hearingBases,
        '事先告知书未告知当事人要求听证的权利',
        'The prior notice does not state the right to a hearing',
        notifyTodo,
      );
    const served = serviceOf(c, decision);
    const bases = [basis(L, '2015', 14)];
    findings.push(
      ...checkPeriod(c, ctx, {
        label: { zh: '限制生产、停产整治决定书送达期限', en: 'Service of the production-limit decision' },
        from: decision.date,
        due: ctx.calendar.add(decision.date, 7, 'workday').to,
        unit: 'workday',
        done: served?.date,
        path: served ? `${served.pointer}/date` : decision.pointer,
        bases,
        advice: { zh: '自作出决定之日起7个工作日内送达', en: 'Serve within 7 working days of the decision' },
      })
        .map((f) => ({ ...f, basis: bases }))
        .map((f) => (served?.method === 'mail' ? postedInTimeCaveat(ctx, f, decision.date) : f)),
    );
    return findings;
  },
};
