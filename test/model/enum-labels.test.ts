import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES, vocabularyOf } from '../../src/model/enum-labels.js';
import { suggest } from '../../src/suggest.js';
import { fromRoot } from '../../src/paths.js';

const schema = JSON.parse(readFileSync(fromRoot('schemas', 'case.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;
const doc = readFileSync(fromRoot('docs', 'case-format.md'), 'utf8');

function at(location: string): unknown {
  return location.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], schema);
}

describe('Chinese labels of the case vocabularies', () => {
  it.each(Object.keys(VOCABULARIES))('%s labels exactly the values of its schema enum', (location) => {
    const values = (at(location) as { enum: string[] }).enum;
    const vocabulary = VOCABULARIES[location];
    expect(Object.keys(vocabulary?.labels ?? {}).sort()).toEqual([...values].sort());
    expect(Object.values(vocabulary?.labels ?? {}).every((l) => l.length > 0)).toBe(true);
    expect(vocabularyOf(values)).toBe(vocabulary);
  });

  it("each event type's Chinese name in docs/case-format.md suggests that event type", () => {
    const rows = [...doc.matchAll(/^\| `([a-z-]+)`\s*\| ([^|]*[\u4e00-\u9fff][^|]*?)\s*\|/gm)];
    const labels = VOCABULARIES['$defs/event/properties/event']?.labels ?? {};
    const events = rows.filter((r) => (r[1] ?? '') in labels);
    expect(events.length).toBe(Object.keys(labels).length);
    const candidates = Object.entries(labels).map(([value, l]) => ({ value, labels: l }));
    for (const [, value = '', zh = ''] of events) expect(suggest(zh, candidates), zh).toEqual([value]);
  });

  it("each document type's Chinese name in docs/case-format.md suggests that document type", () => {
    const section = doc.slice(doc.indexOf('Document types:'), doc.indexOf('## `waivers`'));
    const pairs = [...section.matchAll(/`([a-z-]+)` ([^,`.]+)/g)];
    const labels = VOCABULARIES['$defs/document/properties/type']?.labels ?? {};
    expect(pairs.length).toBe(Object.keys(labels).length);
    const candidates = Object.entries(labels).map(([value, l]) => ({ value, labels: l }));
    for (const [, value = '', zh = ''] of pairs) expect(suggest(zh.trim(), candidates), zh).toEqual([value]);
  });
});
