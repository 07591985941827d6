/**
 * Text from an attachment: sniff what the bytes really are, refuse what is hostile or broken with a readable
 * note, and hand safe .docx and .pdf files to the libraries in the extraction worker (with a timeout).
 *
 * PDF library: unpdf 1.7.0, which bundles the serverless build of Mozilla's pdf.js 5.6.205 (whose own
 * `engines` is node >=20.19). It has no dependencies and no native code (the optional canvas peer is not
 * needed for text), and needs no network. unpdf 1.8 and pdfjs-dist 5.7+/6 declare node >=22, so they are
 * not used on Node 20.
 */
import type { AttachmentInfo, Msg } from '../engine/types.js';
import { DEFAULT_ZIP_LIMITS, inspectZip, readEntry, type ZipLimits } from './zip.js';
import { IMAGE_KINDS, expectedKind, isEncryptedOffice, sniff } from './sniff.js';
import { extractionWorker, type WorkerResult } from './worker.js';
import { DEFAULT_PDF_GUARD_LIMITS, checkPdfStreams } from './pdf-guard.js';
import { printable } from './printable.js';

export type TextStatus = NonNullable<AttachmentInfo['textStatus']>;

export interface Extraction {
  textStatus: TextStatus;
  text?: string;
  textNote?: Msg;
  pages?: number;
}

export interface ExtractLimits {
  /** per file; the worker is stopped and replaced when it passes */
  timeoutMs: number;
  maxPages: number;
  /** longer texts are cut (and say so) */
  maxTextChars: number;
  zip: ZipLimits;
  /** total decoded size of a PDF's non-image Flate streams (pdf-guard.ts) */
  pdfDecodedBytes: number;
}

export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  timeoutMs: 15_000,
  maxPages: 500,
  maxTextChars: 2_000_000,
  zip: DEFAULT_ZIP_LIMITS,
  pdfDecodedBytes: DEFAULT_PDF_GUARD_LIMITS.maxDecodedBytes,
};

/** Bump when extraction output changes, so cached texts are not reused. */
export const EXTRACTOR_VERSION = 2;

function note(textStatus: TextStatus, zh: string, en: string): Extraction {
  return { textStatus, textNote: { zh, en } };
}

/**
 * Image parts are not parsed as XML for raw text, and an SVG image may legitimately carry a DOCTYPE: they are
 * inflated (bounded, sizes verified) but not searched for one, unless a relationship makes one the main document.
 */
const MEDIA_PART = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|webp|svg)$/i;

/** the officeDocument part named by _rels/.rels (what mammoth reads), without a leading slash */
function mainDocumentPart(rels: Buffer | undefined): string | undefined {
  const xml = rels?.toString('utf8') ?? '';
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
    return /Target="([^"]*)"/.exec(m[0])?.[1]?.replace(/^\//, '');
  }
  return undefined;
}

/**
 * A DOCTYPE or ENTITY declaration in any part, in any case and in UTF-8 or UTF-16 (either byte order: the NUL
 * bytes are dropped before the search). A .docx never needs one (OOXML forbids DTDs).
 */
export function declaresDoctype(xml: Buffer): boolean {
  const flat = xml.includes(0) ? Buffer.from(xml.filter((b) => b !== 0)) : xml;
  // only the few '<!' of a part (comments, CDATA) are looked at: no lower-cased copy of a large part
  for (let at = flat.indexOf('<!'); at >= 0; at = flat.indexOf('<!', at + 2)) {
    const word = flat.toString('latin1', at + 2, at + 9).toLowerCase();
    if (word === 'doctype' || word.startsWith('entity')) return true;
  }
  return false;
}

