import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCases } from '../../src/load/index.js';
import { isIgnored, parseIgnore } from '../../src/load/ignore.js';
import { scratchDir } from './generate.js';

describe('.caselintignore matching', () => {
  it('does not backtrack on a pathological pattern beside a long folder name', async () => {
    const root = scratchDir();
    const long = 'a'.repeat(200);
    mkdirSync(join(root, long), { recursive: true });
    writeFileSync(join(root, long, 'case.yaml'), 'x');
    writeFileSync(
      join(root, '.caselintignore'),
      '*a*a*a*a*a*a*a*a*a*a*a*a*b\n**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/\n',
    );
    const started = Date.now();
    const found = await discoverCases(['.'], root);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found.targets).toEqual([join(root, long)]);
  });

  it.each([
    ['old-*', 'cases/old-2019', true, true],
    ['old-*', 'cases/new-2019', true, false],
    ['drafts/', 'drafts/x.pdf', false, false],
    ['drafts/', 'drafts', true, true],
    ['drafts/', 'a/drafts/b', true, true],
    ['/templates', 'templates', true, true],
    ['/templates', 'x/templates', true, false],
    ['cases/drafts/', 'cases/drafts', true, true],
    ['cases/drafts/', 'other/cases/drafts', true, false],
    ['a/**/b', 'a/b', true, true],
    ['a/**/b', 'a/x/y/b/c', true, true],
    ['a/**/b', 'a/x/y/c', true, false],
    ['**/tmp', 'x/y/tmp', true, true],
    ['?-case', 'a-case', true, true],
    ['?-case', 'ab-case', true, false],
    ['*.bak', '草稿.bak', false, true],
    ['案卷*', '案卷2019', true, true],
  ] as const)('%s against %s (folder: %s) → %s', (pattern, path, isDir, expected) => {
    expect(isIgnored(parseIgnore(pattern), path, isDir)).toBe(expected);
  });
});
