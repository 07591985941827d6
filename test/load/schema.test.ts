import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema, loadCase } from '../../src/load/index.js';
import * as vocab from '../../src/load/enums.js';
import { fromRoot } from '../../src/paths.js';

const cleanCases = readdirSync(fromRoot('fixtures', 'cases'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

type Json = Record<string, unknown>;
const schema = caseSchema();
const defs = schema.$defs as Record<string, Json>;

function prop(def: string, ...path: string[]): Json {
  let node: Json = defs[def] as Json;
  for (const p of path) {
    node = (node.properties as Record<string, Json>)[p] as Json;
    if (node.type === 'array') node = node.items as Json;
  }
  return node;
}

describe('schemas/case.schema.json', () => {
  it('is a 2020-12 schema with an $id and the caselint/1 format constant', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
    expect((schema.properties as Record<string, Json>).format?.const).toBe('caselint/1');
  });

  it.each([
    ['caseHeader', ['source'], vocab.CASE_SOURCES],
    ['caseHeader', ['procedure'], vocab.PROCEDURE_TYPES],
    ['caseHeader', ['status'], vocab.CASE_STATUSES],
    ['caseHeader', ['flags'], vocab.CASE_FLAGS],
    ['party', ['type'], vocab.PARTY_TYPES],
    ['evidence', ['kind'], vocab.EVIDENCE_KINDS],
    ['violation', ['conduct'], vocab.CONDUCT_FLAGS],
    ['discretion', ['level'], vocab.DISCRETION_LEVELS],
    ['discretion', ['mitigating'], vocab.MITIGATING_GROUNDS],
    ['penalty', ['kinds'], vocab.PENALTY_KINDS],
    ['penalty', ['treatment'], vocab.TREATMENTS],
    ['penalty', ['no_penalty', 'ground'], vocab.NO_PENALTY_GROUNDS],
    ['penalty', ['payee', 'kind'], vocab.PAYEE_KINDS],
    ['event', ['event'], vocab.TIMELINE_EVENT_TYPES],
    ['event', ['method'], vocab.SERVICE_METHODS],
    ['event', ['outcome'], vocab.EVENT_OUTCOMES],
    ['event', ['kind'], vocab.TRANSFER_KINDS],
    ['event', ['result'], vocab.REINSPECTION_RESULTS],
    ['measure', ['measure'], vocab.MEASURE_KINDS],
    ['measure', ['ground'], vocab.MEASURE_GROUNDS],
    ['totalLoad', ['period'], vocab.TOTAL_LOAD_PERIODS],
    ['event', ['proposed', 'kinds'], vocab.PENALTY_KINDS],
    ['document', ['type'], vocab.DOCUMENT_TYPES],
    ['document', ['volume'], vocab.VOLUMES],
  ] as const)('%s.%s enum equals the TypeScript union list', (def, path, values) => {
    expect(prop(def, ...path).enum).toEqual([...values]);
  });

  it('has titles in Chinese and English on every defined object property', () => {
    for (const [name, def] of Object.entries(defs)) {
      for (const [key, p] of Object.entries((def.properties as Record<string, Json> | undefined) ?? {})) {
        expect(p.title, `${name}.${key}`).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
      }
    }
  });

  it('forbids unknown fields in every object definition', () => {
    for (const [name, def] of Object.entries(defs)) {
      if (def.type === 'object') expect(def.additionalProperties, name).toBe(false);
    }
  });

  it('gives dates both format: date and an ISO pattern', () => {
    expect(defs.isoDate).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });
});

describe('clean fixture cases', () => {
  it('exist (at least the four shipped examples)', () => {
    expect(cleanCases).toEqual(
      expect.arrayContaining([
        'printing-vocs',
        'overstandard-discharge',
        'hazardous-waste',
        'eia-unapproved',
      ]),
    );
  });

  it.each(cleanCases)('%s validates against the schema without warnings', async (name) => {
    const result = await loadCase(fromRoot('fixtures', 'cases', name), fromRoot());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it.each(cleanCases)('%s carries the yaml-language-server modeline', (name) => {
    const text = readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/case.schema.json');
  });

  it.each(cleanCases)('%s refers only to listed documents and officers', async (name) => {
    const result = await loadCase(fromRoot('fixtures', 'cases', name), fromRoot());
    if (!result.ok) throw new Error('not loaded');
    const data = result.loaded.data;
    const ids = new Set((data.documents ?? []).map((d) => d.id));
    const officers = new Set((data.officers ?? []).map((o) => o.name));
    expect(ids.size).toBe((data.documents ?? []).length);
    for (const e of data.timeline ?? []) {
      for (const id of [...(e.documents ?? []), e.served_document, e.proof])
        if (id) expect(ids).toContain(id);
      for (const o of [...(e.officers ?? []), e.reviewer, e.presider, e.approved_by])
        if (o) expect(officers).toContain(o);
    }
    const dates = (data.timeline ?? []).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});
