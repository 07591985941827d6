// Regenerates docs/rules.md from the rule metadata: npx tsx scripts/gen-rules-doc.ts
import { writeFileSync } from 'node:fs';
import { rulesMarkdown } from '../src/docs/rules-doc.js';
import { fromRoot } from '../src/paths.js';

writeFileSync(fromRoot('docs', 'rules.md'), rulesMarkdown());
console.log('wrote docs/rules.md');
