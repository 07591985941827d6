import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The repository (package) root, found by walking up from this module, so that data files (src/law/data,
 * schemas/) resolve the same from src/ under vitest/tsx and from dist/ after a build.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name;
      if (name === 'caselint') return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('caselint package root not found');
    dir = parent;
  }
}

export function fromRoot(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
