/**
 * The precompiled validators as code of the bundle. In the sources this is empty, and the validators are read from
 * their generated .txt files (src/load/precompiled.ts); scripts/build-bundle.mjs replaces this module with the
 * generated code of each validator whose schema hash matches the schema at build time, so the bundle neither
 * reads and hashes the schemas nor compiles the validators from text at start-up, and V8's code cache keeps them.
 */
export type ValidatorFactory = (
  require: (id: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
) => void;

export const EMBEDDED_VALIDATORS: Partial<Record<'case' | 'config', ValidatorFactory>> = {};

/** the ajv runtime helpers the generated code requires, bundled with it (none in the sources) */
export const EMBEDDED_RUNTIME: Record<string, unknown> = {};
