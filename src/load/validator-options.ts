/**
 * The ajv set-up shared by the runtime compile (src/load/validate.ts) and the precompiled validator
 * (src/load/gen-validator.ts → case-validator.generated.txt), so both validate and report alike.
 */
import { createHash } from 'node:crypto';
import type { Options } from 'ajv/dist/2020.js';
import { isIsoDate, isPartialDate } from '../model/dates.js';

export const AJV_OPTIONS: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  // amounts are `multipleOf: 0.01` (whole fen); binary fractions make 29999.99 / 0.01 miss an integer by ~1e-9
  multipleOfPrecision: 6,
};

/** the configuration schema's ajv options (src/engine/config.ts) */
export const CONFIG_AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: false };

/**
 * The years a case-file date may fall in. No administrative penalty predates 1949, and the deadline arithmetic
 * (periods up to 3,660 days, see docs/case-format.md "Limits") must stay within four-digit years.
 */
export const CASE_YEARS = { min: 1949, max: 2099 } as const;

/** true when the (full or partial) date's year is within CASE_YEARS */
export function inCaseYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return Number.isInteger(year) && year >= CASE_YEARS.min && year <= CASE_YEARS.max;
}

/** Civil dates: the ISO pattern is checked by the schema; the calendar (no 2021-02-29) by dates.ts; the years here. */
export const DATE_FORMAT = {
  type: 'string' as const,
  validate: (v: string) => isIsoDate(v) && inCaseYears(v),
};

/** Dates that may be partial (YYYY-MM, YYYY) or `unknown`; a year may arrive as a YAML number. */
export const PARTIAL_DATE_FORMAT = {
  type: 'string' as const,
  validate: (v: string) => isPartialDate(v) && (v === 'unknown' || inCaseYears(v)),
};

/** the formats of the case schema, for the runtime compile and the precompiled validator */
export const CASE_FORMATS = { date: DATE_FORMAT, 'partial-date': PARTIAL_DATE_FORMAT };

/** The module name the precompiled code requires for its formats (resolved by the loader, never by Node). */
export const FORMATS_MODULE = 'caselint:formats';

export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}
