import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { DEFAULT_EXTRACT_LIMITS, extractText } from '../../src/text/extract.js';
import { sniff } from '../../src/text/sniff.js';
import { DEFAULT_ZIP_LIMITS, inspectZip } from '../../src/text/zip.js';
import { closeExtractionWorker } from '../../src/text/worker.js';
import { writeZip } from '../../scripts/documents/zip-writer.js';

afterAll(closeExtractionWorker);

const fixture = (...p: string[]) => readFileSync(fromRoot('fixtures', ...p));
const decisionPdf = fixture('cases', 'printing-vocs', 'decision.pdf');
const noticeDocx = fixture('cases', 'printing-vocs', '12-行政处罚事先告知书.docx');
const contentTypes = { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') };

describe('extractText', () => {
  it('reads a text PDF and a .docx', async () => {
    const pdf = await extractText(decisionPdf, 'decision.pdf');
    expect(pdf.textStatus).toBe('ok');
    expect(pdf.text).toContain('上海华彩包装印刷有限公司');
    const docx = await extractText(noticeDocx, 'notice.docx');
    expect(docx.textStatus).toBe('ok');
    expect(docx.text).toContain('陈述和申辩');
  });

  it.each([
    ['zip bomb', 'fail-zip-bomb/决定书.docx', 'bomb'],
    ['XML entities', 'fail-xml-entity/决定书.docx', 'bomb'],
    ['encrypted Word', 'fail-encrypted-docx/决定书.docx', 'encrypted'],
    ['encrypted PDF', 'fail-encrypted-pdf/决定书.pdf', 'encrypted'],
    ['corrupt PDF', 'fail-corrupt-pdf/决定书.pdf', 'corrupt'],
    ['a docx named .pdf', 'fail-mislabelled/决定书.pdf', 'mislabelled'],
    ['a truncated docx', 'fail-truncated-docx/决定书.docx', 'corrupt'],
  ])('refuses %s with a readable note', async (_what, file, status) => {
    const name = file.split('/').at(-1) ?? file;
    const r = await extractText(fixture('rules', 'doc', 'unreadable-document', ...file.split('/')), name);
    expect(r.textStatus).toBe(status);
    expect(r.text).toBeUndefined();
    expect(r.textNote?.zh.length).toBeGreaterThan(4);
    expect(r.textNote?.en.length).toBeGreaterThan(4);
  });

  it('reports scans (images, PDFs without a text layer) as scanned', async () => {
    const png = await extractText(
      fixture('rules', 'doc', 'text-not-checkable', 'fail-scanned-png', '决定书.png'),
      'a.png',
    );
    expect(png.textStatus).toBe('scanned');
    const pdf = await extractText(
      fixture('rules', 'doc', 'text-not-checkable', 'fail-scanned-pdf', 'decision.pdf'),
      'a.pdf',
    );
    expect(pdf.textStatus).toBe('scanned');
  });

  it('sniffs content, not names: a PDF named .docx is mislabelled', async () => {
    expect(sniff(decisionPdf)).toBe('pdf');
    expect((await extractText(decisionPdf, 'x.docx')).textStatus).toBe('mislabelled');
    expect((await extractText(Buffer.from('hello'), 'x.pdf')).textStatus).toBe('corrupt');
    expect((await extractText(noticeDocx, 'x.xlsx')).textStatus).toBe('unsupported');
  });

  it('stops a slow extraction at the timeout and recovers for the next file', async () => {
    const slow = await extractText(decisionPdf, 'd.pdf', { ...DEFAULT_EXTRACT_LIMITS, timeoutMs: 1 });
    expect(slow.textStatus).toBe('corrupt');
    expect(slow.textNote?.en).toMatch(/did not finish/);
    const next = await extractText(decisionPdf, 'd.pdf');
    expect(next.textStatus).toBe('ok');
  });

  it('refuses PDFs above the page limit', async () => {
    const twoPages = fixture('rules', 'doc', 'text-not-checkable', 'fail-scanned-pdf', 'decision.pdf');
    const r = await extractText(twoPages, 'a.pdf', { ...DEFAULT_EXTRACT_LIMITS, maxPages: 1 });
    expect(r.textStatus).toBe('too-large');
  });
});

describe('inspectZip', () => {
  it('accepts a generated .docx', () => {
    expect(inspectZip(noticeDocx).ok).toBe(true);
  });

  it('refuses headers that declare a huge expansion', () => {
    const z = writeZip([
      contentTypes,
      { name: 'word/document.xml', data: Buffer.from('<a/>'), declaredUncompressed: 3_000_000_000 },
    ]);
    const r = inspectZip(z);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.status).toBe('bomb');
  });

  it('refuses nested archives', () => {
    const r = inspectZip(
      writeZip([contentTypes, { name: 'word/embeddings/inner.zip', data: Buffer.from('PK') }]),
    );
    expect(!r.ok && r.status).toBe('bomb');
  });

  it('refuses too many entries', () => {
    const entries = Array.from({ length: 20 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('<a/>') }));
    const r = inspectZip(writeZip(entries), { ...DEFAULT_ZIP_LIMITS, maxEntries: 10 });
    expect(!r.ok && r.status).toBe('bomb');
  });

  it('refuses overlapping entries (non-recursive zip bomb)', () => {
    const z = writeZip([
      { name: 'a.xml', data: Buffer.from('<a>hello</a>'), store: true },
      { name: 'b.xml', data: Buffer.from('<b>world</b>'), store: true },
    ]);
    // point the second central-directory entry at the first local header
    const cd = z.indexOf(
      Buffer.from([0x50, 0x4b, 0x01, 0x02]),
      z.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 4,
    );
    z.writeUInt32LE(0, cd + 42);
    const r = inspectZip(z);
    expect(r.ok).toBe(false);
  });

  it('refuses damaged archives', () => {
    expect(inspectZip(Buffer.from('PK\u0003\u0004 nothing else')).ok).toBe(false);
  });
});
