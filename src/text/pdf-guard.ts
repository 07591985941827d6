/**
 * A PDF decompression-bomb check, run before pdf.js sees the file. pdf.js decodes content, font and object
 * streams into ArrayBuffers, which the worker's heap limit does not cover: a 1 MiB PDF holding one Flate
 * stream of 1 GiB of spaces took 13 s and 3 GiB of memory.
 *
 * Every stream's declared filter chain (/FlateDecode, /ASCIIHexDecode, /ASCII85Decode, /RunLengthDecode,
 * /LZWDecode, in order, any length) is decoded here with an output bound, and zlib data found in the output
 * (Flate hidden inside Flate) is followed to any depth; everything counts towards one budget for the file.
 * Filters pdf.js does not run for text (/DCTDecode, /JPXDecode, …) end a chain.
 *
 * Image streams are skipped (text extraction does not decode them, and a colour scan legitimately expands to
 * hundreds of MiB) — but only a real one: a stream that says `/Subtype /Image` and is also used as page
 * content, a font file or an object stream is decoded like any other (pdf.js decodes it by its use).
 */
import { zlib } from '../lazy.js';

export interface PdfGuardLimits {
  /** total decoded bytes of the streams text extraction would decode */
  maxDecodedBytes: number;
}

/** 128 MiB: a 500-page text PDF decodes to a few tens of MiB of content and fonts */
export const DEFAULT_PDF_GUARD_LIMITS: PdfGuardLimits = { maxDecodedBytes: 128 * 1024 * 1024 };

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

export type PdfGuardResult = { ok: true; decodedBytes: number } | { ok: false; decodedBytes: number };

/** over budget */
const OVER = Symbol('over budget');
type Decoded = Buffer | typeof OVER | undefined; // undefined: cannot decode (damaged, or a filter not run)

function isZlibHeader(b: Uint8Array, at = 0): boolean {
  const cmf = b[at];
  const flg = b[at + 1];
  if (cmf === undefined || flg === undefined) return false;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0;
}

function flate(data: Buffer, budget: number): Decoded {
  try {
    return zlib().inflateSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return OVER;
    return undefined; // damaged: pdf.js will report it (or skip it)
  }
}

function asciiHex(data: Buffer): Decoded {
  const text = data.toString('latin1');
  const end = text.indexOf('>');
  const hex = (end >= 0 ? text.slice(0, end) : text).replace(/[^0-9a-fA-F]/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

function ascii85(data: Buffer, budget: number): Decoded {
  const text = data.toString('latin1').replace(/^\s*<~/, '');
  const end = text.indexOf('~>');
  const body = (end >= 0 ? text.slice(0, end) : text).replace(/\s/g, '');
  const out: number[] = [];
  let group: number[] = [];
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0);
    } else {
      const v = ch.charCodeAt(0) - 33;
      if (v < 0 || v > 84) return undefined;
      group.push(v);
      if (group.length === 5) {
        let n = 0;
        for (const g of group) n = n * 85 + g;
        out.push((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
        group = [];
      }
    }
    if (out.length > budget) return OVER;
  }
  if (group.length > 1) {
    const size = group.length - 1;
    while (group.length < 5) group.push(84);
    let n = 0;
    for (const g of group) n = n * 85 + g;
    out.push(...[(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].slice(0, size));
  }
  return Buffer.from(out);
}

function runLength(data: Buffer, budget: number): Decoded {
  const chunks: Buffer[] = [];
  let size = 0;
  for (let i = 0; i < data.length;) {
    const n = data[i] ?? 128;
    if (n === 128) break;
    const chunk = n < 128 ? data.subarray(i + 1, i + 2 + n) : Buffer.alloc(257 - n, data[i + 1] ?? 0);
    i += n < 128 ? n + 2 : 2;
    size += chunk.length;
    if (size > budget) return OVER;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** LZW as in PDF (early change 1): a 12-bit code can emit ~4 KiB, so it is bounded like Flate */
function lzw(data: Buffer, budget: number): Decoded {
  const chunks: Buffer[] = [];
  let size = 0;
  let table: Buffer[] = [];
  const reset = () => {
    table = Array.from({ length: 258 }, (_, i) => Buffer.from([i & 255]));
  };
  reset();
  let width = 9;
  let bits = 0;
  let acc = 0;
  let prev: Buffer | undefined;
  for (const byte of data) {
    acc = ((acc << 8) | byte) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (acc >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        reset();
        width = 9;
        prev = undefined;
        continue;
      }
      if (code === 257) return Buffer.concat(chunks);
      let entry = table[code];
      if (!entry) {
        if (!prev || code !== table.length) return undefined;
        entry = Buffer.concat([prev, prev.subarray(0, 1)]);
      }
      if (prev && table.length < 4096) table.push(Buffer.concat([prev, entry.subarray(0, 1)]));
      size += entry.length;
      if (size > budget) return OVER;
      chunks.push(entry);
      prev = entry;
      if (table.length + 1 >= 1 << width && width < 12) width++;
    }
  }
  return Buffer.concat(chunks);
}

const DECODERS: Record<string, (data: Buffer, budget: number) => Decoded> = {
  FlateDecode: flate,
  Fl: flate,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
  RunLengthDecode: runLength,
  RL: runLength,
  LZWDecode: lzw,
  LZW: lzw,
};

/**
 * Bytes the stream decodes to (every layer counted), or OVER. `data` runs from the stream's first byte to the end
 * of the file: Flate stops at the end of its zlib data, the text filters at their end markers or `endstream`.
 */
function decodedSize(data: Buffer, filters: string[], budget: number): number | typeof OVER {
  let total = 0;
  let current = data;
  let i = 0;
  for (;;) {
    const name = filters[i];
    let decoder = name === undefined ? undefined : DECODERS[name];
    if (name === undefined) {
      // the declared chain is done; zlib data inside the output is followed too, to any depth
      if (i === 0 || !isZlibHeader(current)) return total;
      decoder = flate;
    } else if (!decoder) return total; // a filter text extraction does not run (images)
    if (name !== undefined && name !== 'FlateDecode' && name !== 'Fl') {
      const end = current.indexOf(END_STREAM);
      if (i === 0 && end >= 0) current = current.subarray(0, end);
    }
    const out = decoder(current, budget - total);
    if (out === OVER) return OVER;
    if (out === undefined) return total;
    total += out.length;
    if (total > budget) return OVER;
    current = out;
    i++;
    if (i > filters.length + 64 && out.length === 0) return total;
  }
}

/** the dictionary text before a `stream` keyword (from its object header) */
function dictionaryBefore(pdf: Buffer, streamKeyword: number): string {
  const from = Math.max(0, streamKeyword - 4096);
  const head = pdf.toString('latin1', from, streamKeyword);
  const obj = head.lastIndexOf(' obj');
  return obj >= 0 ? head.slice(obj) : head;
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/.exec(dict);
  if (!m?.[1]) return [];
  return [...m[1].matchAll(/\/([^\s/[\]<>()]+)/g)].map((x) => x[1] ?? '');
}

function objectNumber(pdf: Buffer, streamKeyword: number): string | undefined {
  const from = Math.max(0, streamKeyword - 4096);
  const head = pdf.toString('latin1', from, streamKeyword);
  const all = [...head.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)];
  const last = all[all.length - 1];
  return last ? `${last[1]} ${last[2]}` : undefined;
}

/** object references used as page content, font files or object streams (where pdf.js decodes by use) */
function referencesByUse(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/\/(?:Contents|FontFile[23]?)\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/g)) {
    for (const r of (m[1] ?? '').matchAll(/(\d+)\s+(\d+)\s+R/g)) into.add(`${r[1]} ${r[2]}`);
  }
}

