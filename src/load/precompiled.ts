/**
 * Loads a validator precompiled by src/load/gen-validator.ts (ajv standalone code in CommonJS form, checked in as
 * .txt) when its first line records the SHA-256 of the very schema text in use; otherwise undefined, and the
 * caller compiles the schema at run time. Used for the case schema and the configuration schema.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { CASE_FORMATS, FORMATS_MODULE, schemaHash } from './validator-options.js';
import { EMBEDDED_RUNTIME, EMBEDDED_VALIDATORS, type ValidatorFactory } from './embedded-validators.js';

/** the validator the bundle carries (checked against its schema when the bundle was built), if any */
export function embeddedValidator(name: 'case' | 'config'): ValidateFunction | undefined {
  const factory = EMBEDDED_VALIDATORS[name];
  return factory ? instantiate(factory) : undefined;
}

export function loadPrecompiled(generatedFile: string, schemaText: string): ValidateFunction | undefined {
  let source: string;
  try {
    source = readFileSync(generatedFile, 'utf8');
  } catch {
    return undefined;
  }
  if (!source.startsWith(`// schema-sha256: ${schemaHash(schemaText)}\n`)) return undefined;
  // The code is our own generated file (see gen-validator.ts), evaluated once per process.
  return instantiate(new Function('require', 'module', 'exports', source) as ValidatorFactory);
}

/** runs the generated CommonJS code with the only modules it may require */
function instantiate(factory: ValidatorFactory): ValidateFunction {
  const nodeRequire = createRequire(import.meta.url);
  const allowed = new Set(['ajv/dist/runtime/ucs2length', 'ajv/dist/runtime/equal']);
  const requireForValidator = (id: string): unknown => {
    if (id === FORMATS_MODULE) return CASE_FORMATS;
    if (allowed.has(id)) return EMBEDDED_RUNTIME[id] ?? nodeRequire(id);
    throw new Error(`unexpected module in the precompiled validator: ${id}`);
  };
  const module = { exports: {} as unknown };
  factory(requireForValidator, module, module.exports);
  return module.exports as ValidateFunction;
}
