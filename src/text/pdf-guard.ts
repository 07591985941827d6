/**
 * A PDF decompression-bomb check, run before pdf.js sees the file. pdf.js decodes content, font and object
 * streams into ArrayBuffers, which the worker's heap limit does not cover: a 1 MiB PDF holding one Flate
 * stream of 1 GiB of spaces took 13 s and 3 GiB of memory. Here every Flate (zlib) stream that text extraction
 * would decode is inflated with an output bound, counting towards one budget for the file; zlib data inside
 * the output (Flate over Flate) is followed a few levels down. Image streams are skipped: text extraction does
 * not decode them, and a colour scan legitimately expands to hundreds of MiB.
 */
import { inflateSync } from 'node:zlib';

export interface PdfGuardLimits {
  /** total decoded bytes of the non-image Flate streams */
  maxDecodedBytes: number;
}

/** 128 MiB: a 500-page text PDF decodes to a few tens of MiB of content and fonts */
export const DEFAULT_PDF_GUARD_LIMITS: PdfGuardLimits = { maxDecodedBytes: 128 * 1024 * 1024 };

const STREAM = Buffer.from('stream');
const MAX_NESTING = 3;

export type PdfGuardResult = { ok: true; decodedBytes: number } | { ok: false; decodedBytes: number };

function isZlibHeader(b: Uint8Array, at = 0): boolean {
  const cmf = b[at];
  const flg = b[at + 1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function isImageStream(pdf: Buffer, streamKeyword: number): boolean {
  const from = Math.max(0, streamKeyword - 4096);
  const head = pdf.toString('latin1', from, streamKeyword);
  const obj = head.lastIndexOf(' obj');
  const dict = obj >= 0 ? head.slice(obj) : head;
  return /\/Subtype\s*\/Image\b/.test(dict);
}

/** bytes inflated (bounded by `budget`), following zlib data nested in the output; undefined over budget */
function decodedSize(data: Buffer, budget: number, depth: number): number | undefined {
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError)
      return undefined;
    return 0; // not zlib data, or damaged: pdf.js will report it (or skip it)
  }
  let total = out.length;
  if (depth < MAX_NESTING && isZlibHeader(out)) {
    const inner = decodedSize(out, budget - total, depth + 1);
    if (inner === undefined) return undefined;
    total += inner;
  }
  return total <= budget ? total : undefined;
}

export function checkPdfStreams(
  pdf: Buffer,
  limits: PdfGuardLimits = DEFAULT_PDF_GUARD_LIMITS,
): PdfGuardResult {
  let decoded = 0;
  for (let at = pdf.indexOf(STREAM); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    if (!isZlibHeader(pdf, start) || isImageStream(pdf, at)) continue;
    const size = decodedSize(pdf.subarray(start), limits.maxDecodedBytes - decoded, 1);
    if (size === undefined) return { ok: false, decodedBytes: decoded };
    decoded += size;
  }
  return { ok: true, decodedBytes: decoded };
}
