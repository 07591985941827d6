/**
 * The legal knowledge base: law registry, working-day calendar, thresholds and the penalty-clause catalogue,
 * loaded once per process from the YAML in src/law/data/.
 */
import type { Calendar, ClauseCatalogue, LawRegistry, Thresholds } from './types.js';
import { readLawData } from './data-files.js';
import { attachStructure, buildLines, createLawRegistry } from './registry.js';
import { ChinaCalendar, parseCalendarOverrides, type CalendarOverride } from './calendar.js';
import { createThresholds, parseThresholdData, type ThresholdOptions } from './thresholds.js';
import { buildClauses, createCatalogue, parseOverlaps } from './catalogue.js';
import { buildCountingRules, type CountingRule } from './counting.js';

export interface Knowledge {
  law: LawRegistry;
  calendar: Calendar;
  thresholds: Thresholds;
  catalogue: ClauseCatalogue;
}

let cached: Knowledge | undefined;
let countingRules: Map<string, CountingRule> | undefined;

/** The knowledge base with default settings (memoised). */
export function loadKnowledge(): Knowledge {
  cached ??= buildKnowledge();
  return cached;
}

export interface KnowledgeOptions extends ThresholdOptions {
  /** extra calendar entries from a config (e.g. a bureau's 2027 arrangement) */
  calendarOverrides?: CalendarOverride[];
  /** years the extra entries cover completely */
  calendarCoveredYears?: number[];
}

/** A knowledge base with settings applied (config: thresholdInclusive, extra calendar days). Not memoised. */
export function buildKnowledge(options: KnowledgeOptions = {}): Knowledge {
  const lines = buildLines(readLawData('laws.yaml'));
  attachStructure(lines, readLawData('article-structure.yaml'));
  const law = createLawRegistry(lines);
  const calendar = new ChinaCalendar(
    parseCalendarOverrides(readLawData('calendar-overrides.yaml')),
    options.calendarOverrides ?? [],
    options.calendarCoveredYears ?? [],
  );
  const thresholds = createThresholds(parseThresholdData(readLawData('thresholds.yaml')), options);
  const clauses = buildClauses(readLawData('clauses.yaml'), law);
  const overlaps = parseOverlaps(readLawData('clause-overlaps.yaml'), new Set(clauses.map((c) => c.key)));
  const catalogue = createCatalogue(clauses, law, overlaps);
  return { law, calendar, thresholds, catalogue };
}

/** A thresholds object honouring settings (thresholdInclusive), sharing the memoised data. */
export function thresholdsWith(options: ThresholdOptions): Thresholds {
  return createThresholds(parseThresholdData(readLawData('thresholds.yaml')), options);
}

/**
 * The counting rule an instrument applies to its periods, with its basis, e.g.
 * countingRule('apl-2021-85').unitFor(5) → 'workday'. Ids: apl-2021-85, apl-2017, env-2023-90, env-2010-79,
 * compulsion-69, reconsideration-2017-40, reconsideration-2023-88, civil-procedure-period, detention-transfer-19,
 * crime-transfer-38.
 */
export function countingRule(id: string): CountingRule {
  countingRules ??= buildCountingRules(readLawData('counting-rules.yaml'));
  const rule = countingRules.get(id);
  if (!rule) throw new RangeError(`unknown counting rule ${id}`);
  return rule;
}

export function allCountingRules(): CountingRule[] {
  countingRules ??= buildCountingRules(readLawData('counting-rules.yaml'));
  return [...countingRules.values()];
}

export {
  parseCitation,
  toChineseNumeral,
  fromChineseNumeral,
  formatCitationZh,
  formatCitationEn,
} from './numerals.js';
export { addHours, hoursBetween, ChinaCalendar } from './calendar.js';
export type { CalendarOverride } from './calendar.js';
export { reachesThreshold, withinCeiling } from './thresholds.js';
export { isMilder, fineBounds, primaryTier } from './catalogue.js';
export type { CountingRule } from './counting.js';
