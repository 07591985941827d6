/**
 * The ajv set-up shared by the runtime compile (src/load/validate.ts) and the precompiled validator
 * (src/load/gen-validator.ts → case-validator.generated.txt), so both validate and report alike.
 */
import { createHash } from 'node:crypto';
import type { Options } from 'ajv/dist/2020.js';
import { isIsoDate, isPartialDate } from '../model/dates.js';

export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false };

/** Civil dates: the ISO pattern is checked by the schema; the calendar (no 2021-02-29) by dates.ts. */
export const DATE_FORMAT = { type: 'string' as const, validate: isIsoDate };

/** Dates that may be partial (YYYY-MM, YYYY) or `unknown`; a year may arrive as a YAML number. */
export const PARTIAL_DATE_FORMAT = { type: 'string' as const, validate: (v: string) => isPartialDate(v) };

/** the formats of the case schema, for the runtime compile and the precompiled validator */
export const CASE_FORMATS = { date: DATE_FORMAT, 'partial-date': PARTIAL_DATE_FORMAT };

/** The module name the precompiled code requires for its formats (resolved by the loader, never by Node). */
export const FORMATS_MODULE = 'caselint:formats';

export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}
