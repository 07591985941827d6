/** Every digest candidate the execution pack owns is implemented by a rule or listed with a reason. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/execution/index.js';
import { fromRoot } from '../../src/paths.js';

const OWNED = [
  ...Array.from({ length: 12 }, (_, i) => `APL-0${33 + i}`),
  'APL-049',
  'APL-050',
  'APL-051',
  'ENV-DEC-006',
  'ENV-DEC-008',
  'ENV-SRV-001',
  'ENV-SRV-002',
  'ENV-PUB-001',
  'ENV-EXE-001',
  'ENV-CLO-001',
  'ENV-ARC-001',
  'ENV-XFR-001',
  'ENV-XFR-002',
  'ENV-SEA-001',
  'ENV-LIM-001',
];

interface NotImplemented {
  id: string;
  title: string;
  reason: string;
}

const listed = parse(
  readFileSync(fromRoot('rules', 'execution', 'not-implemented.yaml'), 'utf8'),
) as NotImplemented[];
const implemented = new Set(rules.flatMap((r) => r.meta.candidates ?? []));

describe('execution candidate coverage', () => {
  it.each(OWNED)('%s is accounted for', (id) => {
    expect(implemented.has(id) || listed.some((n) => n.id === id), id).toBe(true);
  });

  it('implements and lists only owned candidates, each listed row with a title and a reason', () => {
    for (const id of implemented) expect(OWNED).toContain(id);
    for (const n of listed) {
      expect(OWNED).toContain(n.id);
      expect(n.title.length).toBeGreaterThan(0);
      expect(n.reason.length).toBeGreaterThan(20);
    }
    expect(new Set(listed.map((n) => n.id)).size).toBe(listed.length);
  });

  it('rule ids are in the execution namespace and every rule cites a basis with an article', () => {
    for (const r of rules) {
      expect(r.meta.id).toMatch(/^execution\/[a-z0-9-]+$/);
      expect(r.meta.basis.every((b) => b.article > 0)).toBe(true);
    }
  });
});
