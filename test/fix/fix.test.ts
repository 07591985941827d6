import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/paths.js';
import { ALL_FIXES, fixCaseFile } from '../../src/fix/index.js';
import { runCli } from '../cli/run-cli.js';

let dir = '';
let caseFile = '';
let original = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caselint-fix-'));
  cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), dir, { recursive: true });
  caseFile = join(dir, 'case.yaml');
  original = readFileSync(caseFile, 'utf8')
    .replace("certificate: '31071800123'", 'certificate: 31071800123 # 张建华的执法证')
    .replace('cite: 第一百零八条第一项', 'cite: 第108条第1项')
    .replace(/(id: decision-receipt[\s\S]*?)date: 2020-10-15/, '$1date: 2020年10月15日')
    .replace(/ {2}- id: archive-list\n[\s\S]*?volume: main\n/, '');
  writeFileSync(caseFile, original);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lint --fix', () => {
  it('changes only the fields it names and keeps every comment and every other line', async () => {
    const r = await fixCaseFile(caseFile, ALL_FIXES);
    const before = parse(r.before) as Record<string, unknown>;
    const after = parse(r.after) as Record<string, unknown>;
    const kinds = new Set(r.applied.map((a) => a.kind));
    expect(kinds).toEqual(new Set(['quote', 'cite', 'date', 'sha256', 'unlisted']));
    // every comment survives, in order
    const comments = (t: string) =>
      t
        .split('\n')
        .filter((l) => /#/.test(l))
        .map((l) => l.slice(l.indexOf('#')));
    expect(comments(r.after)).toEqual(comments(r.before));
    // no line was removed except the ones rewritten in place
    const removed = r.before.split('\n').filter((l) => !r.after.split('\n').includes(l));
    expect(removed.map((l) => l.trim())).toEqual([
      'certificate: 31071800123 # 张建华的执法证',
      'cite: 第108条第1项',
      'date: 2020年10月15日',
    ]);
    // the data differs only in the fixed fields
    const officers = after.officers as { certificate: unknown }[];
    expect(officers[0]?.certificate).toBe('31071800123');
    const docs = after.documents as Record<string, unknown>[];
    const strip = (list: Record<string, unknown>[]) => list.map(({ sha256: _s, date: _d, ...rest }) => rest);
    expect(strip(docs).slice(0, -1)).toEqual(strip(before.documents as Record<string, unknown>[]));
    expect(docs.at(-1)).toMatchObject({ id: 'archive-list', type: 'archive-list', file: '20-卷内目录.docx' });
    expect(docs.every((d) => typeof d.sha256 === 'string' && /^[0-9a-f]{64}$/.test(d.sha256))).toBe(true);
    expect(docs.find((d) => d.id === 'decision-receipt')?.date).toBe('2020-10-15');
    const { officers: _o, documents: _d, violation: v1, ...restAfter } = after;
    const { officers: _o2, documents: _d2, violation: _v0, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect((v1 as { basis: { cite?: string }[] }).basis[0]?.cite).toBe('第一百零八条第（一）项');
    // a second run has nothing left to do
    writeFileSync(caseFile, r.after);
    expect((await fixCaseFile(caseFile, ALL_FIXES)).applied).toEqual([]);
  });

  it('never overwrites a recorded sha256, even a wrong one', async () => {
    writeFileSync(
      caseFile,
      original.replace('file: decision.pdf', `file: decision.pdf\n    sha256: ${'0'.repeat(64)}`),
    );
    const r = await fixCaseFile(caseFile, new Set(['sha256'] as const));
    expect(r.after).toContain(`sha256: ${'0'.repeat(64)}`);
    expect(r.applied.some((a) => a.path === 'documents.0.sha256')).toBe(false);
  });

  it.each(['null', '~', ''])(
    'fills in a sha256 written as "%s" (not recorded), keeping the line',
    async (empty) => {
      writeFileSync(
        caseFile,
        original.replace(
          'file: decision.pdf',
          `file: decision.pdf\n    sha256:${empty ? ` ${empty}` : ''} # 待补`,
        ),
      );
      const r = await fixCaseFile(caseFile, new Set(['sha256'] as const));
      const docs = (parse(r.after) as { documents: { file?: string; sha256?: unknown }[] }).documents;
      expect(docs.find((d) => d.file === 'decision.pdf')?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.after).toMatch(/sha256: [0-9a-f]{64} # 待补/);
      expect(r.applied.some((a) => a.path.endsWith('.sha256'))).toBe(true);
    },
  );

  it('--fix-dry-run prints a unified diff and writes nothing; --fix writes', () => {
    const dry = runCli(['lint', '--fix-dry-run', dir]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^--- a\/.*case\.yaml/m);
    expect(dry.stdout).toContain("+    certificate: '31071800123' # 张建华的执法证");
    expect(readFileSync(caseFile, 'utf8')).toBe(original);
    const fixed = runCli(['lint', '--fix', dir, '--as-of', '2026-11-28']);
    expect(fixed.stderr).toContain('处修正');
    expect(readFileSync(caseFile, 'utf8')).not.toBe(original);
  });

  it('caselint hash --fix records the missing sha256 and nothing else', () => {
    const valid = readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8');
    writeFileSync(caseFile, valid);
    const r = runCli(['hash', dir, '--fix']);
    expect(r.code).toBe(0);
    const after = readFileSync(caseFile, 'utf8');
    const added = after.split('\n').filter((l) => !valid.split('\n').includes(l));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((l) => /^ {4}sha256: [0-9a-f]{64}$/.test(l))).toBe(true);
  });
});
