/**
 * `.caselintignore`: one pattern a line, `#` comments, gitignore-like. A pattern without a slash matches a file
 * or folder name anywhere; a pattern with a slash is anchored at the folder holding the ignore file. `*` matches
 * within a name, `**` across folders, `?` one character; a trailing `/` matches folders only.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export interface IgnoreRule {
  /** the pattern's path segments; `**` stands for any number of segments */
  segments: string[];
  /** a pattern without a slash matches at any depth */
  anchored: boolean;
  dirOnly: boolean;
}

/*
 * Matching is done here, segment by segment, with the greedy two-pointer wildcard algorithm: at most
 * O(pattern × name) steps per segment, whatever the pattern. Glob libraries that compile to a regular expression
 * (picomatch, minimatch) backtrack exponentially on `*a*a*a*a*a*a*a*a*a*a*a*a*b` against a long name: picomatch
 * 4.0.7 takes 1.8 s for a 30-character name and minutes for longer ones, so none is used.
 */

/** `*` any run of characters, `?` one character, anything else itself (one name, no slash) */
function matchName(pattern: string[], name: string[]): boolean {
  return wildcard(
    pattern,
    name,
    (c) => c === '*',
    (c, ch) => c === '?' || c === ch,
  );
}

/** the same algorithm one level up: a `**` segment matches any number of path segments, others exactly one */
function matchSegments(pattern: string[], path: string[]): boolean {
  const segments = pattern.map((seg) => ({ seg, chars: Array.from(seg) }));
  const names = path.map((seg) => Array.from(seg));
  return wildcard(
    segments,
    names,
    (s) => s.seg === '**',
    (s, name) => matchName(s.chars, name),
  );
}

/**
 * Greedy wildcard matching with one backtrack point (the last star): at most O(pattern × items) steps.
 * `isStar` marks pattern elements that match any run of items; `one` matches one element to one item.
 */
function wildcard<P, N>(
  pattern: P[],
  items: N[],
  isStar: (p: P) => boolean,
  one: (p: P, n: N) => boolean,
): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < items.length) {
    const c = pattern[p];
    const item = items[n] as N;
    if (c !== undefined && !isStar(c) && one(c, item)) {
      p++;
      n++;
    } else if (c !== undefined && isStar(c)) {
      star = p++;
      mark = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++mark;
    } else return false;
  }
  while (p < pattern.length && isStar(pattern[p] as P)) p++;
  return p === pattern.length;
}

export function parseIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const dirOnly = line.endsWith('/');
    const pattern = line.replace(/\/+$/, '');
    const anchored = pattern.includes('/');
    const segments = pattern
      .replace(/^\//, '')
      .split('/')
      .filter((seg) => seg !== '');
    if (segments.length === 0) continue;
    // what is ignored includes everything below it; an unanchored pattern matches at any depth
    rules.push({ segments: [...(anchored ? [] : ['**']), ...segments, '**'], anchored, dirOnly });
  }
  return rules;
}

/** `relPath` is posix, relative to the folder of the ignore file. */
export function isIgnored(rules: IgnoreRule[], relPath: string, isDir: boolean): boolean {
  const path = relPath.split('/').filter((seg) => seg !== '');
  return rules.some((r) => (!r.dirOnly || isDir) && matchSegments(r.segments, path));
}

/** The rules of one `.caselintignore`, with the folder its patterns are relative to. */
export interface IgnoreFile {
  base: string;
  rules: IgnoreRule[];
}

/** True when any ignore file whose folder contains `abs` ignores it. */
export function ignoredBy(files: IgnoreFile[], abs: string, isDir: boolean): boolean {
  return files.some((f) => {
    const rel = relative(f.base, abs);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    return isIgnored(f.rules, rel.split(sep).join('/'), isDir);
  });
}

export async function readIgnoreFile(dir: string): Promise<IgnoreRule[]> {
  try {
    const file = join(dir, '.caselintignore');
    // a pipe of that name would block the read
    if (!statSync(file).isFile()) return [];
    return parseIgnore(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
}
