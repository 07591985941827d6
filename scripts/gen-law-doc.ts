/**
 * Regenerates what is derived from src/law/data/*.yaml: `npx tsx scripts/gen-law-doc.ts`
 * - src/law/data/compiled/<name>.json — parsed copies, keyed by the YAML's SHA-256 (used only while they match);
 * - src/law/data/compiled/chinese-days.json — the holiday table of the chinese-days package (src/law/holiday-table.ts);
 * - docs/law.md — every law version, threshold, counting rule and catalogue clause with its source.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { fromRoot } from '../src/paths.js';
import {
  compiledLawFiles,
  compiledPath,
  parseLawYaml,
  sha256,
  type CompiledData,
} from '../src/law/data-files.js';
import { renderLawDoc } from '../src/law/doc.js';
import { computeHolidayTable, holidayTablePath } from '../src/law/holiday-table.js';

const files = compiledLawFiles();
for (const name of files) {
  const { text, data } = parseLawYaml(name);
  const compiled: CompiledData = { source: `src/law/data/${name}`, sha256: sha256(text), data };
  const file = compiledPath(name);
  mkdirSync(dirname(file), { recursive: true });
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(compiled), { ...options, parser: 'json' }));
}
const holidays = holidayTablePath();
writeFileSync(
  holidays,
  await format(JSON.stringify(computeHolidayTable()), {
    ...((await resolveConfig(holidays)) ?? {}),
    parser: 'json',
  }),
);
writeFileSync(fromRoot('docs', 'law.md'), renderLawDoc());
process.stdout.write(`compiled ${files.length} data files; docs/law.md written\n`);
