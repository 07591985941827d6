import { notRecorded } from '../../src/engine/coverage.js';
import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { aplVersion, basis, citedFinding, decisionEvent, reconsiderationVersion } from './support.js';

/** 上海市宝山区生态环境局 → 上海市宝山区人民政府; undefined for branches (分局) and unknown names */
export function sameLevelGovernment(agency: string): string | undefined {
  if (agency.includes('分局')) return undefined;
  const m = /^(.+?)(生态环境局|环境保护局|生态环境厅|环境保护厅)$/.exec(agency);
  return m?.[1] ? `${m[1]}人民政府` : undefined;
}

/**
 * 救济途径告知: the decision states how and by when to seek reconsideration and to sue (行政处罚法 2021 §59(1)(5);
 * 2017 §39(5)): 60 days (行政复议法 2017 §9; 2023 §20) and 6 months (行政诉讼法 §46(1)). From 2024-01-01 the
 * reconsideration body for a local department's decision is the same-level people's government (行政复议法 2023
 * §24(1)(1)) — the party no longer chooses the higher department — and an on-the-spot penalty must first go to
 * reconsideration, which the decision must say (§23(1)(1), §23(2)); the suit then lies within 15 days of the
 * reconsideration decision (行政诉讼法 §45), so no 6-month direct-suit period is asked of it. On-the-spot decisions
 * state remedies from 2021-07-15 (2021 §52(2)); the 2017 text (§34(2)) did not require it.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/remedy-statement',
    title: { zh: '决定书告知复议、诉讼的途径和期限', en: 'Remedies stated: body, 60 days, 6 months' },
    description: {
      zh: '处罚决定书应告知申请行政复议（60日）和提起行政诉讼（6个月）的途径和期限；2024年1月1日起，对区县生态环境局决定不服的复议机关为本级人民政府，当场处罚还须告知复议前置。',
      en: 'The decision states the reconsideration route (60 days) and the litigation route (6 months); from 2024-01-01 the reconsideration body for a local bureau is the same-level people’s government, and on-the-spot penalties must say that reconsideration comes first.',
    },
    severity: 'warning',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 59, 1, 5),
      basis('reconsideration-law', '2023', 20),
      basis('reconsideration-law', '2023', 24, 1, 1),
      basis('reconsideration-law', '2023', 23),
      basis('litigation-law', '2017', 46, 1),
    ],
    candidates: ['APL-043'],
    options: {
      requireCourt: {
        description: {
          zh: '是否要求写明管辖法院名称（默认否：法律要求告知途径和期限，实践中常写“依法向人民法院提起行政诉讼”）',
          en: 'Require the court to be named (default false: the law asks for the route and period; decisions often say "the people’s court")',
        },
        default: false,
        type: 'boolean',
      },
    },
  },
  check(c, ctx) {
    if (c.data.penalty.no_penalty) return [];
    const decision = decisionEvent(c);
    if (!decision) return [];
    const apl = aplVersion(ctx, decision.date);
    const rv = reconsiderationVersion(ctx, decision.date);
    const simple = c.data.case.procedure === 'simple';
    // an on-the-spot decision under the 2017 text (§34(2)) carried no remedy statement; from 2021-07-15 §52(2) asks for one
    if (simple && apl === '2017') return [];
    const contents: LegalBasis = simple
      ? basis('admin-penalty-law', '2021', 52, 2)
      : basis('admin-penalty-law', apl, apl === '2021' ? 59 : 39, apl === '2021' ? 1 : undefined, 5);
    const findings: RuleFinding[] = [];
    const body2023 = sameLevelGovernment(c.data.case.agency) ?? '本级人民政府';
    const expectedStatement =
      rv === '2023' && simple
        ? {
            zh: `写明：应先自收到决定书之日起60日内向${body2023}申请行政复议，对复议决定不服的，可自收到复议决定书之日起15日内提起行政诉讼`,
            en: `State that the party must first apply to ${body2023} for reconsideration within 60 days of receipt, and may sue within 15 days of the reconsideration decision`,
          }
        : rv === '2023'
          ? {
              zh: `写明：可自收到决定书之日起60日内向${body2023}申请行政复议，或者6个月内向人民法院提起行政诉讼`,
              en: `State that the party may apply to ${body2023} for reconsideration within 60 days of receipt, or sue in the people's court within 6 months`,
            }
          : {
              zh: '写明：可自收到决定书之日起60日内向本级人民政府或者上一级主管部门申请行政复议，或者6个月内向人民法院提起行政诉讼',
              en: "State that the party may apply for reconsideration to the same-level government or the higher department within 60 days of receipt, or sue in the people's court within 6 months",
            };
    const push = (
      path: string,
      bases: LegalBasis[],
      zh: string,
      en: string,
      severity?: 'error' | 'warning',
    ) => {
      const f = citedFinding(ctx, path, bases, zh, en, expectedStatement);
      if (severity) f.severity = severity;
      findings.push(f);
    };
    const r = c.data.penalty.remedies;
    if (!r) {
      // proven only where the decision's recorded contents leave the remedies out; a record that gives neither
      // says nothing of what the decision states
      if (decision.contents === undefined || decision.contents.includes('remedies'))
        return [
          notRecorded(
            'remedies',
            { zh: '决定书告知的救济途径和期限', en: 'the remedies the decision states' },
            '/penalty/remedies',
          ),
        ];
      push(
        `${decision.pointer}/contents`,
        [contents],
        '决定书未告知申请行政复议和提起行政诉讼的途径和期限',
        'The decision states no reconsideration or litigation route and period',
        'error',
      );
      return findings;
    }
    const reconBasis =
      rv === '2023'
        ? basis('reconsideration-law', '2023', 20, 1)
        : basis('reconsideration-law', '2017', 9, 1);
    if (r.reconsideration_days === undefined)
      push(
        '/penalty/remedies',
        [contents, reconBasis],
        '决定书未写明申请行政复议的期限（60日）',
        'The decision does not state the 60-day reconsideration period',
      );
    else if (r.reconsideration_days !== 60)
      push(
        '/penalty/remedies/reconsideration_days',
        [reconBasis],
        `决定书告知的复议期限为${r.reconsideration_days}日，法定为60日`,
        `The decision states ${r.reconsideration_days} days for reconsideration; the law gives 60`,
        r.reconsideration_days < 60 ? 'error' : undefined,
      );
    const litBasis = basis('litigation-law', '2017', 46, 1);
    // from 2024-01-01 an on-the-spot penalty goes to reconsideration first (行政复议法 2023 §23(1)(1)); the suit then
    // lies within 15 days of the reconsideration decision (行政诉讼法 §45), so the 6-month direct-suit period is not due
    const directSuit = !(rv === '2023' && simple);
    if (!directSuit) {
      // the reconsideration-first statement is checked below
    } else if (r.litigation_months === undefined)
      push(
        '/penalty/remedies',
        [contents, litBasis],
        '决定书未写明提起行政诉讼的期限（6个月）',
        'The decision does not state the 6-month litigation period',
      );
    else if (r.litigation_months !== 6)
      push(
        '/penalty/remedies/litigation_months',
        [litBasis],
        `决定书告知的起诉期限为${r.litigation_months}个月，法定为6个月`,
        `The decision states ${r.litigation_months} months to sue; the law gives 6`,
        r.litigation_months < 6 ? 'error' : undefined,
      );
    if (ctx.options.requireCourt === true && !r.court)
      push(
        '/penalty/remedies',
        [contents],
        '决定书未写明管辖的人民法院',
        'The decision does not name the court',
      );

    const body = r.reconsideration_body;
    if (!body) {
      push(
        '/penalty/remedies',
        [contents, reconBasis],
        '决定书未写明行政复议机关',
        'The decision does not name the reconsideration body',
      );
    } else if (rv === '2023') {
      const b = [basis('reconsideration-law', '2023', 24, 1, 1)];
      const expected = sameLevelGovernment(c.data.case.agency);
      const others = body.split(/或者|或/).filter((part) => !part.includes('人民政府'));
      if (!body.includes('人民政府') || others.length > 0)
        push(
          '/penalty/remedies/reconsideration_body',
          b,
          `2024年1月1日起对${c.data.case.agency}的决定申请复议，应向本级人民政府提出，决定书却告知“${body}”`,
          `From 2024-01-01 reconsideration of ${c.data.case.agency}'s decisions lies with the same-level people's government, but the decision names “${body}”`,
          'error',
        );
      else if (expected && !body.includes(expected))
        push(
          '/penalty/remedies/reconsideration_body',
          b,
          `复议机关应为${expected}，决定书告知“${body}”`,
          `The reconsideration body should be ${expected}, but the decision names “${body}”`,
        );
    }
    if (rv === '2023' && simple && r.reconsideration_first !== true)
      push(
        '/penalty/remedies',
        [basis('reconsideration-law', '2023', 23, 2)],
        '当场作出的处罚决定应告知当事人先申请行政复议（复议前置），决定书未见告知',
        'An on-the-spot penalty must tell the party to seek reconsideration before suing; the decision does not',
        'error',
      );
    return findings;
  },
};
