/**
 * Writes src/law/data/article-structure.yaml — the paragraphs (款) and items (项) of every article of each law
 * version whose own text is in shared/law/texts — then run `npx tsx scripts/gen-law-doc.ts` for its JSON copy.
 * Usage: `npx tsx scripts/gen-article-structure.ts [texts-dir]` (default /work/shared/law/texts, or
 * CASELINT_LAW_TEXTS).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lawDataPath, parseLawYaml } from '../src/law/data-files.js';
import { computeStructure, renderStructureYaml } from '../src/law/text-structure.js';

const texts = process.argv[2] ?? process.env.CASELINT_LAW_TEXTS ?? '/work/shared/law/texts';
const structures = computeStructure(parseLawYaml('laws.yaml').data, (file) =>
  readFileSync(join(texts, file), 'utf8'),
);
writeFileSync(lawDataPath('article-structure.yaml'), renderStructureYaml(structures));
const articles = structures.reduce((n, s) => n + s.articles.size, 0);
process.stdout.write(`article-structure.yaml: ${structures.length} versions, ${articles} articles\n`);
