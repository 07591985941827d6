import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/load/index.js';
import { DOCUMENT_TYPES, TIMELINE_EVENT_TYPES } from '../../src/load/enums.js';
import { fromRoot } from '../../src/paths.js';

const doc = readFileSync(fromRoot('docs', 'case-format.md'), 'utf8');

function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const key of Object.keys(props)) out.add(key);
    for (const value of Object.values(node)) propertyNames(value, out);
  }
  return out;
}

describe('docs/case-format.md', () => {
  it('documents every field of the schema', () => {
    const missing = [...propertyNames(caseSchema())].filter(
      (name) => name !== '$schema' && !doc.includes(name),
    );
    expect(missing).toEqual([]);
  });

  it('has a row with the Chinese name for every timeline event type', () => {
    for (const event of TIMELINE_EVENT_TYPES) {
      expect(doc, event).toMatch(new RegExp(`\\|\\s*\`${event}\`\\s*\\|\\s*[\\u4e00-\\u9fff]`));
    }
  });

  it('names every document type', () => {
    for (const type of DOCUMENT_TYPES) expect(doc, type).toContain(`\`${type}\``);
  });
});
