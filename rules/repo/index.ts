import type { Rule } from '../../src/engine/types.js';
import { rule as duplicateNumber } from './duplicate-number.js';
import { rule as doublePenalty } from './double-penalty.js';
import { rule as numberGap } from './number-gap.js';

/**
 * Cross-case checks (issue 12): rules that compare the cases linted together (`Rule.across`), after all of them
 * ran, from each case's compact facts (src/engine/cross-facts.ts). One case linted alone gives them nothing.
 */
export const rules: Rule[] = [duplicateNumber, doublePenalty, numberGap];
