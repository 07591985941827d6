/**
 * Extraction timing for the fixture set, called by scripts/bench.mjs (`npm run bench`) and
 * scripts/bench-extract.ts. Extracts every .docx/.pdf/image in each case folder without the cache.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeExtractionWorker } from './worker.js';
import { extractText } from './extract.js';

export interface ExtractionBench {
  files: number;
  bytes: number;
  /** total wall time, including starting the worker and loading the libraries once */
  ms: number;
  /** the first file (worker start and library load included) */
  firstMs: number;
  byKind: Record<string, { files: number; ms: number }>;
  byStatus: Record<string, number>;
}

export async function benchExtraction(casesDir: string): Promise<ExtractionBench> {
  const files: string[] = [];
  for (const name of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, name);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) if (/\.(docx|pdf|png|jpe?g)$/i.test(f)) files.push(join(dir, f));
  }
  await closeExtractionWorker();
  const result: ExtractionBench = {
    files: files.length,
    bytes: 0,
    ms: 0,
    firstMs: 0,
    byKind: {},
    byStatus: {},
  };
  const start = performance.now();
  for (const [i, path] of files.entries()) {
    const bytes = readFileSync(path);
    const t = performance.now();
    const r = await extractText(bytes, path);
    const ms = performance.now() - t;
    if (i === 0) result.firstMs = ms;
    const kind = path.split('.').at(-1)?.toLowerCase() ?? '?';
    const k = (result.byKind[kind] ??= { files: 0, ms: 0 });
    k.files++;
    k.ms += ms;
    result.byStatus[r.textStatus] = (result.byStatus[r.textStatus] ?? 0) + 1;
    result.bytes += bytes.length;
  }
  result.ms = performance.now() - start;
  await closeExtractionWorker();
  return result;
}
