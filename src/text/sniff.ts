/** What a file really is, from its first bytes (never from its name alone). */

export type SniffedKind =
  'pdf' | 'zip' | 'cfb' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'bmp' | 'webp' | 'text' | 'unknown';

export const IMAGE_KINDS: ReadonlySet<SniffedKind> = new Set(['png', 'jpeg', 'gif', 'tiff', 'bmp', 'webp']);

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

export function sniff(bytes: Uint8Array): SniffedKind {
  // %PDF- may follow a little junk; readers accept it within the first 1024 bytes
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (head.startsWith('BM')) return 'bmp';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  if (head.includes('%PDF-')) return 'pdf';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      sample.length < bytes.length ? trimPartialUtf8(sample) : sample,
    );
  } catch {
    return false;
  }
  return !sample.includes(0);
}

function trimPartialUtf8(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  // drop a multi-byte sequence cut off at the end of the sample
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = sample[end - i] ?? 0;
    if ((b & 0xc0) === 0xc0) return sample.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return sample.subarray(0, end);
}

/** The format a file name promises. */
export function expectedKind(fileName: string): 'pdf' | 'docx' | 'image' | 'text' | 'other' {
  const ext = fileName.toLowerCase().split('.').at(-1) ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (['png', 'jpg', 'jpeg', 'gif', 'tif', 'tiff', 'bmp', 'webp'].includes(ext)) return 'image';
  if (['txt', 'md'].includes(ext)) return 'text';
  return 'other';
}

/** An encrypted Office file is an OLE compound file holding an EncryptedPackage stream. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
