/**
 * Finding cases. A folder that holds case.yaml / case.yml / case.json is a case (its subfolders are its
 * attachments and are not searched). Any other folder is searched below, skipping node_modules, .git, dot-folders
 * and the patterns of `.caselintignore` files in the working directory and in each folder given. A missing path, or a folder (given or found)
 * with files but no case file anywhere below it, is a located `no-case-file` error. A file path given directly is
 * taken as a case file.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Discovery, LoadError } from './types.js';
import { ignoredBy, readIgnoreFile } from './ignore.js';
import type { IgnoreFile } from './ignore.js';

export const CASE_FILE_NAMES = ['case.yaml', 'case.yml', 'case.json'] as const;
const CASE_FILE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function noCaseFile(file: string, zh: string, en: string): LoadError {
  return { file, line: 1, column: 1, code: 'no-case-file', message: { zh, en }, severity: 'error' };
}

interface Walk {
  targets: string[];
  /** topmost folders below the root with files but no case file below them */
  barren: string[];
  hasFiles: boolean;
}

/**
 * A case file that is a symbolic link is followed when it leads to a regular file inside its own folder (a
 * `case.yaml` → `case-2021.yaml` link); a link leading out of the folder is not a case file of that folder.
 */
export async function caseFileLink(dir: string, name: string): Promise<'inside' | 'outside' | 'broken'> {
  try {
    const realDir = realpathSync.native(dir);
    const realFile = realpathSync.native(join(dir, name));
    const rel = relative(realDir, realFile);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return 'outside';
    return statSync(realFile).isFile() ? 'inside' : 'broken';
  } catch {
    return 'broken';
  }
}

/**
 * How many sibling folders are walked at once. Not all of them: the file system is read four at a time anyway
 * (libuv's threads), and 4,000 case folders walked at once kept every pending walk and folder listing alive together
 * — ~15 MiB that V8 moved to the old generation and the run then carried to its end, four times what 1,000 cases
 * left (issue 13, memory flat in the number of cases); 16 at a time is also faster (4,000 cases: ~180 ms, ~250–450 ms
 * all at once).
 */
const SIBLINGS_AT_ONCE = 16;

/** `fn` over the items with at most `limit` calls pending at once; the results in the items' order */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

async function walk(dir: string, ignore: IgnoreFile[]): Promise<Walk> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return { targets: [], barren: [], hasFiles: false };
  }
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  for (const e of entries) {
    if (
      e.isSymbolicLink() &&
      (CASE_FILE_NAMES as readonly string[]).includes(e.name) &&
      // a link out of the folder still makes it a case: loading reports the link (case-file-link)
      (await caseFileLink(dir, e.name)) !== 'broken'
    )
      names.add(e.name);
  }
  if (CASE_FILE_NAMES.some((n) => names.has(n))) return { targets: [dir], barren: [], hasFiles: true };
  const result: Walk = { targets: [], barren: [], hasFiles: false };
  const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const folders: string[] = [];
  for (const entry of sorted) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) || entry.name.startsWith('.')) continue;
      if (!ignoredBy(ignore, abs, true)) folders.push(abs);
    } else if (entry.isFile() && !entry.name.startsWith('.') && !ignoredBy(ignore, abs, false)) {
      result.hasFiles = true;
    }
  }
  // Sibling folders are read concurrently, a few at a time; the results keep the sorted order.
  const children = await mapLimited(folders, SIBLINGS_AT_ONCE, (abs) => walk(abs, ignore));
  children.forEach((child, i) => {
    result.targets.push(...child.targets);
    if (child.targets.length === 0 && child.hasFiles) result.barren.push(folders[i] ?? '');
    else result.barren.push(...child.barren);
    result.hasFiles ||= child.hasFiles;
  });
  return result;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * A path argument that is not a file or folder but holds glob characters is expanded by caselint (as ESLint does
 * for a quoted glob); matches are sorted. A pattern that matches nothing is reported like a missing path.
 */
async function expandGlobs(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const given of paths) {
    if (!GLOB_CHARS.test(given) || (await exists(resolve(cwd, given)))) {
      out.push(given);
      continue;
    }
    const { glob } = await import('tinyglobby');
    const matches = await glob(given, {
      cwd,
      onlyFiles: false,
      absolute: true,
      dot: false,
      ignore: ['**/node_modules/**', '**/.git/**'],
    });
    if (matches.length === 0) {
      out.push(given);
      continue;
    }
    // a folder's contents are searched anyway: keep the topmost matches, and of files only case files
    const found = matches.map((m) => m.replace(/\/+$/, '')).sort();
    const folders = new Set(matches.filter((m) => m.endsWith('/')).map((m) => m.replace(/\/+$/, '')));
    const insideAnother = (m: string) => [...folders].some((f) => f !== m && m.startsWith(`${f}/`));
    out.push(
      ...found.filter(
        (m) =>
          !insideAnother(m) &&
          (folders.has(m) || (CASE_FILE_NAMES as readonly string[]).includes(basename(m))),
      ),
    );
  }
  return out;
}

async function exists(abs: string): Promise<boolean> {
  try {
    statSync(abs);
    return true;
  } catch {
    return false;
  }
}

export async function discoverCases(given: string[], cwd: string): Promise<Discovery> {
  const targets = new Set<string>();
  const errors: LoadError[] = [];
  const cwdIgnore: IgnoreFile = { base: cwd, rules: await readIgnoreFile(cwd) };
  const paths = await expandGlobs(given, cwd);
  for (const given of paths) {
    const abs = resolve(cwd, given);
    const shown = displayPath(abs, cwd);
    let info;
    try {
      info = statSync(abs);
    } catch {
      errors.push(noCaseFile(shown, `路径不存在：${given}`, `no such file or folder: ${given}`));
      continue;
    }
    if (info.isFile()) {
      if (CASE_FILE_EXTENSIONS.has(extname(abs).toLowerCase())) targets.add(abs);
      else {
        errors.push(
          noCaseFile(
            shown,
            `${basename(abs)} 不是案卷文件；案卷文件应为 case.yaml 或 case.json`,
            `${basename(abs)} is not a case file; a case file is case.yaml or case.json`,
          ),
        );
      }
      continue;
    }
    const ignore = abs === cwd ? [cwdIgnore] : [cwdIgnore, { base: abs, rules: await readIgnoreFile(abs) }];
    const found = await walk(abs, ignore);
    if (found.targets.length === 0) {
      errors.push(
        noCaseFile(
          shown,
          `文件夹 ${shown} 及其子文件夹中没有案卷文件（case.yaml 或 case.json）`,
          `no case file (case.yaml or case.json) in the folder ${shown} or below it`,
        ),
      );
      continue;
    }
    for (const t of found.targets) targets.add(t);
    for (const b of found.barren) {
      const bShown = displayPath(b, cwd);
      errors.push(
        noCaseFile(
          bShown,
          `文件夹 ${bShown} 中有文件，但没有案卷文件（case.yaml 或 case.json）；如不需检查，请写入 .caselintignore`,
          `the folder ${bShown} holds files but no case file (case.yaml or case.json); list it in .caselintignore if it is not a case`,
        ),
      );
    }
  }
  return { targets: [...targets].sort(), errors };
}