/** Safety checks on a .docx before mammoth sees it; undefined when it is safe. */
export function checkDocx(bytes: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Extraction | undefined {
  const zip = inspectZip(bytes, limits);
  if (!zip.ok)
    return { textStatus: zip.status === 'unsupported' ? 'unsupported' : zip.status, textNote: zip.note };
  const names = new Set(zip.entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) {
    return note(
      'mislabelled',
      '扩展名为 .docx，但内容不是 Word 文档（缺少 word/document.xml）',
      'named .docx but not a Word document (no word/document.xml)',
    );
  }
  // every part, not only *.xml: the main document may be any part name the relationships point at, and
  // inflating each one with its declared size as the bound proves no part expands beyond what was checked
  const rels = zip.entries.find((e) => e.name === '_rels/.rels');
  let main: string | undefined;
  try {
    main = mainDocumentPart(rels ? readEntry(bytes, rels) : undefined);
  } catch {
    main = undefined; // reported below when the loop reaches the entry
  }
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    let xml: Buffer;
    try {
      xml = readEntry(bytes, entry);
    } catch {
      return note(
        'corrupt',
        `无法解压条目 ${printable(entry.name)}（文件已损坏）`,
        `cannot inflate entry ${printable(entry.name)} (damaged file)`,
      );
    }
    if ((entry.name === main || !MEDIA_PART.test(entry.name)) && declaresDoctype(xml)) {
      return note(
        'bomb',
        `条目 ${printable(entry.name)} 含 DOCTYPE/ENTITY 声明（XML 实体攻击），不予解析`,
        `entry ${printable(entry.name)} declares a DOCTYPE/ENTITY (XML entity attack); refused`,
      );
    }
  }
  return undefined;
}

function cut(text: string, limits: ExtractLimits): Extraction {
  if (text.length <= limits.maxTextChars) return { textStatus: 'ok', text };
  return {
    textStatus: 'ok',
    text: text.slice(0, limits.maxTextChars),
    textNote: {
      zh: `文本过长，只核对前 ${limits.maxTextChars} 个字符`,
      en: `text too long; only the first ${limits.maxTextChars} characters are checked`,
    },
  };
}

function fromWorkerFailure(
  r: Extract<WorkerResult, { ok: false }>,
  what: 'docx' | 'pdf',
  limits: ExtractLimits,
): Extraction {
  if (r.error === 'timeout') {
    return note(
      'corrupt',
      `提取文字超过 ${limits.timeoutMs / 1000} 秒仍未完成，已中止（文件可能被构造为拖慢解析）`,
      `text extraction did not finish within ${limits.timeoutMs / 1000} s and was stopped (possibly a hostile file)`,
    );
  }
  if (r.error === 'crashed')
    return note(
      'corrupt',
      `解析文件时解析器崩溃或超出内存上限：${printable(r.message)}`,
      `the parser crashed or ran out of memory: ${printable(r.message)}`,
    );
  if (r.error === 'too-many-pages') {
    return note(
      'too-large',
      `PDF 共 ${r.numPages ?? '?'} 页，超过 ${limits.maxPages} 页上限，未提取文字`,
      `the PDF has ${r.numPages ?? '?'} pages, above the ${limits.maxPages}-page limit; no text extracted`,
    );
  }
  if (what === 'pdf' && r.name === 'PasswordException')
    return note(
      'encrypted',
      'PDF 已加密（需要密码），无法核对文字',
      'the PDF is encrypted (password required); text cannot be checked',
    );
  if (what === 'pdf')
    return note(
      'corrupt',
      `PDF 文件已损坏，无法读取：${printable(r.message)}`,
      `the PDF is damaged and cannot be read: ${printable(r.message)}`,
    );
  return note(
    'corrupt',
    `Word 文件已损坏，无法读取：${printable(r.message)}`,
    `the Word file is damaged and cannot be read: ${printable(r.message)}`,
  );
}

async function extractPdf(bytes: Buffer, limits: ExtractLimits): Promise<Extraction> {
  const guard = checkPdfStreams(bytes, { maxDecodedBytes: limits.pdfDecodedBytes });
  if (!guard.ok) {
    const mib = Math.round(limits.pdfDecodedBytes / 1024 / 1024);
    return note(
      'bomb',
      `PDF 的压缩数据流解压后超过 ${mib} MiB，疑似解压炸弹，不予解析`,
      `the PDF's compressed streams expand beyond ${mib} MiB (a decompression bomb); refused`,
    );
  }
  // pdf.js decrypts RC4/AES itself when no password is needed; /Encrypt with a user password fails with PasswordException
  const r = await extractionWorker().run({ kind: 'pdf', bytes, maxPages: limits.maxPages }, limits.timeoutMs);
  if (!r.ok) return fromWorkerFailure(r, 'pdf', limits);
  const pages = r.pages ?? [];
  const text = pages.join('\n');
  if (text.replace(/\s+/g, '') === '') {
    return {
      ...note(
        'scanned',
        'PDF 没有文字层（扫描件），文字无法核对',
        'the PDF has no text layer (scanned); its text cannot be checked',
      ),
      pages: pages.length,
    };
  }
  return { ...cut(text, limits), pages: pages.length };
}

