import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown, unaccounted } from '../src/docs/rules-doc.js';
import { fromRoot } from '../src/paths.js';

describe('docs/rules.md', () => {
  it('is up to date with the rule metadata (run npx tsx scripts/gen-rules-doc.ts)', () => {
    expect(readFileSync(fromRoot('docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
  });

  it('accounts for every digest candidate: implemented or not, with a reason', () => {
    expect(unaccounted()).toEqual([]);
  });
});
