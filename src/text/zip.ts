/**
 * A small, strict reader of a zip's central directory, used before any .docx is handed to mammoth: it refuses
 * zip bombs (total uncompressed size, compression ratio, entry count, overlapping entries), nested archives,
 * encrypted entries and ZIP64, and inflates single entries with a hard output bound.
 */
import type { Msg } from '../engine/types.js';
import { printable } from './printable.js';
import { zlib } from '../lazy.js';

export interface ZipLimits {
  /** most entries a document may hold (a .docx has a few dozen) */
  maxEntries: number;
  /** sum of the declared uncompressed sizes, bytes */
  maxTotalUncompressed: number;
  /** one entry's declared uncompressed size, bytes */
  maxEntryUncompressed: number;
  /** uncompressed / compressed, checked for entries above `ratioFloor` bytes and for the whole archive */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxEntryUncompressed: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioFloor: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

export type ZipInspection =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; status: 'bomb' | 'corrupt' | 'encrypted' | 'unsupported'; note: Msg };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const NESTED_ARCHIVE = /\.(zip|jar|docx|xlsx|pptx|odt|ods|7z|rar|gz|tgz|bz2|xz|tar|cab)$/i;

function fail(
  status: 'bomb' | 'corrupt' | 'encrypted' | 'unsupported',
  zh: string,
  en: string,
): ZipInspection {
  return { ok: false, status, note: { zh, en } };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

export function inspectZip(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipInspection {
  if (buf.length < 22)
    return fail('corrupt', '压缩包过短，不是完整的 zip 文件', 'too short to be a zip file');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0)
    return fail(
      'corrupt',
      '找不到 zip 中央目录（文件已损坏或被截断）',
      'no zip central directory (damaged or truncated)',
    );
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    return fail('unsupported', '不支持 ZIP64 格式的文书', 'ZIP64 documents are not supported');
  }
  if (count > limits.maxEntries) {
    return fail(
      'bomb',
      `压缩包条目过多（${count} 个，上限 ${limits.maxEntries}）`,
      `too many zip entries (${count}, limit ${limits.maxEntries})`,
    );
  }
  if (cdOffset + cdSize > eocd)
    return fail('corrupt', 'zip 中央目录位置无效', 'zip central directory out of bounds');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let pos = cdOffset;
  let total = 0;
  let totalCompressed = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > eocd || buf.readUInt32LE(pos) !== CENTRAL)
      return fail('corrupt', 'zip 中央目录条目损坏', 'damaged zip central directory entry');
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const uncompressedSize = buf.readUInt32LE(pos + 24);
    const nameLength = buf.readUInt16LE(pos + 28);
    const extraLength = buf.readUInt16LE(pos + 30);
    const commentLength = buf.readUInt16LE(pos + 32);
    const localHeaderOffset = buf.readUInt32LE(pos + 42);
    const name = buf.toString('utf8', pos + 46, pos + 46 + nameLength);
    pos += 46 + nameLength + extraLength + commentLength;
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      return fail('unsupported', '不支持 ZIP64 格式的文书', 'ZIP64 documents are not supported');
    }
    if (names.has(name))
      return fail('corrupt', `zip 中有重复条目 ${printable(name)}`, `duplicate zip entry ${printable(name)}`);
    names.add(name);
    const entry = {
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    };
    if (entry.encrypted)
      return fail(
        'encrypted',
        `文书已加密（条目 ${printable(name)}）`,
        `the document is encrypted (entry ${printable(name)})`,
      );
    if (method !== 0 && method !== 8)
      return fail(
        'unsupported',
        `不支持的压缩方式 ${method}（${printable(name)}）`,
        `unsupported compression method ${method} (${printable(name)})`,
      );
    if (NESTED_ARCHIVE.test(name)) {
      return fail(
        'bomb',
        `文书中嵌套了压缩包 ${printable(name)}，出于安全考虑不予解析`,
        `nested archive ${printable(name)} inside the document; refused for safety`,
      );
    }
    if (uncompressedSize > limits.maxEntryUncompressed) {
      return fail(
        'bomb',
        `条目 ${printable(name)} 解压后 ${uncompressedSize} 字节，超过上限`,
        `entry ${printable(name)} expands to ${uncompressedSize} bytes, above the limit`,
      );
    }
    if (
      uncompressedSize > limits.ratioFloor &&
      uncompressedSize > limits.maxRatio * Math.max(1, compressedSize)
    ) {
      return fail(
        'bomb',
        `条目 ${printable(name)} 压缩比异常（超过 ${limits.maxRatio}:1），疑似压缩炸弹`,
        `entry ${printable(name)} has a compression ratio above ${limits.maxRatio}:1 (zip bomb)`,
      );
    }
    total += uncompressedSize;
    totalCompressed += compressedSize;
    if (total > limits.maxTotalUncompressed) {
      return fail(
        'bomb',
        `解压后总大小超过 ${limits.maxTotalUncompressed} 字节，疑似压缩炸弹`,
        `total uncompressed size above ${limits.maxTotalUncompressed} bytes (zip bomb)`,
      );
    }
    entries.push(entry);
  }
  if (total > limits.ratioFloor && total > limits.maxRatio * Math.max(1, totalCompressed)) {
    return fail(
      'bomb',
      `整体压缩比超过 ${limits.maxRatio}:1，疑似压缩炸弹`,
      `overall compression ratio above ${limits.maxRatio}:1 (zip bomb)`,
    );
  }
  // overlapping entries are the trick of non-recursive zip bombs: every entry's data must be its own
  const byOffset = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 0; i < byOffset.length; i++) {
    const e = byOffset[i] as ZipEntry;
    const start = dataStart(buf, e);
    if (start === undefined || start + e.compressedSize > cdOffset) {
      return fail(
        'corrupt',
        `条目 ${printable(e.name)} 的本地文件头损坏`,
        `damaged local header of entry ${printable(e.name)}`,
      );
    }
    const lie = localHeaderMismatch(buf, e);
    if (lie) {
      return fail(
        'bomb',
        `条目 ${printable(e.name)} 的本地文件头与中央目录不一致（${lie}），疑似伪造的压缩包`,
        `the local header of entry ${printable(e.name)} disagrees with the central directory (${lie}); a forged archive`,
      );
    }
    const next = byOffset[i + 1];
    if (next && start + e.compressedSize > next.localHeaderOffset) {
      return fail(
        'bomb',
        `条目 ${printable(e.name)} 与 ${printable(next.name)} 的数据重叠，疑似压缩炸弹`,
        `entries ${printable(e.name)} and ${printable(next.name)} overlap (zip bomb)`,
      );
    }
  }
  return { ok: true, entries };
}

