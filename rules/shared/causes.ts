/**
 * Root-cause keys (RuleFinding.cause) shared by the rules that can see the same defect, so that the engine reports
 * one finding per defect. A key names the defect and where it is: `<defect>:<JSON pointer or id>`.
 */

/** a service step (告知书, 听证通知书, 决定书 …) recorded without a proof of service on file */
export function serviceProofCause(eventPointer: string): string {
  return `service-proof:${eventPointer}`;
}

/** a step recorded without the document it requires */
export function missingDocumentCause(type: string, eventPointer: string): string {
  return `missing-document:${type}:${eventPointer}`;
}

/**
 * a fine below the statutory minimum (减轻处罚) with no statutory ground on file (行政处罚法 2021 §32, 2017 §27 ¶1):
 * penalty/fine-within-range sees the amount, penalty/mitigation-consistent the unfounded 减轻 — one defect
 */
export function unfoundedMitigationCause(): string {
  return 'unfounded-mitigation:/penalty';
}

/**
 * no transfer on the record where the case needs one: penalty/criminal-transfer (facts reaching a crime threshold,
 * nothing transferred and no penalty), penalty/unpunished-violation (an established violation with no penalty, no
 * no-penalty ground and no transfer) and execution/closure-approval (closed as transferred, no transfer recorded)
 * see the same missing transfer — one defect
 */
export function missingTransferCause(): string {
  return 'missing-transfer:/violation';
}

/**
 * a decision made before the period the prior notice opened had run out: procedure/statement-period (陈述申辩) and
 * procedure/hearing-request-window (听证申请) run from the same notice and see the same premature decision — one
 * defect
 */
export function prematureDecisionCause(decisionPointer: string): string {
  return `premature-decision:${decisionPointer}`;
}

/**
 * a hearing requested in time and the decision made before it was held: procedure/hearing-request-window (no hearing
 * before the decision) and procedure/decision-after-hearing (the decision predates the hearing) — one defect
 */
export function decisionBeforeHearingCause(decisionPointer: string): string {
  return `decision-before-hearing:${decisionPointer}`;
}
