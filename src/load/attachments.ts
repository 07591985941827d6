/**
 * Attachment facts, prepared once per case before the document rules run (rules never read files).
 *
 * For every `documents[]` entry with a `file`: the path must be relative and stay inside the case folder (no
 * absolute path, no `..`, no symlink leading out: checked on the realpath), the file must exist, be a regular
 * non-empty file within the size limit (default 50 MiB, `maxBytes`), checked on the one open handle it is read
 * from; its sha256 is computed while reading, and its text is extracted (when `extractText` is on) from those
 * same bytes through src/text, memoised in memory and cached on disk by content hash. Files in the folder that
 * no entry lists go to `unlisted`. Nothing is ever written to the case folder (nor the cache, if it lies there).
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  lstatSync,
  realpathSync,
  type Dirent,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { AttachmentIndex, AttachmentInfo, Msg } from '../engine/types.js';
import type { Case } from '../model/case.js';
import type { DocumentData } from '../model/case-data.js';
import { DEFAULT_EXTRACT_LIMITS, extractText, type Extraction, type ExtractLimits } from '../text/extract.js';
import { defaultCacheDir, readCached, writeCached } from './attachments/cache.js';
import { printable } from '../text/printable.js';

/** Default per-attachment size limit: 50 MiB (a scanned decision is a few MiB; larger files are suspect). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface PrepareOptions {
  maxBytes?: number;
  /** where extracted texts are cached by content hash; false disables the cache */
  cacheDir?: string | false;
  /** extract texts (default true) */
  extractText?: boolean;
  limits?: Partial<ExtractLimits>;
}

/** Names never reported as unlisted: the case file, editor and OS litter. */
const CASE_FILES = new Set(['case.yaml', 'case.yml', 'case.json']);
const IGNORED = [
  /^\./,
  /^~\$/,
  /^Thumbs\.db$/i,
  /^desktop\.ini$/i,
  /^node_modules$/,
  /^caselint\.config\.ya?ml$/,
];
const MAX_WALK_ENTRIES = 10_000;
const MAX_WALK_DEPTH = 8;

/** documents[].file as a normalised relative path (`./a\\b.pdf` → `a/b.pdf`), or undefined if it leaves the folder */
export function normaliseRelative(file: string): string | undefined {
  if (file === '' || isAbsolute(file) || /^[a-zA-Z]:/.test(file) || /^[\\/]/.test(file)) return undefined;
  const parts = file.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  // '..' or '../x' leaves the folder; a file named '..决定书.pdf' does not
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function isInsideOrSame(root: string, target: string): boolean {
  return relative(root, target) === '' || isInside(root, target);
}

/** the real path of a path that may not exist yet: its nearest existing ancestor, resolved, plus the rest */
async function realAncestor(path: string): Promise<string> {
  let rest = '';
  let at = path;
  for (;;) {
    try {
      return join(realpathSync.native(at), rest);
    } catch {
      const parent = dirname(at);
      if (parent === at) return path;
      rest = join(basename(at), rest);
      at = parent;
    }
  }
}

interface ReadResult {
  sha256: string;
  bytes?: Buffer;
  size: number;
  tooLarge: boolean;
}

type Unreadable = { unreadable: Msg };

const NOT_A_FILE: Msg = {
  zh: '不是普通文件（目录、管道、设备或套接字），不予读取',
  en: 'not a regular file (a folder, pipe, device or socket); not read',
};

/**
 * Opens the resolved path once (no symlink follow, non-blocking so a FIFO swapped in cannot hang the open),
 * checks on the open handle that it is a regular file within the limit, and hashes while reading from that
 * same handle: the bytes hashed are the bytes extracted, even if the file is replaced or changed meanwhile.
 */
async function readAttachment(
  path: string,
  keep: boolean,
  maxBytes: number,
): Promise<ReadResult | Unreadable | { size: number; status: 'empty' | 'too-large' }> {
  // Synchronous calls on purpose: for small local files they cost a fraction of the promise API's round trips
  // through the thread pool, and several cases still overlap in worker threads.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { unreadable: NOT_A_FILE };
    if (st.size === 0) return { size: 0, status: 'empty' };
    if (st.size > maxBytes) return { size: st.size, status: 'too-large' };
    // the size stat gave plus one byte, to see that the file did not grow while it was read
    const buffer = Buffer.allocUnsafe(st.size + 1);
    let size = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, size, buffer.length - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size === buffer.length) break;
    }
    if (size !== st.size) {
      return {
        unreadable: {
          zh: `读取时文件大小由 ${st.size} 字节变为 ${size} 字节（文件正在被修改），请在文件稳定后重新检查`,
          en: `the file changed while being read (${st.size} → ${size} bytes); check again once it is stable`,
        },
      };
    }
    const bytes = buffer.subarray(0, size);
    return {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: keep ? bytes : undefined,
      size,
      tooLarge: false,
    };
  } finally {
    closeSync(fd);
  }
}

