/**
 * A file that changes while caselint reads it: the size on the open handle and the bytes read disagree, and
 * the attachment is reported unreadable with the reason (never hashed from one version and read from another).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type * as Fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { prepareAttachments } from '../../src/load/attachments.js';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { buildCase } from '../helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof Fs>();
  const growing = new Set<number>();
  const openSync = (...args: Parameters<typeof real.openSync>): number => {
    const fd = real.openSync(...args);
    if (String(args[0]).endsWith('growing.pdf')) growing.add(fd);
    else growing.delete(fd);
    return fd;
  };
  // the file grows between the size check and the end of the read
  const fstatSync = ((fd: number, ...rest: unknown[]) => {
    const st = (real.fstatSync as (fd: number, ...r: unknown[]) => Fs.Stats)(fd, ...rest);
    return growing.has(fd) ? Object.assign(st, { size: 100 }) : st;
  }) as typeof real.fstatSync;
  return { ...real, openSync, fstatSync, default: { ...real, openSync, fstatSync } };
});

const base = fromRoot('fixtures', 'cases', 'printing-vocs');
const dir = mkdtempSync(join(tmpdir(), 'caselint-race-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that changes while it is read', () => {
  it('is unreadable with the reason, and has no hash', async () => {
    copyFileSync(join(base, 'decision.pdf'), join(dir, 'growing.pdf'));
    copyFileSync(join(base, 'decision.pdf'), join(dir, 'steady.pdf'));
    writeFileSync(join(dir, 'case.yaml'), 'format: caselint/1\n');
    const data = parse(readFileSync(join(base, 'case.yaml'), 'utf8')) as CaseData;
    data.documents = [
      { id: 'growing', type: 'decision', file: 'growing.pdf' },
      { id: 'steady', type: 'other', file: 'steady.pdf' },
    ];
    const index = await prepareAttachments(buildCase(data, dir), { cacheDir: false, extractText: false });
    const growing = index.byId.get('growing');
    expect(growing?.status).toBe('unreadable');
    expect(growing?.sha256).toBeUndefined();
    expect(growing?.textNote?.en).toMatch(/changed while being read \(100 → \d+ bytes\)/);
    expect(index.byId.get('steady')?.status).toBe('ok');
  });
});

describe('an internal extraction failure', () => {
  it('reports the one document and lets the run go on', async () => {
    const extract = await import('../../src/text/extract.js');
    const spy = vi.spyOn(extract, 'extractText').mockRejectedValueOnce(new Error('worker could not start'));
    try {
      copyFileSync(join(base, 'decision.pdf'), join(dir, 'steady.pdf'));
      writeFileSync(join(dir, 'case.yaml'), 'format: caselint/1\n');
      const data = parse(readFileSync(join(base, 'case.yaml'), 'utf8')) as CaseData;
      data.documents = [{ id: 'steady', type: 'decision', file: 'steady.pdf' }];
      const index = await prepareAttachments(buildCase(data, dir), { cacheDir: false });
      const info = index.byId.get('steady');
      expect(info?.textStatus).toBe('corrupt');
      expect(info?.textNote?.en).toMatch(/internal error .*worker could not start/);
    } finally {
      spy.mockRestore();
    }
  });
});
