/**
 * The per-case result cache (`--cache`, `--cache-location`, ESLint's semantics): one JSON file holding, for each
 * case, its result and what it was computed from — the case file's sha256, each attachment's sha256 (size and
 * mtime as the shortcut that spares re-hashing), the case folder's listing, and for a case still open the as-of
 * date. The whole file is keyed by the caselint version and build, the active rules with their severities and
 * options, the configuration and the working directory: any change there discards it. A corrupt or foreign cache
 * file is ignored and rebuilt; writes are atomic (temporary file, then rename). Case folders are never written.
 */
import { createHash } from 'node:crypto';
import { promises as fsp, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listCaseFolderSync } from '../load/attachments.js';
import type { Case } from '../model/case.js';
import { fromRoot } from '../paths.js';
import type { CaseResult } from './run-types.js';
import type { AttachmentIndex } from './types.js';
import type { CaseOutcome, LintEnv } from './run.js';
import type { Rule } from './types.js';

// 2: results carry the cross-case facts (CaseResult.facts)
const CACHE_FORMAT = 'caselint-result-cache/2';
/** the default file name, in the working directory (ESLint: .eslintcache) */
export const DEFAULT_CACHE_FILE = '.caselintcache';

export interface FileStamp {
  /** absolute path */
  path: string;
  /** false: the file did not exist */
  exists: boolean;
  size: number;
  mtimeMs: number;
  /** sha256 of the content, when it was hashed (attachments read by the document rules, the case file) */
  sha256?: string;
}

export interface CaseFingerprint {
  caseFile: FileStamp & { sha256: string };
  attachments: FileStamp[];
  /** the case folder's entries (top level), and every file below it when the document rules ran */
  names: string[];
  files?: string[];
  /** the findings depend on the as-of date (the case is not finally closed) */
  open: boolean;
}

interface Entry {
  fingerprint: CaseFingerprint;
  asOf: string;
  result: CaseResult;
}

