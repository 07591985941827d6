/** Loading one case: find its file, read (encoding), parse (positions), validate (schema). Never throws. */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { CaseFileData } from '../model/case-data.js';
import type { LoadError, LoadResult } from './types.js';
import { CASE_FILE_NAMES, caseFileLink, displayPath } from './discover.js';
import { decodeCaseBytes, readCaseFile } from './read.js';
import { parseCaseText } from './parse.js';
import { validateForRules } from './validate.js';

async function findCaseFile(
  abs: string,
  cwd: string,
): Promise<{ dir: string; absFile: string; warnings: LoadError[] } | LoadError> {
  const shown = displayPath(abs, cwd);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    return {
      file: shown,
      line: 1,
      column: 1,
      code: 'no-case-file',
      message: { zh: `路径不存在：${shown}`, en: `no such file or folder: ${shown}` },
      severity: 'error',
    };
  }
  if (!isDir) return { dir: dirname(abs), absFile: abs, warnings: [] };
  let names: string[] = [];
  try {
    names = readdirSync(abs);
  } catch {
    names = [];
  }
  const listed = CASE_FILE_NAMES.filter((n) => names.includes(n));
  const links = await Promise.all(listed.map(async (n) => [n, await linkState(abs, n)] as const));
  const outside = links.find(([, state]) => state === 'outside');
  const present = links.filter(([, state]) => state !== 'outside').map(([n]) => n);
  const first = present[0];
  if (first === undefined && outside) {
    const shown = displayPath(join(abs, outside[0]), cwd);
    return {
      file: shown,
      line: 1,
      column: 1,
      code: 'case-file-link',
      message: {
        zh: `${shown} 是指向案卷文件夹之外的符号链接，不予读取；请把案卷文件放进文件夹内`,
        en: `${shown} is a symbolic link leading out of the case folder and is not read; put the case file inside the folder`,
      },
      severity: 'error',
    };
  }
  if (first === undefined) {
    return {
      file: shown,
      line: 1,
      column: 1,
      code: 'no-case-file',
      message: {
        zh: `文件夹 ${shown} 中没有案卷文件（case.yaml 或 case.json）`,
        en: `no case file (case.yaml or case.json) in the folder ${shown}`,
      },
      severity: 'error',
    };
  }
  const warnings: LoadError[] =
    present.length > 1
      ? [
          {
            file: displayPath(join(abs, first), cwd),
            line: 1,
            column: 1,
            code: 'ambiguous-case-file',
            message: {
              zh: `文件夹中同时有 ${present.join('、')}，只检查 ${first}`,
              en: `the folder holds ${present.join(', ')}; only ${first} is checked`,
            },
            severity: 'warning',
          },
        ]
      : [];
  return { dir: abs, absFile: join(abs, first), warnings };
}

/**
 * `contents`: the case file's bytes given by the caller (an editor's unsaved buffer on standard input); the target
 * is then only its name, which places the attachments.
 */
/** a case file that is a symbolic link counts only when it stays inside the folder (see discover.ts) */
async function linkState(dir: string, name: string): Promise<'file' | 'inside' | 'outside' | 'broken'> {
  try {
    if (!lstatSync(join(dir, name)).isSymbolicLink()) return 'file';
  } catch {
    return 'broken';
  }
  return caseFileLink(dir, name);
}

export async function loadCase(target: string, cwd: string, contents?: Uint8Array): Promise<LoadResult> {
  const abs = resolve(cwd, target);
  const found = contents ? { dir: dirname(abs), absFile: abs, warnings: [] } : await findCaseFile(abs, cwd);
  if ('code' in found) return { ok: false, dir: abs, errors: [found] };
  const { dir, absFile } = found;
  const file = displayPath(absFile, cwd);
  const read = contents ? decodeCaseBytes(contents, file) : await readCaseFile(absFile, file);
  if (!read.ok) return { ok: false, dir, file, errors: [read.error] };
  const kind = extname(absFile).toLowerCase() === '.json' ? 'json' : 'yaml';
  const parsed = parseCaseText(read.read.text, file, kind);
  const warnings = [...found.warnings, ...read.read.warnings];
  if (!parsed.ok) return { ok: false, dir, file, errors: [...warnings, ...parsed.errors] };
  warnings.push(...parsed.parsed.warnings);
  // a null object property is not recorded, as if absent (nulls.ts); unknown fields alone are reported and skipped;
  // the positions are the parsed file's
  const { data, errors: schemaErrors, ignored } = validateForRules(parsed.parsed.data, file, parsed.parsed);
  if (schemaErrors.length > 0) return { ok: false, dir, file, errors: [...warnings, ...schemaErrors] };
  warnings.push(...ignored);
  return {
    ok: true,
    loaded: {
      dir,
      absFile,
      file,
      encoding: read.read.encoding,
      data: data as CaseFileData,
      locate: parsed.parsed.locate,
    },
    warnings,
  };
}
