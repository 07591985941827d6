/** Writes docs/law.md from the knowledge-base data: `npx tsx scripts/gen-law-doc.ts` */
import { writeFileSync } from 'node:fs';
import { fromRoot } from '../src/paths.js';
import { renderLawDoc } from '../src/law/doc.js';

writeFileSync(fromRoot('docs', 'law.md'), renderLawDoc());
process.stdout.write('docs/law.md written\n');
