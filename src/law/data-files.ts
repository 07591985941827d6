import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { fromRoot } from '../paths.js';

/** Reads one YAML file of the knowledge base (src/law/data/<name>), resolved from the package root. */
export function readLawData(name: string): unknown {
  const file = fromRoot('src', 'law', 'data', name);
  return parse(readFileSync(file, 'utf8')) as unknown;
}

export class LawDataError extends Error {}

/** A small guard used while reading data files: fail loudly on a malformed row, naming the file. */
export function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new LawDataError(`law data: missing ${what}`);
  return value;
}
