/**
 * Issue 13: the engine receives its rule set — the rules to run and every rule known — from the caller, and never
 * imports the rule packs itself, so a bundle, the API and a test can hand it any set. Only src/engine/registry.ts
 * (used by the CLI, the reports and the API's callers) lists caselint's packs. This scan follows every runtime import
 * (static, re-export, dynamic; `import type` loads nothing) from each other file of src/engine, through the whole
 * source tree, and fails if one reaches the registry or a rule pack (rules/shared holds helpers, not rules).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';

const ENGINE = fromRoot('src', 'engine');
const REGISTRY = join(ENGINE, 'registry.ts');
const RULES = fromRoot('rules');

/** the .ts files under a folder, recursively */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** the relative module specifiers a source text loads at run time */
export function runtimeImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(statement)) if (!m[2] && m[4]) out.push(m[4]);
  const dynamic = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of code.matchAll(dynamic)) if (m[1]) out.push(m[1]);
  return out.filter((s) => s.startsWith('.'));
}

/** the source file a relative specifier names (`./x.js` is `./x.ts`), if it exists */
function sourceOf(from: string, specifier: string): string | undefined {
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`, join(target, 'index.ts')])
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return undefined;
}

const isForbidden = (file: string): boolean => {
  if (file === REGISTRY) return true;
  const inRules = relative(RULES, file);
  return !inRules.startsWith('..') && inRules.split(/[\\/]/)[0] !== 'shared';
};

/** the forbidden files `start` reaches, each with the chain of imports that leads there */
function forbiddenReached(start: string): string[][] {
  const seen = new Set<string>([start]);
  const queue: string[][] = [[start]];
  const found: string[][] = [];
  while (queue.length > 0) {
    const chain = queue.shift() as string[];
    const file = chain.at(-1) as string;
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const next = sourceOf(file, specifier);
      if (next === undefined || seen.has(next)) continue;
      seen.add(next);
      if (isForbidden(next)) found.push([...chain, next].map((f) => relative(fromRoot(), f)));
      else queue.push([...chain, next]);
    }
  }
  return found;
}

describe('the engine takes its rules from the caller (issue 13)', () => {
  it('no file of src/engine but registry.ts imports the registry or a rule pack, directly or through others', () => {
    const files = tsFiles(ENGINE).filter((f) => f !== REGISTRY);
    expect(files.length).toBeGreaterThan(15);
    const reached = files.flatMap(forbiddenReached).map((chain) => chain.join(' → '));
    expect(reached).toEqual([]);
  });

  it('the scan sees such imports: the registry reaches the packs, the CLI and the API reach them too', () => {
    expect(forbiddenReached(REGISTRY).map((chain) => chain.at(-1))).toContain('rules/index.ts');
    expect(forbiddenReached(fromRoot('src', 'cli', 'commands', 'lint.ts')).length).toBeGreaterThan(0);
    expect(forbiddenReached(fromRoot('src', 'api.ts')).length).toBeGreaterThan(0);
    expect(
      runtimeImports(
        [
          "import { getRules } from './registry.js';",
          "import type { Rule } from './types.js';",
          "export { x } from '../../rules/index.js';",
          "export type { Y } from './y.js';",
          "const { a } = await import('../load/a.js');",
          "import 'node:fs';",
          '// import { z } from "./z.js";',
        ].join('\n'),
      ),
    ).toEqual(['./registry.js', '../../rules/index.js', '../load/a.js']);
  });
});
