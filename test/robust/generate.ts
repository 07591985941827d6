/** Generated hostile inputs for the robustness tests (no giant file is checked in). */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../src/paths.js';

export function scratchDir(prefix = 'caselint-robust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** copies fixtures/cases/<name> to <root>/<as> and returns the new folder */
export function copyCase(root: string, as: string, name = 'printing-vocs'): string {
  const dir = join(root, as);
  cpSync(fromRoot('fixtures', 'cases', name), dir, { recursive: true });
  return dir;
}

/** rewrites the case file of a copied case */
export function editCase(dir: string, edit: (text: string) => string): void {
  const file = join(dir, 'case.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

/** the input: `basis:` as a block sequence nested `depth` deep (`- - - … x`) */
export function deepBasis(text: string, depth = 3000): string {
  const start = text.indexOf('\n  basis:\n');
  const end = text.indexOf('\n  harm:');
  if (start < 0 || end < 0) throw new Error('printing-vocs changed: no basis block');
  return `${text.slice(0, start)}\n  basis:\n    ${'- '.repeat(depth)}x${text.slice(end)}`;
}

/** replaces the first `key: old` line (after `after`, when given) */
export function setScalar(text: string, key: string, value: string, after = ''): string {
  const from = after ? text.indexOf(after) : 0;
  const re = new RegExp(`^(\\s*-?\\s*${key}: ).*$`, 'm');
  const head = text.slice(0, from);
  const tail = text.slice(from);
  if (!re.test(tail)) throw new Error(`no ${key} after ${after}`);
  return head + tail.replace(re, `$1${value}`);
}
