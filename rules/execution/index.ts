import type { Rule } from '../../src/engine/types.js';
import { rule as simpleProcedureLimits } from './simple-procedure-limits.js';
import { rule as simpleProcedureConduct } from './simple-procedure-conduct.js';

/** Rules of the execution pack, in the order they are documented. */
export const rules: Rule[] = [simpleProcedureLimits, simpleProcedureConduct];
