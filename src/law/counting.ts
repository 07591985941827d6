import type { LegalBasis, Msg } from '../engine/types.js';
import type { Confidence } from './types.js';
import { LawDataError } from './data-files.js';

/** Which counting an instrument applies to its periods, with its source (see data/counting-rules.yaml). */
export interface CountingRule {
  id: string;
  basis: LegalBasis;
  summary: Msg;
  confidence: Confidence;
  source: string;
  /** "N日" terms that mean working days (e.g. 2, 3, 5, 7 in 行政处罚法 2021 §85) */
  workdayTerms: number[];
  /** periods up to this many days are working days (行政强制法 §69: 十日以内) */
  workdayUpTo?: number;
  /** every period is in working days */
  allWorkdays?: boolean;
  /** working days only where the text itself says 工作日 */
  explicitWorkdays?: boolean;
  /** the unit for a period of n days written as "n日" in the instrument */
  unitFor(days: number, textSaysWorkdays?: boolean): 'workday' | 'day';
}

type RawRule = Omit<CountingRule, 'unitFor'>;

export function buildCountingRules(raw: unknown): Map<string, CountingRule> {
  if (!Array.isArray(raw)) throw new LawDataError('counting-rules.yaml: expected a list');
  const rules = new Map<string, CountingRule>();
  for (const r of raw as RawRule[]) {
    const rule: CountingRule = {
      ...r,
      workdayTerms: r.workdayTerms ?? [],
      unitFor(days, textSaysWorkdays = false) {
        if (textSaysWorkdays || this.allWorkdays) return 'workday';
        if (this.workdayTerms.includes(days)) return 'workday';
        if (this.workdayUpTo !== undefined && days <= this.workdayUpTo) return 'workday';
        return 'day';
      },
    };
    rules.set(r.id, rule);
  }
  return rules;
}
