/**
 * Per-field accuracy of `caselint import` on the decision texts in fixtures/import/decisions/ against
 * fixtures/import/expected.yaml: case number, party, code (统一社会信用代码 / 身份证号), fine, decision date, basis
 * and violated citations (as sets). Reports the dev and held-out splits separately.
 * Usage: npx tsx scripts/import-accuracy.ts [--json] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromRoot } from '../src/paths.js';
import { importTexts } from '../src/import/index.js';
import type { LawRefData } from '../src/model/case-data.js';

interface Expected {
  split: 'dev' | 'heldout';
  number: string;
  party: string;
  code: string | null;
  fine: number | null;
  date: string;
  violated: string[];
  basis: string[];
}

const FIELDS = ['number', 'party', 'code', 'fine', 'date', 'basis', 'violated'] as const;
type Field = (typeof FIELDS)[number];

const lawKey = (r: LawRefData): string =>
  `${r.law.replace(/^《|》$/g, '').replace(/^中华人民共和国/, '')}|${String(r.article ?? '')}|${String(r.paragraph ?? '')}|${String(r.item ?? '')}`;
const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join(';') === [...b].sort().join(';');

const dir = fromRoot('fixtures', 'import');
const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as Record<string, Expected>;
const verbose = process.argv.includes('--verbose');
const totals = { dev: new Map<Field, [number, number]>(), heldout: new Map<Field, [number, number]>() };
const misses: string[] = [];

for (const [id, exp] of Object.entries(expected)) {
  const text = readFileSync(join(dir, 'decisions', `${id}.txt`), 'utf8');
  const { data } = importTexts([{ name: `${id}.txt`, text }], '2000-01-01');
  const decided = data.timeline.find((e) => e.event === 'decision')?.date;
  const got: Record<Field, unknown> = {
    number: data.case.number,
    party: data.party.name,
    code: data.party.credit_code ?? data.party.id_number ?? null,
    fine: data.penalty.fine ?? null,
    date: decided ?? null,
    basis: (data.violation.basis ?? []).map(lawKey),
    violated: data.violation.violated.map(lawKey),
  };
  for (const f of FIELDS) {
    const want = exp[f];
    const ok = Array.isArray(want) ? sameSet(got[f] as string[], want) : got[f] === want;
    const t = totals[exp.split];
    const [right, all] = t.get(f) ?? [0, 0];
    t.set(f, [right + (ok ? 1 : 0), all + 1]);
    if (!ok) misses.push(`${id} ${f}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got[f])}`);
  }
}

const pct = (r: number, a: number): string => (a === 0 ? '-' : `${((100 * r) / a).toFixed(1)}%`);
const report: Record<string, Record<string, string>> = {};
for (const split of ['dev', 'heldout'] as const) {
  report[split] = {};
  let r = 0;
  let a = 0;
  for (const f of FIELDS) {
    const [right, all] = totals[split].get(f) ?? [0, 0];
    (report[split] as Record<string, string>)[f] = `${String(right)}/${String(all)} ${pct(right, all)}`;
    r += right;
    a += all;
  }
  (report[split] as Record<string, string>).all = `${String(r)}/${String(a)} ${pct(r, a)}`;
}
if (process.argv.includes('--json')) console.log(JSON.stringify({ report, misses }, null, 2));
else {
  console.log(`field      ${'dev'.padEnd(16)}heldout`);
  for (const f of [...FIELDS, 'all'])
    console.log(`${f.padEnd(11)}${(report.dev?.[f] ?? '').padEnd(16)}${report.heldout?.[f] ?? ''}`);
  if (verbose || misses.length > 0) console.log(`\n${misses.join('\n')}`);
}
