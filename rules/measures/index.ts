import type { Rule } from '../../src/engine/types.js';
import { rule as dailyPenaltyNotUsed } from './daily-penalty-not-used.js';
import { rule as correctionOrder } from './correction-order.js';
import { rule as seizureNotUsed } from './seizure-not-used.js';
import { rule as productionLimitNotUsed } from './production-limit-not-used.js';
import { rule as measuresAvailable } from './measures-available.js';

/**
 * 该用不用 (issue 16): the supporting measures of 环境保护法 §25, §59, §60 and the 2014 measures (按日连续处罚,
 * 查封扣押, 限制生产、停产整治) a case qualified for and did not use. Checks of a measure that was used are in
 * the penalty pack (per-day) and the execution pack (seizure term, production limit).
 */
export const rules: Rule[] = [
  dailyPenaltyNotUsed,
  correctionOrder,
  seizureNotUsed,
  productionLimitNotUsed,
  measuresAvailable,
];