/**
 * Readers differ on which header they trust, so a bomb can declare small sizes in one and inflate by the other:
 * the local header must repeat the central directory's method, name and (unless sizes follow the data in a
 * descriptor, flag bit 3) sizes.
 */
function localHeaderMismatch(buf: Buffer, e: ZipEntry): string | undefined {
  const at = e.localHeaderOffset;
  const flags = buf.readUInt16LE(at + 6);
  if (buf.readUInt16LE(at + 8) !== e.method) return 'method';
  const nameLength = buf.readUInt16LE(at + 26);
  if (buf.toString('utf8', at + 30, at + 30 + nameLength) !== e.name) return 'name';
  if ((flags & 8) === 0) {
    if (buf.readUInt32LE(at + 18) !== e.compressedSize) return 'compressed size';
    if (buf.readUInt32LE(at + 22) !== e.uncompressedSize) return 'uncompressed size';
  }
  return undefined;
}

function dataStart(buf: Buffer, e: ZipEntry): number | undefined {
  const at = e.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return undefined;
  return at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
}

/** The entry's bytes, inflated with an output bound of its declared size; throws on any mismatch. */
export function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const start = dataStart(buf, e);
  if (start === undefined) throw new Error(`damaged local header of ${printable(e.name)}`);
  const raw = buf.subarray(start, start + e.compressedSize);
  const out =
    e.method === 0 ? raw : zlib().inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  if (out.length !== e.uncompressedSize) throw new Error(`size mismatch in ${printable(e.name)}`);
  return out;
}
