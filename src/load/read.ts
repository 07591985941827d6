/**
 * Reading a case file: strict UTF-8 first (a UTF-8 BOM is stripped), and only when that fails GB18030 (a superset
 * of GBK, which Chinese Windows editors still write). UTF-16 is refused with a clear message.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type iconvModule from 'iconv-lite';
import type { LoadedCase, LoadError } from './types.js';

export interface ReadResult {
  text: string;
  encoding: LoadedCase['encoding'];
  warnings: LoadError[];
}

export type ReadOutcome = { ok: true; read: ReadResult } | { ok: false; error: LoadError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** a case file that cannot be read, located at its start */
function failure(file: string, code: string, zh: string, en: string): ReadOutcome {
  return { ok: false, error: { file, line: 1, column: 1, code, message: { zh, en }, severity: 'error' } };
}

export function decodeCaseBytes(bytes: Uint8Array, file: string): ReadOutcome {
  const fail = (code: string, zh: string, en: string): ReadOutcome => failure(file, code, zh, en);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      'encoding',
      '文件为 UTF-16 编码，请另存为 UTF-8',
      'the file is UTF-16 encoded; save it as UTF-8',
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return {
      ok: true,
      read: { text: utf8.decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8', warnings: [] },
    };
  } catch {
    if (hasBom) {
      return fail(
        'encoding',
        '文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8',
        'the file starts with a UTF-8 byte-order mark but is not valid UTF-8',
      );
    }
  }
  // iconv-lite is loaded only for the rare non-UTF-8 file.
  const iconv = createRequire(import.meta.url)('iconv-lite') as typeof iconvModule;
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030');
  return {
    ok: true,
    read: {
      text,
      encoding: 'gb18030',
      warnings: [
        {
          file,
          line: 1,
          column: 1,
          code: 'encoding',
          message: {
            zh: '文件不是 UTF-8 编码，已按 GBK/GB18030 读取；建议另存为 UTF-8',
            en: 'the file is not UTF-8; it was read as GBK/GB18030 — consider saving it as UTF-8',
          },
          severity: 'warning',
        },
      ],
    },
  };
}

/** A case file is a few tens of kilobytes; anything this large is not a case file (and is not read). */
export const MAX_CASE_FILE_BYTES = 10 * 1024 * 1024;

export async function readCaseFile(absFile: string, file: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const st = statSync(absFile);
    // a pipe or a device named case.yaml would block the read (or never end): refused before reading
    if (!st.isFile()) {
      return failure(
        file,
        'unreadable',
        '不是普通文件（管道、设备或套接字），不予读取',
        'not a regular file (a pipe, device or socket); not read',
      );
    }
    if (st.size > MAX_CASE_FILE_BYTES) {
      const mb = (st.size / 1024 / 1024).toFixed(1);
      return failure(
        file,
        'too-large',
        `文件过大（${mb} MB，上限 10 MB），不是案卷文件`,
        `the file is too large (${mb} MB, limit 10 MB) to be a case file`,
      );
    }
    bytes = readFileSync(absFile);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failure(file, 'unreadable', `无法读取文件：${reason}`, `cannot read the file: ${reason}`);
  }
  return decodeCaseBytes(bytes, file);
}
