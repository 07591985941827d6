import type { Rule } from '../../src/engine/types.js';

/** Rules of the procedure pack, in the order they are documented. */
export const rules: Rule[] = [];
