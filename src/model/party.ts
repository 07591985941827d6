/** What the party type means in law (one place for every rule that switches on it). */
import type { PartyType } from './case-data.js';

/** a natural person: 自然人, and 个体工商户 (民法典 §54: a natural person trading under a registration) */
export function isNaturalPerson(type: PartyType): boolean {
  return type === 'person' || type === 'individual-business';
}

/**
 * The side of 行政处罚法's amounts the party is on: 公民 (2021 §51, §63 and the hearing rules' 个人) or 法人或者其他组织.
 * An individual business is a natural person (民法典 §54, §56: its debts are the operator's), so it takes the 公民
 * amounts; docs/case-format.md states this reading.
 */
export function thresholdParty(type: PartyType): 'person' | 'organization' {
  return isNaturalPerson(type) ? 'person' : 'organization';
}

/**
 * Tier targets of a penalty clause that reach the party. A 个体工商户 is reached by clauses on 单位/生产经营者 (企业事业单位
 * 和其他生产经营者) and by those on 个人, so both kinds of tier apply to it.
 */
export function tierTargets(type: PartyType): ('unit' | 'individual' | 'any')[] {
  switch (type) {
    case 'organization':
      return ['unit', 'any'];
    case 'person':
      return ['individual', 'any'];
    case 'individual-business':
      return ['unit', 'individual', 'any'];
  }
}

export const PARTY_TYPE_NAMES: Record<PartyType, { zh: string; en: string }> = {
  person: { zh: '自然人', en: 'a natural person' },
  organization: { zh: '单位', en: 'an organisation' },
  'individual-business': { zh: '个体工商户', en: 'an individual business' },
};
