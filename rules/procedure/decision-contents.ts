/**
 * 决定书载明事项: 行政处罚法 2021 §59 (2017 §39), 环境行政处罚办法 (2010) §54 (6 items) and 生态环境行政处罚办法
 * (2023) §56 (7 items: adds the handling of the statement and hearing, the credit code or ID number and the
 * discretion-benchmark reasoning). Checked from the structured fields and, when recorded, the decision's contents
 * checklist and the decision document's seal flag.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { documentById, documentsOf } from '../../src/model/case.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding, Severity } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { hearingRightStated } from './support/hearing.js';
import { decisionOf, imposesPenalty, isGeneral, notGeneral } from './support/steps.js';

interface Missing {
  what: Msg;
  severity: Severity;
  /** true: the recorded contents of the decision (or its seal flag) leave the item out; false: the record does not give it */
  leftOut: boolean;
}

function sealed(c: Case, d: TimelineEvent): boolean | undefined {
  const docs = [
    ...(d.documents ?? []).map((id) => documentById(c, id)),
    ...documentsOf(c, 'decision'),
  ].filter((x) => x?.type === 'decision');
  if (docs.length === 0) return undefined;
  return docs.some((x) => x?.sealed === true)
    ? true
    : docs.every((x) => x?.sealed === false)
      ? false
      : undefined;
}

function missingItems(c: Case, d: TimelineEvent, v2023: boolean): Missing[] {
  const data = c.data;
  const contents = d.contents;
  const lacks = (...keys: string[]): boolean =>
    contents !== undefined && !keys.some((k) => contents.includes(k));
  const out: Missing[] = [];
  const w = (zh: string, en: string, severity: Severity = 'warning', leftOut = false): void =>
    void out.push({ what: { zh, en }, severity, leftOut });

  const org = data.party.type === 'organization';
  if (!data.party.address || lacks('party'))
    w(
      '当事人姓名或名称、地址',
      'the party’s name and address',
      lacks('party') ? 'error' : 'warning',
      lacks('party'),
    );
  if (data.party.type === 'individual-business') {
    // 个体工商户: the registration's 统一社会信用代码 or the operator's ID number identifies it
    if (v2023 && !data.party.credit_code && !data.party.id_number)
      w('统一社会信用代码或经营者身份证件号码', 'the unified social credit code or the operator’s ID number');
  } else if (org ? !data.party.credit_code : v2023 && !data.party.id_number)
    w(org ? '统一社会信用代码' : '身份证件号码', org ? 'the unified social credit code' : 'the ID number');
  if (v2023 && org && !data.party.representative) w('法定代表人', 'the legal representative');
  if (!data.violation.facts || lacks('facts'))
    w('违法事实', 'the facts', lacks('facts') ? 'error' : 'warning', lacks('facts'));
  if ((data.violation.evidence ?? []).length === 0 || lacks('evidence'))
    w('证据', 'the evidence', lacks('evidence') ? 'error' : 'warning', lacks('evidence'));
  if (v2023 && contents !== undefined) {
    const stated = c.timeline.some((e) => e.event === 'statement-received' && e.date <= d.date);
    // §56(3): “符合听证条件的，还应当载明听证的情况” — whenever the hearing right was due (notified, requested,
    // waived or held), not only when a hearing took place
    const hearingDue = c.timeline.some(
      (e) =>
        e.date <= d.date &&
        (e.event === 'hearing-held' ||
          e.event === 'hearing-requested' ||
          e.event === 'hearing-waived' ||
          (e.event === 'prior-notice-served' && hearingRightStated(e))),
    );
    if (stated && lacks('statement-handling'))
      w('陈述申辩的采纳情况及理由', 'whether the statement was adopted, and why', 'warning', true);
    if (hearingDue && lacks('hearing-handling', 'statement-handling'))
      w(
        '听证的情况（符合听证条件的案件）',
        'the hearing (the case met the hearing conditions)',
        'warning',
        true,
      );
  }
  // an error where the recorded contents of the decision leave the item out; a record that does not give the item
  // at all is a warning (the decision may still state it)
  if (
    (data.violation.basis ?? []).length === 0 ||
    data.penalty.kinds.length === 0 ||
    lacks('basis') ||
    lacks('penalty')
  )
    w(
      '行政处罚的种类和依据',
      'the penalty kind and its legal basis',
      lacks('basis') || lacks('penalty') ? 'error' : 'warning',
      lacks('basis') || lacks('penalty'),
    );
  if (v2023 && (!data.discretion?.explanation || lacks('discretion-reasons')))
    w(
      '适用裁量基准的理由和依据',
      'the reasons and basis for applying the discretion benchmark',
      'warning',
      lacks('discretion-reasons'),
    );
  if ((data.penalty.fine ?? 0) > 0 && (!data.penalty.payment_days || !data.penalty.payee || lacks('payment')))
    w(
      '履行方式和期限',
      'the manner and deadline of performance',
      lacks('payment') ? 'error' : 'warning',
      lacks('payment'),
    );
  const r = data.penalty.remedies;
  if (
    !r?.reconsideration_body ||
    !r.reconsideration_days ||
    !(r.court || r.litigation_months) ||
    lacks('remedies')
  )
    w(
      '申请行政复议、提起行政诉讼的途径和期限',
      'the routes and deadlines for reconsideration and litigation',
      lacks('remedies') ? 'error' : 'warning',
      lacks('remedies'),
    );
  if (!data.case.agency || lacks('agency') || lacks('date'))
    w(
      '作出决定的机关名称和日期',
      'the deciding agency and the date',
      lacks('agency') || lacks('date') ? 'error' : 'warning',
      lacks('agency') || lacks('date'),
    );
  if (sealed(c, d) === false || lacks('seal'))
    w('作出决定的机关印章', 'the deciding agency’s seal', 'error', true);
  return out;
}

