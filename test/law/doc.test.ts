import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as ChineseDays from 'chinese-days';
import { addDays } from '../../src/model/dates.js';
import {
  computeHolidayTable,
  holidayTablePath,
  packageDay,
  type HolidayTable,
} from '../../src/law/holiday-table.js';
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

describe('the holiday table of chinese-days', () => {
  it('is fresh: equal to the table computed from the package (npx tsx scripts/gen-law-doc.ts)', () => {
    const stored = JSON.parse(readFileSync(holidayTablePath(), 'utf8')) as HolidayTable;
    expect(stored).toEqual(computeHolidayTable());
  });

  it('answers every day of 2004–2026 as the package does', () => {
    const chineseDays = createRequire(import.meta.url)('chinese-days') as typeof ChineseDays;
    let checked = 0;
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const mine = packageDay(d);
      const theirs = chineseDays.getDayDetail(d);
      if (mine.work !== chineseDays.isWorkday(d)) expect.fail(`${d}: workday ${mine.work}`);
      if (theirs.name.includes(',') && mine.name !== theirs.name) expect.fail(`${d}: name ${mine.name}`);
      if (!theirs.name.includes(',') && mine.name.includes(',')) expect.fail(`${d}: name ${mine.name}`);
      checked += 1;
    }
    expect(checked).toBe(8401);
  });
});
