/**
 * Hostile inputs a reviewer tried against extraction and the attachment index: each must end in a located,
 * readable status (never a throw, a hang or a write into the case folder).
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearExtractionMemo, prepareAttachments } from '../../src/load/attachments.js';
import type { DocumentData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { checkDocx, declaresDoctype, DEFAULT_EXTRACT_LIMITS, extractText } from '../../src/text/extract.js';
import { closeExtractionWorker } from '../../src/text/worker.js';
import { DEFAULT_ZIP_LIMITS, inspectZip } from '../../src/text/zip.js';
import { checkPdfStreams } from '../../src/text/pdf-guard.js';
import { printable } from '../../src/text/printable.js';
import { rule as unlistedFile } from '../../rules/doc/unlisted-file.js';
import { writeZip, type ZipInput } from '../../scripts/documents/zip-writer.js';
import { caseIn, listing } from './case-folder.js';
import { makeContext } from '../helpers.js';

const base = fromRoot('fixtures', 'cases', 'printing-vocs');
const root = mkdtempSync(join(tmpdir(), 'caselint-hostile-'));
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await closeExtractionWorker();
});

const contentTypes: ZipInput = {
  name: '[Content_Types].xml',
  data: Buffer.from('<?xml version="1.0"?><Types/>'),
};
const body = (text: string) =>
  Buffer.from(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
const docx = (...extra: ZipInput[]) =>
  writeZip([contentTypes, { name: 'word/document.xml', data: body('正文') }, ...extra]);

function centralDirectoryOf(z: Buffer, name: string): number {
  const at = z.indexOf(Buffer.concat([Buffer.from(name)]), z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
  return at - 46;
}

describe('zip tricks', () => {
  it('refuses a central directory that lies about the sizes in the local header', () => {
    const z = docx();
    const cd = centralDirectoryOf(z, 'word/document.xml');
    z.writeUInt32LE(10, cd + 24); // the central directory claims 10 bytes, the local header says more
    const r = inspectZip(z);
    expect(!r.ok && r.status).toBe('bomb');
    expect(!r.ok && r.note.en).toMatch(/local header .* disagrees/);
  });

  it('refuses an entry that inflates beyond the size both headers declare', async () => {
    const big = Buffer.alloc(2_000_000, 'a');
    const z = writeZip([contentTypes, { name: 'word/document.xml', data: big, declaredUncompressed: 100 }]);
    const r = await extractText(z, 'd.docx');
    expect(r.textStatus).toBe('corrupt');
    expect(r.textNote?.en).toMatch(/cannot inflate entry word\/document\.xml/);
  });

  it('refuses a local header whose name differs from the central directory', () => {
    const z = docx();
    const at = z.indexOf(Buffer.from('word/document.xml'));
    z.write('W', at); // local name now Word/document.xml
    const r = inspectZip(z);
    expect(!r.ok && r.status).toBe('bomb');
  });

  it('refuses many small entries above the limit quickly, and accepts them below it', () => {
    const many = (n: number) =>
      writeZip(
        Array.from({ length: n }, (_, i) => ({
          name: `word/p${i}.xml`,
          data: Buffer.from('<a/>'),
          store: true,
        })),
      );
    const t = performance.now();
    const over = inspectZip(many(DEFAULT_ZIP_LIMITS.maxEntries + 1));
    expect(!over.ok && over.status).toBe('bomb');
    expect(inspectZip(many(DEFAULT_ZIP_LIMITS.maxEntries)).ok).toBe(true);
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  it('handles deeply nested entry names without recursion trouble', async () => {
    const deep = `${'d/'.repeat(5_000)}x.xml`;
    const z = docx({ name: deep, data: Buffer.from('<a/>') });
    const r = await extractText(z, 'd.docx');
    expect(r.textStatus).toBe('ok');
    expect(r.text).toContain('正文');
  });

  it('refuses a huge document.xml by its declared size and a high ratio', () => {
    const huge = Buffer.alloc(3 * 1024 * 1024, '<w:t>a</w:t>');
    const z = writeZip([contentTypes, { name: 'word/document.xml', data: huge }]);
    const r = checkDocx(z, { ...DEFAULT_ZIP_LIMITS, maxEntryUncompressed: 1024 * 1024 });
    expect(r?.textStatus).toBe('bomb');
    expect(checkDocx(z)?.textStatus).toBe('bomb'); // 3 MiB of repetition is far above 100:1
  });

  it.each([
    [
      'another part',
      'word/styles.xml',
      Buffer.from('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x "y">]><s/>'),
    ],
    ['lower case', 'word/settings.xml', Buffer.from('<!doctype s><s/>')],
    ['mixed case', 'word/settings.xml', Buffer.from('<!DocType s><s/>')],
    ['UTF-16LE', 'word/footer1.xml', Buffer.from('<!DOCTYPE s><s/>', 'utf16le')],
    ['UTF-16BE', 'word/footer1.xml', Buffer.from('<!DOCTYPE s><s/>', 'utf16le').swap16()],
    ['a part not named .xml', 'word/main.part', Buffer.from('<!ENTITY a "b">')],
  ])('refuses a DOCTYPE/ENTITY in %s', async (_what, name, data) => {
    const r = await extractText(docx({ name, data }), 'd.docx');
    expect(r.textStatus).toBe('bomb');
    expect(r.textNote?.zh).toContain(name);
  });

  it('accepts an SVG image with a DOCTYPE, but not as the main document', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd"><svg/>',
    );
    const ok = await extractText(docx({ name: 'word/media/image1.svg', data: svg }), 'd.docx');
    expect(ok.textStatus).toBe('ok');
    const rels = Buffer.from(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/media/image1.svg"/></Relationships>',
    );
    const main = docx({ name: 'word/media/image1.svg', data: svg }, { name: '_rels/.rels', data: rels });
    expect((await extractText(main, 'd.docx')).textStatus).toBe('bomb');
  });

  it('refuses an image part that inflates beyond its declared size', async () => {
    const z = docx({
      name: 'word/media/image1.png',
      data: Buffer.alloc(1_000_000),
      declaredUncompressed: 100,
    });
    expect((await extractText(z, 'd.docx')).textStatus).toBe('corrupt');
  });

  it('does not take ordinary XML for a DOCTYPE', () => {
    expect(declaresDoctype(body('<!-- a comment --> DOCTYPE as a word'))).toBe(false);
  });
});

/** a minimal valid PDF of n pages sharing one content stream, with a correct xref */
function pdfWithPages(n: number): Buffer {
  const objects: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const kids = Array.from({ length: n }, (_, i) => `${i + 5} 0 R`).join(' ');
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`;
  const stream = 'BT /F1 12 Tf 72 720 Td (page) Tj ET';
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (let i = 0; i < n; i++)
    objects[i + 5] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets[i] = out.length;
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let i = 1; i < objects.length; i++) out += `${String(offsets[i]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** a one-page PDF whose content stream is `content`, Flate-compressed `levels` times (no xref: pdf.js rebuilds it) */
function pdfWithStream(content: Buffer, levels: number, dict = ''): Buffer {
  let data = content;
  for (let i = 0; i < levels; i++) data = deflateSync(data);
  const filters = Array.from({ length: levels }, () => '/FlateDecode').join(' ');
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
        '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n' +
        `4 0 obj\n<< /Length ${data.length} /Filter [${filters}] ${dict}>>\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from(
      '\nendstream\nendobj\n5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    ),
  ]);
}

describe('PDF decompression bombs', () => {
  const text = Buffer.from('BT /F1 12 Tf 72 720 Td (hello) Tj ET ');
  const spaces = (mib: number) => Buffer.concat([text, Buffer.alloc(mib * 1024 * 1024, ' ')]);
  const limits = { ...DEFAULT_EXTRACT_LIMITS, pdfDecodedBytes: 4 * 1024 * 1024 };

  it('reads a small Flate content stream', async () => {
    const r = await extractText(pdfWithStream(text, 1), 'a.pdf', limits);
    expect(r.textStatus).toBe('ok');
    expect(r.text).toContain('hello');
  });

  it('refuses a content stream that expands beyond the limit', async () => {
    const r = await extractText(pdfWithStream(spaces(8), 1), 'a.pdf', limits);
    expect(r.textStatus).toBe('bomb');
    expect(r.textNote?.en).toMatch(/expand beyond 4 MiB/);
  });

  it('follows Flate over Flate', () => {
    const nested = pdfWithStream(spaces(8), 2);
    expect(nested.length).toBeLessThan(4096);
    expect(checkPdfStreams(nested, { maxDecodedBytes: 4 * 1024 * 1024 }).ok).toBe(false);
    expect(checkPdfStreams(nested, { maxDecodedBytes: 64 * 1024 * 1024 }).ok).toBe(true);
  });

  it('does not count image streams (a colour scan expands a lot, and text extraction skips it)', () => {
    const asContent = pdfWithStream(spaces(8), 1, '/Type /XObject /Subtype /Image /Width 10 /Height 10 ');
    const image = Buffer.from(asContent.toString('latin1').replace('/Contents 4 0 R ', ''), 'latin1');
    expect(checkPdfStreams(image, { maxDecodedBytes: 1024 * 1024 }).ok).toBe(true);
  });

  it('passes every PDF of the clean cases at the default limit', () => {
    for (const name of readdirSync(base).filter((f) => f.endsWith('.pdf')))
      expect(checkPdfStreams(readFileSync(join(base, name))).ok, name).toBe(true);
  });
});

describe('PDF tricks', () => {
  it('reads a small generated PDF (the generator is sound)', async () => {
    const r = await extractText(pdfWithPages(2), 'a.pdf');
    expect(r.textStatus).toBe('ok');
    expect(r.pages).toBe(2);
  });

  it('refuses thousands of pages without extracting them', async () => {
    const t = performance.now();
    const r = await extractText(pdfWithPages(3_000), 'a.pdf');
    expect(r.textStatus).toBe('too-large');
    expect(r.textNote?.en).toMatch(/3000 pages, above the 500-page limit/);
    expect(performance.now() - t).toBeLessThan(DEFAULT_EXTRACT_LIMITS.timeoutMs);
  });

  it.each([
    ['a malformed xref', (b: string) => b.replace(/startxref\n\d+/, 'startxref\n999999')],
    ['garbage xref rows', (b: string) => b.replace(/(\d{10}) 00000 n/g, 'zzzzzzzzzz 00000 n')],
    ['a cut-off file', (b: string) => b.slice(0, Math.floor(b.length / 2))],
    ['a self-referencing page tree', (b: string) => b.replace('/Kids [5 0 R', '/Kids [2 0 R')],
  ])('gives a status, not a crash, for %s', async (_what, damage) => {
    const bytes = Buffer.from(damage(pdfWithPages(3).toString('latin1')), 'latin1');
    const r = await extractText(bytes, 'a.pdf');
    expect(['ok', 'corrupt', 'scanned']).toContain(r.textStatus);
    if (r.textStatus !== 'ok') expect(r.textNote?.en.length).toBeGreaterThan(4);
  });
});

describe('hostile case folders', () => {
  const dir = mkdtempSync(join(root, 'case-'));
  copyFileSync(join(base, 'decision.pdf'), join(dir, 'decision.pdf'));
  copyFileSync(join(base, 'decision.pdf'), join(dir, '..决定书.pdf'));
  symlinkSync('loop-b', join(dir, 'loop-a'));
  symlinkSync('loop-a', join(dir, 'loop-b'));
  symlinkSync('.', join(dir, 'self')); // a folder loop: the walk must not follow it
  execFileSync('mkfifo', [join(dir, 'pipe.pdf')]);
  symlinkSync('/dev/zero', join(dir, 'zero.pdf'));
  mkdirSync(join(dir, 'folder.pdf'));
  let nested = dir;
  for (let i = 0; i < 40; i++) mkdirSync((nested = join(nested, `n${i}`)));
  writeFileSync(join(nested, 'deep.txt'), 'deep');

  const cases: [string, string, string][] = [
    ['symlink loop', 'loop-a', 'unreadable'],
    ['FIFO', 'pipe.pdf', 'unreadable'],
    ['device (through a symlink)', 'zero.pdf', 'outside'],
    ['a folder', 'folder.pdf', 'unreadable'],
    ['through a folder loop, still inside', 'self/self/self/decision.pdf', 'ok'],
    ['percent-encoded ..', '%2e%2e/%2E%2E/etc/passwd', 'missing'],
    ['full-width ．．／', '．．／decision.pdf', 'missing'],
    ['one-dot leaders ‥', '\u2025/decision.pdf', 'missing'],
    ['division slash', '..\u2215decision.pdf', 'missing'],
    ['right-to-left override', '\u202Efdp.noisiced', 'missing'],
    ['backslash ..', '..\\decision.pdf', 'outside'],
    ['Windows drive', 'C:\\Windows\\win.ini', 'outside'],
    ['Windows drive-relative', 'C:decision.pdf', 'outside'],
    ['forward-slash drive', 'c:/decision.pdf', 'outside'],
    ['UNC path', '\\\\server\\share\\decision.pdf', 'outside'],
    ['NUL byte', 'decision.pdf\u0000.docx', 'unreadable'],
    ['a name that starts with two dots', '..决定书.pdf', 'ok'],
  ];
  const docs: DocumentData[] = cases.map(([, file], i) => ({ id: `d${i}`, type: 'other', file }));

  it('gives every entry a status and a note where unreadable, without a hang or a write', async () => {
    clearExtractionMemo();
    const c = caseIn(dir, docs);
    const before = listing(dir);
    const index = await prepareAttachments(c, { cacheDir: false });
    expect(listing(dir)).toEqual(before);
    const got = cases.map(([what], i) => [what, index.byId.get(`d${i}`)?.status]);
    expect(got).toEqual(cases.map(([what, , status]) => [what, status]));
    for (const info of index.byId.values())
      if (info.status === 'unreadable') expect(info.textNote?.zh.length).toBeGreaterThan(2);
    expect(index.byId.get('d0')?.textNote?.en).toMatch(/loop/);
    expect(index.byId.get('d1')?.textNote?.en).toMatch(/not a regular file/);
    // the walk follows no symlink and stops at its depth limit
    expect(index.unlisted.some((f) => f.startsWith('self/'))).toBe(false);
    expect(index.unlisted.some((f) => f.endsWith('deep.txt'))).toBe(false);
  }, 20_000);
});

describe('the in-memory memo', () => {
  it('extracts identical files once per run, even without the disk cache', async () => {
    const dir = mkdtempSync(join(root, 'same-'));
    for (const n of ['a.pdf', 'b.pdf', 'c.pdf']) copyFileSync(join(base, 'decision.pdf'), join(dir, n));
    const c = caseIn(
      dir,
      ['a.pdf', 'b.pdf', 'c.pdf'].map((file, i) => ({ id: `d${i}`, type: 'decision', file })),
    );
    clearExtractionMemo();
    const worker = await import('../../src/text/worker.js');
    const shared = worker.extractionWorker();
    const original = shared.run.bind(shared);
    let runs = 0;
    shared.run = (...args) => {
      runs++;
      return original(...args);
    };
    try {
      const index = await prepareAttachments(c, { cacheDir: false });
      expect([...index.byId.values()].map((i) => i.textStatus)).toEqual(['ok', 'ok', 'ok']);
      expect(runs).toBe(1);
      await prepareAttachments(c, { cacheDir: false });
      expect(runs).toBe(1);
      clearExtractionMemo();
      await prepareAttachments(c, { cacheDir: false });
      expect(runs).toBe(2);
    } finally {
      shared.run = original;
    }
  });
});

describe('the disk cache', () => {
  it('is never written inside the case folder, even when configured there', async () => {
    const dir = mkdtempSync(join(root, 'cache-in-case-'));
    copyFileSync(join(base, 'decision.pdf'), join(dir, 'decision.pdf'));
    const c = caseIn(dir, [{ id: 'd', type: 'decision', file: 'decision.pdf' }]);
    const before = listing(dir);
    clearExtractionMemo();
    const index = await prepareAttachments(c, { cacheDir: join(dir, 'node_modules', '.cache', 'caselint') });
    expect(index.byId.get('d')?.textStatus).toBe('ok');
    expect(listing(dir)).toEqual(before);
  });
});

describe('names from untrusted places in messages', () => {
  it('escapes terminal control sequences and bidi overrides', () => {
    expect(printable('evil\u001b[2J\u202Etxt.exe')).toBe('evil\\u{1b}[2J\\u{202e}txt.exe');
    expect(printable('决定书.pdf')).toBe('决定书.pdf');
  });

  it('never puts a raw escape sequence of a file or zip entry name into a finding or a note', async () => {
    const dir = mkdtempSync(join(root, 'names-'));
    writeFileSync(join(dir, 'evil\u001b[31mRED\u202Etxt.exe'), 'x');
    const c = caseIn(dir, []);
    const ctx = makeContext({ attachments: await prepareAttachments(c, { cacheDir: false }) });
    const messages = unlistedFile.check(c, ctx).map((f) => `${f.message.zh} ${f.message.en}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('\\u{1b}[31mRED');
    expect(messages.join('')).not.toContain('\u001b');
    expect(messages.join('')).not.toContain('\u202e');
    const nested = docx({ name: 'word/\u001b[2Jx.zip', data: Buffer.from('PK') });
    const r = await extractText(nested, 'd.docx');
    expect(r.textStatus).toBe('bomb');
    expect(`${r.textNote?.zh}${r.textNote?.en}`).not.toContain('\u001b');
  });
});
