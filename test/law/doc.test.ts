import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/paths.js';
import { renderLawDoc } from '../../src/law/doc.js';
import { loadKnowledge } from '../../src/law/index.js';
import {
  compiledLawFiles,
  compiledPath,
  parseLawYaml,
  readLawData,
  sha256,
  type CompiledData,
} from '../../src/law/data-files.js';

describe('docs/law.md', () => {
  it('is up to date with the data (regenerate with `npx tsx scripts/gen-law-doc.ts`)', () => {
    expect(readFileSync(fromRoot('docs', 'law.md'), 'utf8')).toBe(renderLawDoc());
  });

  it('lists every law version and every catalogue key', () => {
    const doc = renderLawDoc();
    const { law, catalogue } = loadKnowledge();
    for (const l of law.lines())
      for (const v of l.versions) expect(doc).toContain(`| \`${l.id}\` | ${v.label} |`);
    for (const c of catalogue.all()) expect(doc).toContain(`| ${c.key} |`);
  });
});

describe('compiled copies of the YAML data', () => {
  it.each(compiledLawFiles())('%s: the compiled JSON is fresh and equal to the parsed YAML', (name) => {
    const { text, data } = parseLawYaml(name);
    const compiled = JSON.parse(readFileSync(compiledPath(name), 'utf8')) as CompiledData;
    expect(compiled.sha256, `run npx tsx scripts/gen-law-doc.ts`).toBe(sha256(text));
    expect(compiled.data).toEqual(data);
    expect(readLawData(name)).toEqual(data);
  });
});
