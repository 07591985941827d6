/** Shared helpers of the attachment tests: a case in a scratch folder, and a listing that proves nothing was written. */
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Case } from '../../src/model/case.js';
import type { CaseData, DocumentData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { buildCase } from '../helpers.js';

export const baseCaseDir = fromRoot('fixtures', 'cases', 'printing-vocs');

/** the printing-vocs case with the given documents, as if its folder were `dir` */
export function caseIn(dir: string, documents: DocumentData[]): Case {
  const data = parse(readFileSync(join(baseCaseDir, 'case.yaml'), 'utf8')) as CaseData;
  data.documents = documents;
  writeFileSync(join(dir, 'case.yaml'), 'format: caselint/1\n');
  return buildCase(data, dir);
}

/** every entry below dir with its size and mtime (links not followed) */
export function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => {
    const p = join(e.parentPath, e.name);
    const s = lstatSync(p, { throwIfNoEntry: false });
    return `${p}:${s?.size}:${s?.mtimeMs}`;
  });
}
