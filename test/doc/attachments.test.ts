import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, readCached } from '../../src/load/attachments/cache.js';
import {
  clearExtractionMemo,
  DEFAULT_MAX_BYTES,
  normaliseRelative,
  prepareAttachments,
} from '../../src/load/attachments.js';
import type { DocumentData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { closeExtractionWorker } from '../../src/text/worker.js';
import { caseIn, listing } from './case-folder.js';

const base = fromRoot('fixtures', 'cases', 'printing-vocs');
const root = mkdtempSync(join(tmpdir(), 'caselint-att-'));
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await closeExtractionWorker();
});

describe('normaliseRelative', () => {
  it.each([
    ['a/b.pdf', 'a/b.pdf'],
    ['./a\\b.pdf', 'a/b.pdf'],
    ['../x.pdf', undefined],
    ['a/../../x.pdf', undefined],
    ['/etc/passwd', undefined],
    ['C:\\x.pdf', undefined],
    ['', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normaliseRelative(input)).toBe(expected);
  });
});

describe('prepareAttachments', () => {
  const dir = mkdtempSync(join(root, 'case-'));
  const outsideDir = mkdtempSync(join(root, 'outside-'));
  writeFileSync(join(outsideDir, 'secret.txt'), 'outside');
  copyFileSync(join(base, 'decision.pdf'), join(dir, 'decision.pdf'));
  mkdirSync(join(dir, 'sub'));
  copyFileSync(join(base, '12-行政处罚事先告知书.docx'), join(dir, 'sub', 'notice.docx'));
  writeFileSync(join(dir, 'empty.docx'), '');
  writeFileSync(join(dir, 'extra.txt'), 'not listed');
  writeFileSync(join(dir, '.DS_Store'), 'x');
  writeFileSync(join(dir, '~$notice.docx'), 'x');
  symlinkSync(join(outsideDir, 'secret.txt'), join(dir, 'link.txt'));
  // a link to a file of the same folder is read through (the quick open refuses links; the realpath decides)
  symlinkSync('decision.pdf', join(dir, 'alias.pdf'));
  // a sparse file just above the default limit: never read
  const fd = openSync(join(dir, 'huge.pdf'), 'w');
  ftruncateSync(fd, DEFAULT_MAX_BYTES + 1);
  closeSync(fd);
  const docs: DocumentData[] = [
    { id: 'decision', type: 'decision', file: 'decision.pdf' },
    { id: 'notice', type: 'prior-notice', file: 'sub\\notice.docx' },
    { id: 'missing', type: 'other', file: 'nope.pdf' },
    { id: 'empty', type: 'other', file: 'empty.docx' },
    { id: 'dotdot', type: 'other', file: '../outside/secret.txt' },
    { id: 'absolute', type: 'other', file: join(outsideDir, 'secret.txt') },
    { id: 'link', type: 'other', file: 'link.txt' },
    { id: 'alias', type: 'other', file: 'alias.pdf' },
    { id: 'huge', type: 'other', file: 'huge.pdf' },
    { id: 'scan', type: 'photo', file: 'decision.pdf', scanned: true },
  ];
  const c = caseIn(dir, docs);
  const cacheDir = join(root, 'cache');

  it('classifies every listed file and never writes to the case folder', async () => {
    const before = listing(dir);
    const index = await prepareAttachments(c, { cacheDir });
    expect(listing(dir)).toEqual(before);
    const status = Object.fromEntries([...index.byId.values()].map((i) => [i.id, i.status]));
    expect(status).toEqual({
      decision: 'ok',
      notice: 'ok',
      missing: 'missing',
      empty: 'empty',
      dotdot: 'outside',
      absolute: 'outside',
      link: 'outside',
      alias: 'ok',
      huge: 'too-large',
      scan: 'ok',
    });
    const decision = index.byId.get('decision');
    expect(decision?.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(dir, 'decision.pdf')))
        .digest('hex'),
    );
    expect(index.byId.get('alias')?.sha256).toBe(decision?.sha256);
    expect(decision?.textStatus).toBe('ok');
    expect(decision?.text).toContain('沪普环罚〔2020〕12号');
    expect(index.byId.get('notice')?.text).toContain('陈述和申辩');
    expect(index.byId.get('scan')?.textStatus).toBe('scanned');
    expect(index.byId.get('huge')?.sha256).toBeUndefined();
    expect(index.unlisted).toEqual(['extra.txt']);
  });

  it('caches texts by content and survives a damaged cache', async () => {
    const decision = (await prepareAttachments(c, { cacheDir })).byId.get('decision');
    const entries = readdirSync(cacheDir, { recursive: true }).filter((f) => String(f).endsWith('.json'));
    expect(entries.length).toBeGreaterThan(0);
    for (const f of entries) writeFileSync(join(cacheDir, String(f)), '{ not json');
    clearExtractionMemo(); // else the in-memory memo answers and the damaged disk entries are never read
    const again = (await prepareAttachments(c, { cacheDir })).byId.get('decision');
    expect(again?.text).toBe(decision?.text);
    expect(await readCached(cacheDir, 'f'.repeat(64))).toBeUndefined();
  });

  it('skips extraction when asked', async () => {
    const index = await prepareAttachments(c, { cacheDir: false, extractText: false });
    const d = index.byId.get('decision');
    expect(d?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d?.text).toBeUndefined();
    expect(d?.textStatus).toBeUndefined();
  });

  it('honours maxBytes', async () => {
    const index = await prepareAttachments(c, { cacheDir: false, extractText: false, maxBytes: 100 });
    expect(index.byId.get('decision')?.status).toBe('too-large');
  });

  it('marks every file unreadable when the folder does not exist', async () => {
    const gone = caseIn(mkdtempSync(join(root, 'gone-')), docs.slice(0, 1));
    rmSync(gone.dir, { recursive: true });
    const index = await prepareAttachments(gone, { cacheDir: false });
    expect(index.byId.get('decision')?.status).toBe('unreadable');
  });

  it('defaults the cache to XDG_CACHE_HOME, else node_modules/.cache', () => {
    expect(defaultCacheDir('/x', { XDG_CACHE_HOME: '/c' })).toBe(join('/c', 'caselint'));
    expect(defaultCacheDir(fromRoot('src'), {})).toBe(fromRoot('node_modules', '.cache', 'caselint'));
  });
});
