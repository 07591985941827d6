/** Text-extraction timing for the clean cases' documents: npx tsx scripts/bench-extract.ts [cases-dir] */
import { fromRoot } from '../src/paths.js';
import { benchExtraction } from '../src/text/bench.js';

const dir = process.argv[2] ?? fromRoot('fixtures', 'cases');
const r = await benchExtraction(dir);
console.log(
  `document text extraction: ${r.files} files, ${(r.bytes / 1024).toFixed(0)} KiB, ${r.ms.toFixed(0)} ms (${(r.ms / Math.max(1, r.files)).toFixed(1)} ms/file; first file incl. worker start ${r.firstMs.toFixed(0)} ms)`,
);
for (const [kind, k] of Object.entries(r.byKind))
  console.log(`  .${kind}: ${k.files} files, ${k.ms.toFixed(0)} ms (${(k.ms / k.files).toFixed(1)} ms/file)`);
console.log(`  statuses: ${JSON.stringify(r.byStatus)}`);
