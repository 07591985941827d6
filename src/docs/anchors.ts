/** The HTML anchor of a rule's row in docs/rules.md (`procedure/filing-deadline` → `procedure-filing-deadline`). */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
