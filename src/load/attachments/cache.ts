/**
 * The extracted-text cache: one JSON file per content hash, in a folder the caller chooses. Safe to lose: any
 * unreadable or malformed entry is ignored and rebuilt; writes are atomic (temporary file, then rename) and their
 * failures are ignored. The case folder is never written to.
 */
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Extraction } from '../../text/extract.js';
import { EXTRACTOR_VERSION } from '../../text/extract.js';

/** $XDG_CACHE_HOME/caselint, else node_modules/.cache/caselint above the working directory, else the OS temp folder. */
export function defaultCacheDir(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'caselint');
  let dir = cwd;
  for (;;) {
    if (existsSync(join(dir, 'node_modules'))) return join(dir, 'node_modules', '.cache', 'caselint');
    const parent = dirname(dir);
    if (parent === dir) return join(tmpdir(), 'caselint-cache');
    dir = parent;
  }
}

function entryPath(cacheDir: string, sha256: string): string {
  return join(cacheDir, `text-v${EXTRACTOR_VERSION}`, sha256.slice(0, 2), `${sha256}.json`);
}

const STATUSES = new Set([
  'ok',
  'scanned',
  'unsupported',
  'encrypted',
  'corrupt',
  'mislabelled',
  'too-large',
  'bomb',
]);

function isExtraction(v: unknown): v is Extraction {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  if (typeof o.textStatus !== 'string' || !STATUSES.has(o.textStatus)) return false;
  if (o.text !== undefined && typeof o.text !== 'string') return false;
  if (o.textNote !== undefined) {
    const n = o.textNote as Record<string, unknown> | null;
    if (typeof n !== 'object' || n === null || typeof n.zh !== 'string' || typeof n.en !== 'string')
      return false;
  }
  return true;
}

export async function readCached(cacheDir: string, sha256: string): Promise<Extraction | undefined> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(entryPath(cacheDir, sha256), 'utf8'));
    return isExtraction(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function writeCached(cacheDir: string, sha256: string, value: Extraction): Promise<void> {
  // a timeout depends on the machine's load, not on the content: never cache it
  if (value.textStatus === 'corrupt' && /timed out|did not finish|crashed/.test(value.textNote?.en ?? ''))
    return;
  const path = entryPath(cacheDir, sha256);
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await fsp.mkdir(dirname(path), { recursive: true });
    await fsp.writeFile(tmp, JSON.stringify(value));
    await fsp.rename(tmp, path);
  } catch {
    // the cache is an optimisation only
  }
}
