import type { Rule } from '../../src/engine/types.js';
import { rule as fineWithinRange } from './fine-within-range.js';

/** Rules of the penalty pack, in the order they are documented. */
export const rules: Rule[] = [fineWithinRange];