async function extractDocx(bytes: Buffer, limits: ExtractLimits): Promise<Extraction> {
  const refused = checkDocx(bytes, limits.zip);
  if (refused) return refused;
  const r = await extractionWorker().run(
    { kind: 'docx', bytes, maxPages: limits.maxPages },
    limits.timeoutMs,
  );
  if (!r.ok) return fromWorkerFailure(r, 'docx', limits);
  const text = r.text ?? '';
  if (text.replace(/\s+/g, '') === '')
    return note(
      'scanned',
      'Word 文档没有文字（可能只含图片），无法核对',
      'the Word document holds no text (images only?); it cannot be checked',
    );
  return cut(text, limits);
}

const KIND_NAME: Record<string, Msg> = {
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  zip: { zh: 'zip/Word(.docx) 文件', en: 'a zip/Word (.docx) file' },
  cfb: { zh: '旧版 Office(.doc) 文件', en: 'an old Office (.doc) file' },
  text: { zh: '纯文本文件', en: 'a plain-text file' },
  unknown: { zh: '无法识别的二进制数据', en: 'unrecognised binary data' },
};

function kindName(kind: string): Msg {
  return KIND_NAME[kind] ?? { zh: `图片（${kind}）`, en: `an image (${kind})` };
}

function mislabelled(fileName: string, kind: string): Extraction {
  const ext = fileName.split('.').at(-1) ?? '';
  const k = kindName(kind);
  return note(
    'mislabelled',
    `扩展名为 .${printable(ext)}，实际内容是${k.zh}`,
    `named .${printable(ext)} but the content is ${k.en}`,
  );
}

/** Extracts the text of one attachment; never throws for bad input. */
export async function extractText(
  bytes: Buffer,
  fileName: string,
  limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
): Promise<Extraction> {
  const kind = sniff(bytes);
  const expected = expectedKind(fileName);
  switch (expected) {
    case 'pdf':
      if (kind === 'pdf') return extractPdf(bytes, limits);
      if (kind === 'unknown' || kind === 'text')
        return note(
          'corrupt',
          '不是有效的 PDF 文件（缺少 %PDF- 文件头）',
          'not a valid PDF (no %PDF- header)',
        );
      return mislabelled(fileName, kind);
    case 'docx':
      if (kind === 'zip') return extractDocx(bytes, limits);
      if (kind === 'cfb') {
        return isEncryptedOffice(bytes)
          ? note(
              'encrypted',
              'Word 文档已加密（需要密码），无法核对文字',
              'the Word document is encrypted (password required); text cannot be checked',
            )
          : mislabelled(fileName, kind);
      }
      if (kind === 'unknown' || kind === 'text')
        return note('corrupt', '不是有效的 Word(.docx) 文件', 'not a valid Word (.docx) file');
      return mislabelled(fileName, kind);
    case 'image':
      if (IMAGE_KINDS.has(kind))
        return note(
          'scanned',
          '图片文件，没有文字层，文字无法核对',
          'an image file without a text layer; its text cannot be checked',
        );
      if (kind === 'unknown') return note('corrupt', '不是有效的图片文件', 'not a valid image file');
      return mislabelled(fileName, kind);
    case 'text':
      if (kind === 'text') return cut(bytes.toString('utf8'), limits);
      return mislabelled(fileName, kind);
    default:
      return note(
        'unsupported',
        '不支持提取此类文件的文字（支持 .docx、.pdf）',
        'text extraction is not supported for this file type (.docx and .pdf are)',
      );
  }
}
