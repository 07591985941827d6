/**
 * Document writers for generated fixtures: .docx with the `docx` package (eastAsia font 宋体), re-zipped with
 * fixed timestamps so that re-running does not churn git; text-based .pdf with pdfkit and a subset of Noto Sans
 * CJK (Debian fonts-noto-cjk, needed for generation only); image-only PDFs and PNGs for scans.
 */
import { Document, Packer, Paragraph, TextRun, AlignmentType } from 'docx';
import PDFDocument from 'pdfkit';
import { deflateSync, crc32 } from 'node:zlib';
import { existsSync } from 'node:fs';
import { inspectZip, readEntry } from '../../src/text/zip.js';
import { writeZip } from './zip-writer.js';

export interface DocContent {
  title: string;
  /** paragraphs; a paragraph starting with '#' is centred */
  lines: string[];
}

const FIXED = '2020-01-01T00:00:00Z';

export async function makeDocx(content: DocContent): Promise<Buffer> {
  const run = (text: string, bold = false) =>
    new TextRun({ text, bold, font: { ascii: 'Times New Roman', eastAsia: '宋体' }, size: 24 });
  const doc = new Document({
    creator: 'caselint fixtures',
    title: content.title,
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(content.title, true)] }),
          ...content.lines.map((l) =>
            l.startsWith('#')
              ? new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l.slice(1))] })
              : new Paragraph({ children: [run(l)] }),
          ),
        ],
      },
    ],
  });
  const packed = await Packer.toBuffer(doc);
  // re-zip with fixed timestamps and fixed core-property dates
  const zip = inspectZip(packed);
  if (!zip.ok) throw new Error('docx package produced an unreadable zip');
  return writeZip(
    zip.entries.map((e) => {
      let data = readEntry(packed, e);
      if (e.name === 'docProps/core.xml') {
        data = Buffer.from(
          data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${FIXED}`),
        );
      }
      return { name: e.name, data };
    }),
  );
}

const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export function fontAvailable(): boolean {
  return existsSync(FONT);
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export async function makePdf(content: DocContent, options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: {
      Title: content.title,
      Creator: 'caselint fixtures',
      CreationDate: new Date(FIXED),
      ModDate: new Date(FIXED),
    },
    ...(options.userPassword
      ? {
          userPassword: options.userPassword,
          ownerPassword: `${options.userPassword}-owner`,
          pdfVersion: '1.7' as const,
        }
      : {}),
  });
  const done = collect(doc);
  doc.registerFont('cjk', FONT, 'NotoSansCJKsc-Regular');
  doc.font('cjk').fontSize(16).text(content.title, { align: 'center' });
  doc.moveDown();
  doc.fontSize(11);
  for (const l of content.lines) {
    if (l.startsWith('#')) doc.text(l.slice(1), { align: 'center' });
    else doc.text(l, { lineGap: 3 });
    doc.moveDown(0.3);
  }
  doc.end();
  return done;
}

/** a "scanned" page: shapes only, no text layer */
export async function makeImagePdf(pages = 1): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Creator: 'caselint fixtures', CreationDate: new Date(FIXED), ModDate: new Date(FIXED) },
  });
  const done = collect(doc);
  for (let p = 0; p < pages; p++) {
    if (p > 0) doc.addPage();
    doc.rect(80, 80, 430, 300).fillAndStroke('#dddddd', '#888888');
    doc.rect(80, 420, 430, 300).fillAndStroke('#cccccc', '#888888');
    for (let y = 100; y < 360; y += 18) doc.moveTo(100, y).lineTo(480, y).stroke('#999999');
  }
  doc.end();
  return done;
}

/** a small grey PNG (a "scan") */
export function makePng(width = 64, height = 48): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const raw = Buffer.alloc((width + 1) * height, 0xc0);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
