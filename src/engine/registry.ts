import { allRules } from '../../rules/index.js';
import type { Rule } from './types.js';

const byId = new Map<string, Rule>(allRules.map((r) => [r.meta.id, r]));

export function getRules(): Rule[] {
  return allRules;
}

export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
