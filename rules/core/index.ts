import type { Rule } from '../../src/engine/types.js';
import { rule as partyIdChecksum } from './party-id-checksum.js';
import { rule as lawReference } from './law-reference.js';
import { rule as citationExists } from './citation-exists.js';

/** Rules of the core pack, in the order they are documented. */
export const rules: Rule[] = [partyIdChecksum, lawReference, citationExists];
