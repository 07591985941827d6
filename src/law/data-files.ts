import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { yaml } from '../lazy.js';
import { fromRoot } from '../paths.js';
import { VERIFIED_LAW_DATA } from './verified-data.js';

/** The YAML files of the knowledge base, in src/law/data/. */
export const LAW_DATA_FILES = [
  'laws.yaml',
  'article-structure.yaml',
  'clauses.yaml',
  'clause-overlaps.yaml',
  'thresholds.yaml',
  'counting-rules.yaml',
  'calendar-overrides.yaml',
  'crime-thresholds.yaml',
] as const;

/** every YAML file that has a compiled JSON copy: the files above and each discretion benchmark */
export function compiledLawFiles(): string[] {
  const benchmarks = readdirSync(lawDataPath('benchmarks'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `benchmarks/${f}`);
  return [...LAW_DATA_FILES, ...benchmarks];
}

export function lawDataPath(name: string): string {
  return fromRoot('src', 'law', 'data', name);
}

/** where the parsed copy of a YAML file is kept (parsing clauses.yaml with `yaml` takes 0.2–0.6 s) */
export function compiledPath(name: string): string {
  return fromRoot('src', 'law', 'data', 'compiled', name.replace(/\.yaml$/, '.json'));
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface CompiledData {
  source: string;
  sha256: string;
  data: unknown;
}

/**
 * Reads one YAML file of the knowledge base (src/law/data/<name>), resolved from the package root. The YAML is
 * the source of truth: a compiled JSON copy (written by scripts/gen-law-doc.ts) is used only when it was made
 * from exactly this YAML text (same SHA-256), checked here or, in the bundle, when it was built; otherwise the
 * YAML is parsed.
 */
export function readLawData(name: string): unknown {
  const copy = compiledCopy(name);
  // the bundle was built from this compiled copy after checking it against the YAML: the YAML need not be read
  // and hashed again at every start (rebuild after editing the YAML, as after editing any source)
  const verified = VERIFIED_LAW_DATA[name];
  if (copy && verified !== undefined && copy.sha256 === verified) return copy.data;
  const text = readFileSync(lawDataPath(name), 'utf8');
  if (copy && copy.sha256 === sha256(text)) return copy.data;
  return yaml().parse(text) as unknown;
}

/** the compiled copy of a YAML file; undefined when it is missing or damaged (the YAML is then parsed) */
function compiledCopy(name: string): CompiledData | undefined {
  try {
    return JSON.parse(readFileSync(compiledPath(name), 'utf8')) as CompiledData;
  } catch {
    return undefined;
  }
}

/** parses the YAML itself, bypassing the compiled copy (scripts and tests) */
export function parseLawYaml(name: string): { text: string; data: unknown } {
  const text = readFileSync(lawDataPath(name), 'utf8');
  return { text, data: yaml().parse(text) as unknown };
}

export class LawDataError extends Error {}
