/**
 * 追责时效 (行政处罚法 2021 §36 ¶1; 2017 §29 ¶1): two years, five where 公民生命健康安全、金融安全 is involved and harm
 * resulted. The five years exist only in the 2021 text; for an act that ended before 2021-07-15 the longer period is
 * the less favourable law, so §37 keeps the two years (procedure/limitation-period makes that an option).
 */
import type { IsoDate } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import { APL_2021_FROM } from './law.js';

/** the harm that lengthens the limitation to five years: life, health, safety or financial security, with consequences */
export function hasQualifyingHarm(c: Case): boolean {
  const h = c.data.violation.harm;
  return (
    h !== undefined && (h.life_health_safety === true || h.financial === true) && h.consequences === true
  );
}

/** the limitation in years for an act that ended on `end` (the default reading for acts before 2021-07-15) */
export function limitationYears(c: Case, end: IsoDate): 2 | 5 {
  return hasQualifyingHarm(c) && end >= APL_2021_FROM ? 5 : 2;
}
