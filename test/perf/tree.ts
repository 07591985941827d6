/**
 * A scratch tree of many cases with findings, for the worker and cache tests: the clean example cases (with their
 * attachments), each rule's failing fixtures materialised as case folders, and the broken inputs.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { applyFixtureSpec, type FixtureSpec } from '../../src/engine/fixture.js';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';

/** patch fixtures of these packs become cases (each with findings of its rule) */
export function writeFailFixtures(root: string, limit: number): number {
  let n = 0;
  const rulesDir = fromRoot('fixtures', 'rules');
  for (const pack of readdirSync(rulesDir).sort()) {
    for (const rule of readdirSync(join(rulesDir, pack)).sort()) {
      const dir = join(rulesDir, pack, rule);
      for (const f of readdirSync(dir).sort()) {
        if (n >= limit || !/^fail.*\.ya?ml$/.test(f)) continue;
        const spec = parse(readFileSync(join(dir, f), 'utf8')) as FixtureSpec & { base?: string };
        if (!spec.base) continue;
        const base = parse(
          readFileSync(fromRoot('fixtures', 'cases', spec.base, 'case.yaml'), 'utf8'),
        ) as CaseData;
        const data = applyFixtureSpec(base, spec);
        const out = join(root, 'fail', `${pack}-${rule}-${f.replace(/\.ya?ml$/, '')}`);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'case.yaml'), stringify(data));
        n += 1;
      }
    }
  }
  return n;
}

/** the clean cases `copies` times each, the broken inputs, and up to `fails` failing fixtures */
export function writeTree(root: string, copies: number, fails: number): void {
  const cases = fromRoot('fixtures', 'cases');
  for (let i = 0; i < copies; i += 1)
    for (const name of readdirSync(cases))
      cpSync(join(cases, name), join(root, 'clean', `${name}-${i}`), { recursive: true });
  for (const name of readdirSync(fromRoot('fixtures', 'broken'))) {
    if (name === 'README.md') continue;
    cpSync(join(fromRoot('fixtures', 'broken'), name), join(root, 'broken', name), { recursive: true });
  }
  writeFailFixtures(root, fails);
}
