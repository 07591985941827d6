import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflate, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams } from '../../src/text/pdf-guard.js';
import { fromRoot } from '../../src/paths.js';
import { scratchDir } from './generate.js';

/** a one-page PDF whose content stream (object 4) is `data` under the filter names given */
function pdf(data: Buffer, filters: string[], dict = ''): Buffer {
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
        '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n' +
        `4 0 obj\n<< /Length ${data.length} /Filter [${filters.map((f) => `/${f}`).join(' ')}] ${dict}>>\nstream\n`,
      'latin1',
    ),
    data,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

const SPACES = Buffer.concat([Buffer.from('BT (x) Tj ET '), Buffer.alloc(8 * 1024 * 1024, ' ')]);
const LIMIT = { maxDecodedBytes: 4 * 1024 * 1024 };

async function deflateRepeated(chunk: Buffer, times: number): Promise<Buffer> {
  const deflate = createDeflate();
  const out: Buffer[] = [];
  deflate.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let i = 0; i < times; i++) {
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

function layers(data: Buffer, n: number): Buffer {
  let out = data;
  for (let i = 0; i < n; i++) out = deflateSync(out);
  return out;
}

describe('PDF decompression bombs the old guard let through', () => {
  it('four stacked Flate layers', () => {
    const bomb = pdf(layers(SPACES, 4), ['FlateDecode', 'FlateDecode', 'FlateDecode', 'FlateDecode']);
    expect(checkPdfStreams(bomb, LIMIT).ok).toBe(false);
  });

  it('six Flate layers, only one of them declared', () => {
    expect(checkPdfStreams(pdf(layers(SPACES, 6), ['FlateDecode']), LIMIT).ok).toBe(false);
  });

  it('/ASCIIHexDecode before Flate (no zlib header to see)', () => {
    const hex = Buffer.from(`${layers(SPACES, 1).toString('hex')}>`, 'latin1');
    expect(checkPdfStreams(pdf(hex, ['ASCIIHexDecode', 'FlateDecode']), LIMIT).ok).toBe(false);
    const short = Buffer.from(`${layers(Buffer.from('BT (x) Tj ET'), 1).toString('hex')}>`, 'latin1');
    expect(checkPdfStreams(pdf(short, ['AHx', 'Fl']), LIMIT).ok).toBe(true);
  });

  it('/Subtype /Image in the dictionary of a page content stream', () => {
    const bomb = pdf(layers(SPACES, 1), ['FlateDecode'], '/Subtype /Image /Width 1 /Height 1 ');
    expect(checkPdfStreams(bomb, LIMIT).ok).toBe(false);
  });

  it('a run over such documents stays under 600 MiB (peak RSS of a child process)', async () => {
    const dir = scratchDir();
    // 512 MiB of spaces, deflated in chunks (never held whole), under the tricks above at the default limit
    const big = await deflateRepeated(Buffer.alloc(1024 * 1024, ' '), 512);
    const files = {
      'four.pdf': pdf(layers(big, 3), ['Fl', 'Fl', 'Fl', 'Fl']),
      'hex.pdf': pdf(Buffer.from(`${big.toString('hex')}>`), ['AHx', 'Fl']),
      'image.pdf': pdf(big, ['Fl'], '/Subtype /Image /Width 1 /Height 1 '),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const script = `
      import { readFileSync } from 'node:fs';
      import { extractText } from ${JSON.stringify(fromRoot('dist', 'src', 'text', 'extract.js'))};
      import { shutdown } from ${JSON.stringify(fromRoot('dist', 'src', 'shutdown.js'))};
      const out = [];
      for (const f of ${JSON.stringify(Object.keys(files))}) {
        const r = await extractText(readFileSync(${JSON.stringify(dir)} + '/' + f), f);
        out.push(r.textStatus);
      }
      await shutdown();
      console.log(JSON.stringify({ out, maxRssKiB: process.resourceUsage().maxRSS }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const result = JSON.parse(r.stdout) as { out: string[]; maxRssKiB: number };
    expect(result.out).toEqual(['bomb', 'bomb', 'bomb']);
    expect(result.maxRssKiB / 1024).toBeLessThan(600);
  }, 180_000);
});
