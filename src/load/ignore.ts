/**
 * `.caselintignore`: one pattern a line, `#` comments, gitignore-like. A pattern without a slash matches a file
 * or folder name anywhere; a pattern with a slash is anchored at the folder holding the ignore file. `*` matches
 * within a name, `**` across folders, `?` one character; a trailing `/` matches folders only.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

export interface IgnoreRule {
  regex: RegExp;
  dirOnly: boolean;
}

function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        out += '.*';
        i++;
        if (glob[i + 1] === '/') i++;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

export function parseIgnore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const dirOnly = line.endsWith('/');
    const pattern = line.replace(/\/+$/, '');
    const anchored = pattern.includes('/');
    const body = globToRegex(pattern.replace(/^\//, ''));
    rules.push({ regex: new RegExp(anchored ? `^${body}(/.*)?$` : `(^|/)${body}(/.*)?$`), dirOnly });
  }
  return rules;
}

/** `relPath` is posix, relative to the folder of the ignore file. */
export function isIgnored(rules: IgnoreRule[], relPath: string, isDir: boolean): boolean {
  return rules.some((r) => (!r.dirOnly || isDir) && r.regex.test(relPath));
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
    return parseIgnore(await readFile(join(dir, '.caselintignore'), 'utf8'));
  } catch {
    return [];
  }
}
