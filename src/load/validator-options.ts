/**
 * The ajv set-up shared by the runtime compile (src/load/validate.ts) and the precompiled validator
 * (src/load/gen-validator.ts → case-validator.generated.txt), so both validate and report alike.
 */
import { createHash } from 'node:crypto';
import type { Options } from 'ajv/dist/2020.js';
import { isIsoDate } from '../model/dates.js';

export const AJV_OPTIONS: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false };

/** the configuration schema's ajv options (src/engine/config.ts) */
export const CONFIG_AJV_OPTIONS: Options = { allErrors: true, strict: false };

/** Civil dates: the ISO pattern is checked by the schema; the calendar (no 2021-02-29) by dates.ts. */
export const DATE_FORMAT = { type: 'string' as const, validate: isIsoDate };

/** The module name the precompiled code requires for its formats (resolved by the loader, never by Node). */
export const FORMATS_MODULE = 'caselint:formats';

export function schemaHash(schemaText: string): string {
  return createHash('sha256').update(schemaText).digest('hex');
}