/**
 * What the recorded contents leave out is said to be missing from the decision; what the record does not give at
 * all is said to be not recorded (the decision itself may state it), never that the decision lacks it.
 */
function missingMessage(date: string, missing: Missing[]): Msg {
  const leftOut = missing.filter((m) => m.leftOut);
  const unrecorded = missing.filter((m) => !m.leftOut);
  const zh: string[] = [];
  const en: string[] = [];
  if (leftOut.length > 0) {
    zh.push(`${date}的处罚决定书未载明：${leftOut.map((m) => m.what.zh).join('、')}`);
    en.push(`The decision of ${date} does not state: ${leftOut.map((m) => m.what.en).join('; ')}`);
  }
  if (unrecorded.length > 0) {
    const items = {
      zh: unrecorded.map((m) => m.what.zh).join('、'),
      en: unrecorded.map((m) => m.what.en).join('; '),
    };
    zh.push(
      leftOut.length > 0
        ? `案卷亦未记录其是否载明：${items.zh}`
        : `案卷未记录${date}的处罚决定书是否载明：${items.zh}（决定书本身可能已载明，请核对）`,
    );
    en.push(
      leftOut.length > 0
        ? `the record does not show whether it states: ${items.en}`
        : `The record does not show whether the decision of ${date} states: ${items.en} (the decision itself may; check it)`,
    );
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

export const rule: Rule = {
  meta: {
    id: 'procedure/decision-contents',
    title: { zh: '处罚决定书的载明事项', en: 'Mandatory contents of the decision' },
    description: {
      zh: '处罚决定书应载明：当事人及其身份信息、违法事实和证据、处罚种类和依据、履行方式和期限、救济途径和期限、作出机关名称和日期并加盖印章（环境行政处罚办法(2010)第五十四条六项）；2023年办法第五十六条增加陈述申辩的采纳情况及理由、符合听证条件的听证情况、统一社会信用代码或身份证件号码、适用裁量基准的理由。所记决定书内容（contents）缺少行政处罚法(2021)第五十九条（2017年第三十九条）法定事项（当事人、事实、证据、种类依据、履行方式和期限、救济途径、机关名称和日期）或印章，或记录决定书未盖章的为错误；2023年办法增加的事项缺少时为警告；案卷未记录某一事项的为警告（决定书本身可能已载明）。',
      en: 'The decision states the party and its identifiers, the facts and evidence, the penalty kind and basis, the manner and deadline of performance, the remedies and their deadlines, the agency and date, with the seal (2010 measures art. 54, six items); the 2023 measures art. 56 add the handling of the statement and, where the hearing conditions were met, the hearing, the credit code or ID number and the discretion reasoning. An item of APL 2021 art. 59 (2017 art. 39) — party, facts, evidence, kind and basis, manner and deadline of performance, remedies, agency and date — or the seal that the recorded contents of the decision leave out (or a decision recorded as unsealed) is an error; a missing item the 2023 measures add is a warning; an item the record does not give at all is a warning (the decision itself may state it).',
    },
    severity: 'error',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 59), basis(APL, '2017', 39), basis(ENV, '2010', 54), basis(ENV, '2023', 56)],
    candidates: ['APL-031', 'ENV-DEC-001'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!imposesPenalty(c)) return [];
    if (!isGeneral(c)) return notGeneral(c);
    const d = decisionOf(c);
    if (!d) return [];
    const env = envVersion(ctx, d.date);
    const b: LegalBasis[] = [
      aplVersion(ctx, d.date) === '2021' ? basis(APL, '2021', 59) : basis(APL, '2017', 39),
    ];
    if (env === '2010') b.push(basis(ENV, '2010', 54));
    if (env === '2023') b.push(basis(ENV, '2023', 56));
    const missing = missingItems(c, d, env === '2023');
    if (missing.length === 0) return [];
    const severity: Severity = missing.some((m) => m.severity === 'error') ? 'error' : 'warning';
    return [
      {
        message: withBasis(ctx, missingMessage(d.date, missing), b),
        path: d.pointer,
        basis: b,
        ...(severity === 'warning' ? { severity } : {}),
        suggestion: {
          zh: '补正决定书（不损害当事人权益的可书面补正），并更新案卷数据',
          en: 'Correct the decision (in writing where the party is not harmed) and update the case data',
        },
      },
    ];
  },
};
