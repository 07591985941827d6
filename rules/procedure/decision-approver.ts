/**
 * 负责人审查决定: when the investigation ends, the head of the agency reviews its result and decides — 行政处罚法 2021
 * §57 ¶1, 2017 §38 ¶1. Checked only where the record gives the decision's approver as one of its officers and every
 * role it records for that person is a non-head role of the case (investigator, reviewer, legal reviewer, presider,
 * recorder): the record then shows the decision signed off by someone acting in the case in another capacity, and
 * nothing that makes that person a head. Roles are free text and a head may hold another role in a case too, so this
 * is a warning ("请核实"), never an error; an approver not listed among the officers, or listed without roles, is not
 * judged.
 */
import type { Case } from '../../src/model/case.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, aplVersion, basis, withBasis } from './support/law.js';
import { decisionOf, isGeneral, notGeneral } from './support/steps.js';

/** roles of a case that are not the agency's head (the case format's examples, in English and in Chinese) */
const NON_HEAD_ROLES: Record<string, string> = {
  investigator: '调查人员',
  调查人员: '调查人员',
  承办人: '调查人员',
  reviewer: '审查人员',
  审查人员: '审查人员',
  'legal-reviewer': '法制审核人员',
  法制审核人员: '法制审核人员',
  presider: '听证主持人',
  听证主持人: '听证主持人',
  recorder: '记录员',
  记录员: '记录员',
};

export const rule: Rule = {
  meta: {
    id: 'procedure/decision-approver',
    title: { zh: '处罚决定由行政机关负责人审查决定', en: 'Decision approved by the head of the agency' },
    description: {
      zh: '调查终结后，由行政机关负责人对调查结果进行审查并作出决定。案卷将处罚决定的批准人（decision 的 approved_by）记录为本案执法人员，且为其记录的角色均为调查、审查、法制审核、听证主持或记录等非负责人角色的，提示核实批准人是否为行政机关负责人（警告）。批准人未列入执法人员名单或未记录角色的，不作判断。',
      en: 'When the investigation ends, the head of the agency reviews its result and decides. Where the decision’s approver (approved_by of the decision) is listed among the case’s officers and every role recorded for that person is a non-head role (investigator, reviewer, legal reviewer, presider, recorder), the rule asks to check that the approver is a head of the agency (warning). An approver not listed among the officers, or listed without roles, is not judged.',
    },
    severity: 'warning',
    category: '主体合法',
    needs: ['procedure-record'],
    basis: [basis(APL, '2021', 57, 1), basis(APL, '2017', 38, 1)],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    if (!isGeneral(c)) return notGeneral(c);
    const decision = decisionOf(c);
    const name = decision?.approved_by;
    if (!decision || name === undefined) return [];
    const roles = c.data.officers.find((o) => o.name === name)?.roles ?? [];
    if (roles.length === 0 || !roles.every((r) => NON_HEAD_ROLES[r] !== undefined)) return [];
    const zhRoles = [...new Set(roles.map((r) => NON_HEAD_ROLES[r]))].join('、');
    const b =
      aplVersion(ctx, decision.date) === '2021' ? [basis(APL, '2021', 57, 1)] : [basis(APL, '2017', 38, 1)];
    return [
      {
        message: withBasis(
          ctx,
          {
            zh: `${decision.date}的处罚决定由${name}批准，案卷记录其在本案中为${zhRoles}，未记录其为行政机关负责人；处罚决定应由行政机关负责人审查作出，请核实`,
            en: `The decision of ${decision.date} was approved by ${name}, whom the file records in this case only as ${roles.join(', ')}, not as a head of the agency; the head reviews and decides: check`,
          },
          b,
        ),
        path: `${decision.pointer}/approved_by`,
        basis: b,
        suggestion: {
          zh: '由行政机关负责人审查决定；批准人确为负责人的，在 officers 中为其记录 head 角色',
          en: 'Have a head of the agency review and decide; if the approver is a head, record the head role in officers',
        },
      },
    ];
  },
};
