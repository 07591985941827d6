/** Every digest candidate the procedure pack owns is either implemented by a rule or listed as not implemented. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/procedure/index.js';
import { fromRoot } from '../../src/paths.js';

const range = (prefix: string, from: number, to: number, width = 3): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}-${String(from + i).padStart(width, '0')}`);

const OWNED = [
  ...range('APL', 1, 32),
  'ENV-VER-001',
  ...range('ENV-FIL', 1, 4),
  'ENV-JUR-001',
  ...range('ENV-OFF', 1, 2),
  ...range('ENV-INV', 1, 12),
  'ENV-REV-001',
  ...range('ENV-NOT', 1, 4),
  ...range('ENV-HEA', 1, 4),
  ...range('ENV-LEG', 1, 2),
  'ENV-COL-001',
  ...range('ENV-DEC', 1, 3),
  'ENV-REC-001',
];

interface NotImplemented {
  id: string;
  title: string;
  reason: string;
}

const notImplemented = parse(
  readFileSync(fromRoot('rules', 'procedure', 'not-implemented.yaml'), 'utf8'),
) as NotImplemented[];
const implemented = rules.flatMap((r) => r.meta.candidates ?? []);

describe('procedure candidate coverage', () => {
  it.each(OWNED)('%s is implemented or listed with a reason', (id) => {
    const listed = notImplemented.filter((n) => n.id === id);
    const inRules = implemented.filter((c) => c === id);
    expect(listed.length + inRules.length, id).toBe(1);
  });

  it('lists only owned candidates, each with a title and a reason', () => {
    for (const n of notImplemented) {
      expect(OWNED).toContain(n.id);
      expect(n.title.length).toBeGreaterThan(0);
      expect(n.reason.length).toBeGreaterThan(20);
    }
  });

  it('every procedure rule is in the procedure pack namespace and has a fixture directory name matching its id', () => {
    for (const r of rules) expect(r.meta.id).toMatch(/^procedure\/[a-z0-9-]+$/);
  });
});