interface CacheFile {
  format: string;
  settings: string;
  entries: Record<string, Entry>;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** the package version and the identity of the running build (a rebuilt bundle invalidates the cache) */
function buildIdentity(): string {
  let version = '?';
  try {
    version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // not found: the build stamp below still separates builds
  }
  try {
    const st = statSync(fileURLToPath(import.meta.url));
    return `${version}:${st.size}:${st.mtimeMs}`;
  } catch {
    return version;
  }
}

/** what every cached result of this run depends on besides the case itself */
export function cacheSettingsKey(env: LintEnv, rules: readonly Rule[]): string {
  const { asOf: _asOf, file: _file, ...config } = env.config;
  return sha256(
    JSON.stringify({
      build: buildIdentity(),
      cwd: env.cwd,
      config,
      rules: env.active.map((a) => [a.rule.meta.id, a.severity, a.configured, a.options]),
      known: rules.length,
      // waivers of known rules outside the run are not judged: a change in what the caller knows changes results
      knownRules: env.knownRules.map((r) => r.meta.id),
    }),
  );
}

const FINAL_STATUSES = new Set(['closed', 'archived', 'terminated']);

/** true when a rule may read the as-of date for this case: not finally closed, or closed without a decision date */
export function dependsOnAsOf(c: Case): boolean {
  return !FINAL_STATUSES.has(c.data.case.status) || c.dates.decided === undefined;
}

async function stamp(path: string): Promise<FileStamp> {
  try {
    const st = await fsp.stat(path);
    return { path, exists: true, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return { path, exists: false, size: 0, mtimeMs: 0 };
  }
}

/** the checks of a lookup are synchronous: thousands of stats cost less than their round trips to the thread pool */
function stampSync(path: string): FileStamp {
  try {
    const st = statSync(path);
    return { path, exists: true, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return { path, exists: false, size: 0, mtimeMs: 0 };
  }
}

async function sortedNames(dir: string): Promise<string[]> {
  try {
    return (await fsp.readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** What a case's result was computed from; taken right after linting it. */
export async function caseFingerprint(
  c: Case,
  absFile: string,
  attachments: AttachmentIndex | undefined,
): Promise<CaseFingerprint | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(absFile);
  } catch {
    return undefined;
  }
  const caseFile = { ...(await stamp(absFile)), sha256: sha256(bytes) };
  const stamps: FileStamp[] = [];
  let files: string[] | undefined;
  if (attachments) {
    const { normaliseRelative, listCaseFolder } = await import('../load/attachments.js');
    for (const info of attachments.byId.values()) {
      // an unreadable file may become readable without changing: such a case is not cached
      if (info.status === 'unreadable') return undefined;
      const rel = normaliseRelative(info.file);
      if (rel === undefined) continue; // outside the folder: decided by the path text alone
      const s = await stamp(join(c.dir, ...rel.split('/')));
      if (info.sha256) s.sha256 = info.sha256;
      stamps.push(s);
    }
    files = await listCaseFolder(c.dir);
  }
  const fp: CaseFingerprint = {
    caseFile,
    attachments: stamps,
    names: await sortedNames(c.dir),
    open: dependsOnAsOf(c),
  };
  if (files) fp.files = files;
  return fp;
}

function sameFile(recorded: FileStamp): boolean {
  const now = stampSync(recorded.path);
  if (now.exists !== recorded.exists) return false;
  if (!now.exists) return true;
  if (now.size === recorded.size && now.mtimeMs === recorded.mtimeMs) return true;
  if (recorded.sha256 === undefined || now.size !== recorded.size) return false;
  try {
    return sha256(readFileSync(recorded.path)) === recorded.sha256;
  } catch {
    return false;
  }
}

function isCacheFile(v: unknown, settings: string): v is CacheFile {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    o.format === CACHE_FORMAT &&
    o.settings === settings &&
    o.entries !== null &&
    typeof o.entries === 'object' &&
    !Array.isArray(o.entries)
  );
}

function isEntry(v: unknown): v is Entry {
  if (v === null || typeof v !== 'object') return false;
  const e = v as Partial<Entry>;
  const fp = e.fingerprint;
  return (
    typeof e.asOf === 'string' &&
    typeof e.result === 'object' &&
    e.result !== null &&
    Array.isArray(e.result.findings) &&
    typeof e.result.file === 'string' &&
    typeof fp === 'object' &&
    fp !== null &&
    typeof fp.caseFile?.sha256 === 'string' &&
    typeof fp.caseFile.path === 'string' &&
    Array.isArray(fp.attachments) &&
    fp.attachments.every((a) => typeof a?.path === 'string') &&
    Array.isArray(fp.names) &&
    (fp.files === undefined || Array.isArray(fp.files)) &&
    typeof fp.open === 'boolean'
  );
}

export class ResultCache {
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly settings: string,
    private readonly entries: Record<string, Entry>,
  ) {}

  /** reads the cache file; a missing, corrupt, foreign or outdated one gives an empty cache */
  static async open(file: string, settings: string): Promise<ResultCache> {
    let entries: Record<string, Entry> = {};
    try {
      const parsed: unknown = JSON.parse(await fsp.readFile(file, 'utf8'));
      if (isCacheFile(parsed, settings)) entries = parsed.entries;
    } catch {
      // no cache yet, or unreadable: start empty (it is rewritten at the end of the run)
    }
    return new ResultCache(file, settings, entries);
  }

  private static key(target: string, cwd: string): string {
    return resolve(cwd, target);
  }

  /** the cached outcome when nothing it depends on changed */
  lookup(target: string, cwd: string, asOf: string): CaseOutcome | undefined {
    const entry = this.freshEntry(target, cwd, asOf);
    if (entry === undefined) return undefined;
    return { result: structuredClone(entry.result), fatal: false, fingerprint: entry.fingerprint };
  }

  /** whether lookup() will find the case's result (checked once per run: lookup() does not check again) */
  has(target: string, cwd: string, asOf: string): boolean {
    return this.freshEntry(target, cwd, asOf) !== undefined;
  }

  private readonly checked = new Map<string, Entry | undefined>();

  private freshEntry(target: string, cwd: string, asOf: string): Entry | undefined {
    const key = ResultCache.key(target, cwd);
    if (this.checked.has(key)) return this.checked.get(key);
    const entry = this.check(key, asOf);
    this.checked.set(key, entry);
    return entry;
  }

  private check(key: string, asOf: string): Entry | undefined {
    const entry = this.entries[key];
    if (entry === undefined) return undefined;
    if (!isEntry(entry)) {
      delete this.entries[key];
      this.dirty = true;
      return undefined;
    }
    const fp = entry.fingerprint;
    if (fp.open && entry.asOf !== asOf) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(fp.caseFile.path);
    } catch {
      return undefined;
    }
    if (sha256(bytes) !== fp.caseFile.sha256) return undefined;
    const dir = resolve(fp.caseFile.path, '..');
    let top: Dirent[];
    try {
      top = readdirSync(dir, { withFileTypes: true });
    } catch {
      top = [];
    }
    const names = top.map((e) => e.name).sort();
    if (names.join('\0') !== fp.names.join('\0')) return undefined;
    for (const a of fp.attachments) if (!sameFile(a)) return undefined;
    if (fp.files && listCaseFolderSync(dir, top).join('\0') !== fp.files.join('\0')) return undefined;
    return entry;
  }

  store(target: string, cwd: string, outcome: CaseOutcome, asOf: string): void {
    if (!outcome.fingerprint || outcome.fatal) return;
    const { case: _case, ...result } = outcome.result;
    this.entries[ResultCache.key(target, cwd)] = { fingerprint: outcome.fingerprint, asOf, result };
    this.dirty = true;
  }

  /** writes the cache if anything changed; a failure to write is not an error of the run */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const body: CacheFile = { format: CACHE_FORMAT, settings: this.settings, entries: this.entries };
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      await fsp.writeFile(tmp, JSON.stringify(body));
      await fsp.rename(tmp, this.file);
    } catch {
      // read-only folder or similar: the next run simply starts cold
    }
  }
}
