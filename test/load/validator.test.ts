import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseValidator, compileAtRunTime, validatorOrigin } from '../../src/load/validate.js';
import {
  generateValidatorSource,
  generatedConfigValidatorPath,
  generatedValidatorPath,
} from '../../src/load/gen-validator.js';
import { CONFIG_AJV_OPTIONS, schemaHash } from '../../src/load/validator-options.js';
import { fromRoot } from '../../src/paths.js';

const schemaText = readFileSync(fromRoot('schemas', 'case.schema.json'), 'utf8');

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return caseFiles(abs);
    return /^case\.(yaml|json)$/.test(e.name) ? [abs] : [];
  });
}

describe('precompiled case validator', () => {
  it('is current with the schema (else run: npx tsx src/load/gen-validator.ts)', () => {
    const firstLine = readFileSync(generatedValidatorPath(), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`// schema-sha256: ${schemaHash(schemaText)}`);
  });

  it('is the one the loader uses', () => {
    caseValidator();
    expect(validatorOrigin()).toBe('precompiled');
  });

  it('matches a fresh generation', () => {
    expect(readFileSync(generatedValidatorPath(), 'utf8')).toBe(generateValidatorSource(schemaText));
  });

  it('gives the same verdicts and errors as the schema compiled at run time', () => {
    const runtime = compileAtRunTime(schemaText);
    const pre = caseValidator();
    const samples = [
      ...caseFiles(fromRoot('fixtures', 'cases')),
      ...caseFiles(fromRoot('fixtures', 'broken')),
    ]
      .map((f) => {
        try {
          return parse(readFileSync(f, 'utf8')) as unknown;
        } catch {
          return undefined;
        }
      })
      .filter((d) => d !== undefined);
    expect(samples.length).toBeGreaterThan(8);
    for (const data of samples) {
      expect(pre(data)).toBe(runtime(data));
      const strip = (errors: typeof pre.errors) =>
        (errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, params: e.params }));
      expect(strip(pre.errors)).toEqual(strip(runtime.errors));
    }
  });
});

describe('precompiled configuration validator', () => {
  it('matches a fresh generation from schemas/config.schema.json (else run: npx tsx src/load/gen-validator.ts)', () => {
    const configSchema = readFileSync(fromRoot('schemas', 'config.schema.json'), 'utf8');
    expect(readFileSync(generatedConfigValidatorPath(), 'utf8')).toBe(
      generateValidatorSource(configSchema, CONFIG_AJV_OPTIONS),
    );
  });
});