function unreadableNote(code: string | undefined): Msg {
  if (code === 'ELOOP')
    return { zh: '符号链接循环，无法解析路径', en: 'a symbolic-link loop; the path cannot be resolved' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有读取权限', en: 'no permission to read it' };
  if (code === 'EISDIR') return NOT_A_FILE;
  return { zh: `无法读取（${code ?? '未知错误'}）`, en: `cannot be read (${code ?? 'unknown error'})` };
}

async function inspect(
  doc: DocumentData & { file: string },
  realDir: string,
  opts: Required<Omit<PrepareOptions, 'limits'>> & { limits: ExtractLimits },
): Promise<AttachmentInfo> {
  const base: AttachmentInfo = { id: doc.id, file: doc.file, status: 'ok' };
  const rel = normaliseRelative(doc.file);
  if (rel === undefined) return { ...base, status: 'outside' };
  const keep = opts.extractText && !doc.scanned;
  let read: Awaited<ReturnType<typeof readAttachment>> | undefined;
  // A file directly in the (real) case folder needs no realpath: the open refuses a symbolic link (O_NOFOLLOW),
  // which then takes the resolving path below like any deeper file.
  if (!rel.includes('/') && constants.O_NOFOLLOW !== undefined) {
    try {
      read = await readAttachment(join(realDir, rel), keep, opts.maxBytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ...base, status: 'missing' };
      if (code !== 'ELOOP') return { ...base, status: 'unreadable', textNote: unreadableNote(code) };
    }
  }
  if (read === undefined) {
    let real: string;
    try {
      real = realpathSync.native(join(realDir, ...rel.split('/')));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, status: 'missing' };
      return { ...base, status: 'unreadable', textNote: unreadableNote(code) };
    }
    if (!isInside(realDir, real)) return { ...base, status: 'outside' };
    try {
      read = await readAttachment(real, keep, opts.maxBytes);
    } catch (e) {
      return { ...base, status: 'unreadable', textNote: unreadableNote((e as NodeJS.ErrnoException).code) };
    }
  }
  if ('unreadable' in read) return { ...base, status: 'unreadable', textNote: read.unreadable };
  if ('status' in read) return { ...base, status: read.status, size: read.size };
  if (read.tooLarge) return { ...base, status: 'too-large', size: read.size };
  const size = read.size;
  const info: AttachmentInfo = { ...base, size, sha256: read.sha256 };
  if (!opts.extractText) return info;
  if (doc.scanned) {
    return {
      ...info,
      textStatus: 'scanned',
      textNote: {
        zh: '案卷记录此文书为扫描件，文字无法核对',
        en: 'the case file records this document as a scan; its text cannot be checked',
      },
    };
  }
  const extraction = await cachedExtraction(read.sha256, read.bytes ?? Buffer.alloc(0), rel, opts);
  return { ...info, ...extraction };
}

/**
 * In-memory memo of extractions in this process, by the same key as the disk cache: identical files (the same
 * bytes listed twice, or in several cases of one run) are extracted once even with the disk cache off. Bounded
 * so that a long run over many cases does not keep every text.
 */
const MEMO_MAX = 256;
const memo = new Map<string, Promise<Extraction>>();

/** for tests and long-running hosts */
export function clearExtractionMemo(): void {
  memo.clear();
}

function remember(key: string, value: Promise<Extraction>): void {
  if (memo.size >= MEMO_MAX) {
    const oldest = memo.keys().next().value;
    if (oldest !== undefined) memo.delete(oldest);
  }
  memo.set(key, value);
}

/** The cache key: content hash, the extension (a .pdf holding a docx is mislabelled) and the limits applied. */
export function extractionKey(sha256: string, name: string, limits: ExtractLimits): string {
  return createHash('sha256')
    .update(sha256)
    .update('\0')
    .update(name.toLowerCase().split('.').at(-1) ?? '')
    .update('\0')
    .update(limitsText(limits))
    .digest('hex');
}

