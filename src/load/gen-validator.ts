/**
 * Writes src/load/case-validator.generated.txt (and src/engine/config-validator.generated.txt for the configuration): the case-schema validator precompiled by ajv (standalone code, in
 * CommonJS form), so that a run does not spend half a second compiling the schema. Run after editing
 * schemas/case.schema.json:
 *
 *   npx tsx src/load/gen-validator.ts
 *
 * The first line records the schema's SHA-256. If it does not match the schema, the loader compiles the schema at
 * run time instead, so results never depend on the file being fresh (test/load/validator.test.ts reports it).
 * The file is plain text (.txt) so that formatters and linters leave the generated code alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { fromRoot } from '../paths.js';
import type { Options } from 'ajv/dist/2020.js';
import {
  AJV_OPTIONS,
  CONFIG_AJV_OPTIONS,
  DATE_FORMAT,
  FORMATS_MODULE,
  PARTIAL_DATE_FORMAT,
  schemaHash,
} from './validator-options.js';

const standaloneCode = standaloneModule as unknown as (typeof standaloneModule)['default'];

export function generateValidatorSource(schemaText: string, options: Options = AJV_OPTIONS): string {
  const ajv = new Ajv2020({ ...options, code: { source: true, formats: _`require(${FORMATS_MODULE})` } });
  ajv.addFormat('date', DATE_FORMAT);
  ajv.addFormat('partial-date', PARTIAL_DATE_FORMAT);
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object));
  return `// schema-sha256: ${schemaHash(schemaText)}\n${code}\n`;
}

export function generatedValidatorPath(): string {
  return fromRoot('src', 'load', 'case-validator.generated.txt');
}

/** the configuration's validator (src/engine/config.ts), precompiled the same way */
export function generatedConfigValidatorPath(): string {
  return fromRoot('src', 'engine', 'config-validator.generated.txt');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = generatedValidatorPath();
  writeFileSync(out, generateValidatorSource(readFileSync(fromRoot('schemas', 'case.schema.json'), 'utf8')));
  const configOut = generatedConfigValidatorPath();
  writeFileSync(
    configOut,
    generateValidatorSource(
      readFileSync(fromRoot('schemas', 'config.schema.json'), 'utf8'),
      CONFIG_AJV_OPTIONS,
    ),
  );
  process.stdout.write(`wrote ${out} and ${configOut}\n`);
}