interface StreamAt {
  start: number;
  filters: string[];
  image: boolean;
  id: string | undefined;
}

function streams(pdf: Buffer): StreamAt[] {
  const out: StreamAt[] = [];
  for (let at = pdf.indexOf(STREAM); at >= 0; at = pdf.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] === 0x0a) start++;
    const dict = dictionaryBefore(pdf, at);
    let filters = filtersOf(dict);
    // a stream without a declared filter is still followed when it holds zlib data (old writers, tricks)
    if (filters.length === 0 && isZlibHeader(pdf, start)) filters = ['FlateDecode'];
    if (filters.length === 0) continue;
    const image = /\/Subtype\s*\/Image\b/.test(dict) && !/\/Type\s*\/ObjStm\b/.test(dict);
    out.push({ start, filters, image, id: objectNumber(pdf, at) });
  }
  return out;
}

export function checkPdfStreams(
  pdf: Buffer,
  limits: PdfGuardLimits = DEFAULT_PDF_GUARD_LIMITS,
): PdfGuardResult {
  let decoded = 0;
  const used = new Set<string>();
  referencesByUse(pdf.toString('latin1'), used);
  const found = streams(pdf);
  const decode = (s: StreamAt): boolean => {
    const size = decodedSize(pdf.subarray(s.start), s.filters, limits.maxDecodedBytes - decoded);
    if (size === OVER) return false;
    decoded += size;
    return true;
  };
  for (const s of found.filter((x) => !x.image)) if (!decode(s)) return { ok: false, decodedBytes: decoded };
  // page dictionaries inside compressed object streams name their contents there
  for (const s of found.filter((x) => !x.image && x.filters.length > 0)) {
    const dict = dictionaryBefore(pdf, s.start);
    if (!/\/Type\s*\/ObjStm\b/.test(dict)) continue;
    const out = flateChain(pdf.subarray(s.start), s.filters, limits.maxDecodedBytes);
    if (out) referencesByUse(out.toString('latin1'), used);
  }
  for (const s of found.filter((x) => x.image && x.id !== undefined && used.has(x.id)))
    if (!decode(s)) return { ok: false, decodedBytes: decoded };
  return { ok: true, decodedBytes: decoded };
}

/** the decoded bytes of an object stream (already checked against the budget above) */
function flateChain(data: Buffer, filters: string[], budget: number): Buffer | undefined {
  let current = data;
  for (const name of filters) {
    const decoder = DECODERS[name];
    if (!decoder) return undefined;
    const out = decoder(current, budget);
    if (!(out instanceof Buffer)) return undefined;
    current = out;
  }
  return current;
}