/** the limits that shape an extraction, as text (the same limits object serves a whole run: kept) */
const limitsTexts = new WeakMap<ExtractLimits, string>();
function limitsText(limits: ExtractLimits): string {
  let text = limitsTexts.get(limits);
  if (text === undefined) {
    const { timeoutMs: _timeout, ...contentLimits } = limits;
    text = JSON.stringify(contentLimits);
    limitsTexts.set(limits, text);
  }
  return text;
}

function cachedExtraction(
  sha256: string,
  bytes: Buffer,
  name: string,
  opts: { cacheDir: string | false; limits: ExtractLimits },
): Promise<Extraction> {
  const key = extractionKey(sha256, name, opts.limits);
  const known = memo.get(key);
  if (known) return known;
  const pending = (async (): Promise<Extraction> => {
    if (opts.cacheDir !== false) {
      const hit = await readCached(opts.cacheDir, key);
      if (hit) return hit;
    }
    let extraction: Extraction;
    try {
      extraction = await extractText(bytes, name, opts.limits);
    } catch (e) {
      // extractText answers bad input itself; this is caselint failing (e.g. the worker could not start):
      // one document is reported, the run goes on, and nothing is cached
      memo.delete(key);
      const why = printable(e instanceof Error ? e.message : String(e));
      return {
        textStatus: 'corrupt',
        textNote: {
          zh: `提取文字时内部出错：${why}`,
          en: `internal error while extracting the text: ${why}`,
        },
      };
    }
    if (opts.cacheDir !== false) await writeCached(opts.cacheDir, key, extraction);
    return extraction;
  })();
  remember(key, pending);
  return pending;
}

/** Files below the case folder (relative, `/`-separated), without following symlinks; nested case folders are skipped. */
export async function listCaseFolder(root: string): Promise<string[]> {
  return listCaseFolderSync(root);
}

/**
 * listCaseFolder without the promise (a small folder's listing costs less than a round trip to the thread pool);
 * `top`: the root's entries when the caller has already read them.
 */
export function listCaseFolderSync(root: string, top?: Dirent[]): string[] {
  const out: string[] = [];
  let budget = MAX_WALK_ENTRIES;
  function visit(dir: string, prefix: string, depth: number): void {
    let entries: Dirent[];
    try {
      entries = depth === 0 && top ? [...top] : readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (--budget < 0) return;
      if (IGNORED.some((re) => re.test(e.name))) continue;
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (depth >= MAX_WALK_DEPTH) continue;
        const sub = join(dir, e.name);
        let names: string[];
        try {
          names = readdirSync(sub);
        } catch {
          names = [];
        }
        if (names.some((n) => CASE_FILES.has(n))) continue; // another case
        visit(sub, rel, depth + 1);
      } else if (!(depth === 0 && CASE_FILES.has(e.name))) {
        out.push(rel);
      }
    }
  }
  visit(root, '', 0);
  return out;
}

export async function prepareAttachments(c: Case, options: PrepareOptions = {}): Promise<AttachmentIndex> {
  const opts: Required<Omit<PrepareOptions, 'limits'>> & { limits: ExtractLimits } = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    cacheDir: options.cacheDir ?? defaultCacheDir(),
    extractText: options.extractText ?? true,
    limits: options.limits ? { ...DEFAULT_EXTRACT_LIMITS, ...options.limits } : DEFAULT_EXTRACT_LIMITS,
  };
  const byId = new Map<string, AttachmentInfo>();
  const documents = (c.data.documents ?? []).filter(
    (d): d is DocumentData & { file: string } => typeof d.file === 'string',
  );
  let realDir: string;
  try {
    realDir = realpathSync.native(c.dir);
    if (!lstatSync(realDir).isDirectory()) throw new Error('not a folder');
  } catch {
    for (const d of documents) byId.set(d.id, { id: d.id, file: d.file, status: 'unreadable' });
    return { byId, unlisted: [] };
  }
  // the disk cache must never land in the case folder (a case folder holding node_modules, or XDG_CACHE_HOME in it)
  if (opts.cacheDir !== false && isInsideOrSame(realDir, await realAncestor(resolve(opts.cacheDir))))
    opts.cacheDir = false;
  // sequential: hashing is I/O-bound and extraction is serialised in one worker anyway
  for (const d of documents) byId.set(d.id, await inspect(d, realDir, opts));

  const listed = new Set(
    documents.map((d) => normaliseRelative(d.file)).filter((f): f is string => f !== undefined),
  );
  const unlisted = (await listCaseFolder(realDir)).filter((f) => !listed.has(f));
  return { byId, unlisted };
}
