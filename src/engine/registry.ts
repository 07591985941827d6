import { allRules } from '../../rules/index.js';
import type { Rule } from './types.js';

const byId = new Map<string, Rule>(allRules.map((r) => [r.meta.id, r]));

export function getRules(): Rule[] {
  return allRules;
}

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

/** ids close to a mistyped one, for "did you mean" messages */
export function similarRuleIds(id: string): string[] {
  const name = id.split('/').at(-1) ?? id;
  return allRules
    .map((r) => r.meta.id)
    .filter((candidate) => candidate.includes(name) || id.includes(candidate.split('/')[1] ?? '\0'));
}
