import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverCases } from '../../src/load/index.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'caselint-discover-'));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

describe('discoverCases', () => {
  it('finds case folders in nested folders and does not search inside a case', async () => {
    const root = tree({
      '2020/a/case.yaml': 'x',
      '2020/a/sub/case.yaml': 'x',
      '2021/q1/b/case.json': 'x',
      '2021/q1/c/case.yml': 'x',
    });
    const found = await discoverCases(['.'], root);
    expect(found.targets).toEqual([join(root, '2020/a'), join(root, '2021/q1/b'), join(root, '2021/q1/c')]);
    expect(found.errors).toEqual([]);
  });

  it('skips node_modules, .git, dot-folders and .caselintignore patterns', async () => {
    const root = tree({
      'cases/a/case.yaml': 'x',
      'node_modules/p/case.yaml': 'x',
      '.git/case.yaml': 'x',
      '.hidden/b/case.yaml': 'x',
      'drafts/c/case.yaml': 'x',
      'cases/old-2019/case.yaml': 'x',
      'templates/blank.docx': 'x',
      '.caselintignore': '# not cases\ndrafts/\nold-*\n/templates\n',
    });
    const found = await discoverCases(['.'], root);
    expect(found.targets).toEqual([join(root, 'cases/a')]);
    expect(found.errors).toEqual([]);
  });

  it('also reads .caselintignore in a folder given from elsewhere', async () => {
    const root = tree({
      'repo/cases/a/case.yaml': 'x',
      'repo/cases/drafts/b/case.yaml': 'x',
      'repo/.caselintignore': 'cases/drafts/\n',
      'elsewhere/readme.txt': 'x',
    });
    const found = await discoverCases([join(root, 'repo')], join(root, 'elsewhere'));
    expect(found.targets).toEqual([join(root, 'repo/cases/a')]);
  });

  it('reports a missing path and a folder without a case file, located', async () => {
    const root = tree({ 'empty/readme.txt': 'x', 'cases/a/case.yaml': 'x', 'cases/notes/n.md': 'x' });
    const found = await discoverCases(['missing', 'empty', 'cases'], root);
    expect(found.targets).toEqual([join(root, 'cases/a')]);
    expect(found.errors.map((e) => [e.code, e.file, e.line, e.column])).toEqual([
      ['no-case-file', 'missing', 1, 1],
      ['no-case-file', 'empty', 1, 1],
      ['no-case-file', 'cases/notes', 1, 1],
    ]);
    expect(found.errors[0]?.message.zh).toContain('路径不存在');
  });

  it('accepts a case file given directly, and refuses other files', async () => {
    const root = tree({ 'a/case.yaml': 'x', 'b/fixture-pass.yaml': 'x', 'c/notes.txt': 'x' });
    const found = await discoverCases(['a/case.yaml', 'b/fixture-pass.yaml', 'c/notes.txt'], root);
    expect(found.targets).toEqual([join(root, 'a/case.yaml'), join(root, 'b/fixture-pass.yaml')]);
    expect(found.errors.map((e) => e.file)).toEqual(['c/notes.txt']);
  });

  it('lists a case once when given twice', async () => {
    const root = tree({ 'a/case.yaml': 'x' });
    const found = await discoverCases(['a', './a', 'a/'], root);
    expect(found.targets).toEqual([join(root, 'a')]);
  });
});
