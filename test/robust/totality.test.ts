/**
 * Every rule is total over what the schema allows: amounts to the fen up to the maximum, periods up to 3,660 days,
 * dates anywhere in 1949–2099. The values just outside are located schema errors, never rule crashes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { lintPaths } from '../../src/engine/run.js';
import { html } from '../../src/format/html.js';
import { fromRoot } from '../../src/paths.js';
import { copyCase, scratchDir } from './generate.js';
import { getRules } from '../../src/engine/registry.js';

type Data = Record<string, unknown> & {
  penalty: Record<string, unknown>;
  timeline: Record<string, unknown>[];
};

function baseData(): Data {
  return parse(readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8')) as Data;
}

function event(d: Data, type: string): Record<string, unknown> {
  const e = d.timeline.find((x) => x.event === type);
  if (!e) throw new Error(`no ${type} event`);
  return e;
}

const allDates = (d: Data, date: string) => {
  for (const e of d.timeline) e.date = date;
};

/** name → edit of the case data; each edit stays within the schema */
const WITHIN: Record<string, (d: Data) => void> = {
  'fine to the fen': (d) => (d.penalty.fine = 29999.99),
  'largest fine': (d) => (d.penalty.fine = 10_000_000_000),
  'zero fine': (d) => (d.penalty.fine = 0),
  'longest statement period': (d) => (event(d, 'prior-notice-served').statement_days = 3660),
  'longest payment period': (d) => (d.penalty.payment_days = 3660),
  'decision on the last day allowed': (d) => (event(d, 'decision').date = '2099-12-31'),
  'service on the last day allowed': (d) => (event(d, 'decision-served').date = '2099-12-30'),
  'every step on the last day allowed': (d) => allDates(d, '2099-12-31'),
  'every step on the first day allowed': (d) => allDates(d, '1949-01-01'),
};

/** name → edit the schema refuses, with the expected error code */
const BEYOND: Record<string, [(d: Data) => void, string]> = {
  'a fraction of a fen': [(d) => (d.penalty.fine = 29999.999), 'input/schema'],
  'a trillion yuan': [(d) => (d.penalty.fine = 1_000_000_000_000), 'input/schema'],
  'statement period of 2^32 days': [
    (d) => (event(d, 'prior-notice-served').statement_days = 4294967296),
    'input/schema',
  ],
  'year 9999': [(d) => (event(d, 'closed').date = '9999-12-31'), 'input/date-range'],
  'year 9999, the day before': [(d) => (event(d, 'decision').date = '9999-12-30'), 'input/date-range'],
};

async function lintVariants(variants: Record<string, (d: Data) => void>) {
  const root = scratchDir();
  const names = Object.keys(variants);
  names.forEach((name, i) => {
    const dir = copyCase(root, `v${i}`);
    const data = baseData();
    variants[name]?.(data);
    writeFileSync(join(dir, 'case.yaml'), stringify(data));
  });
  const run = await lintPaths([root], { cwd: root, asOf: '2021-06-01', rules: getRules() });
  const byName = new Map(
    names.map((name, i) => [name, run.results.find((r) => r.file.startsWith(`v${i}/`))]),
  );
  return { run, byName, root };
}

describe('rules are total over the values the schema allows', () => {
  it('no rule crashes on boundary values, and the HTML report is written', async () => {
    const { run, byName, root } = await lintVariants(WITHIN);
    for (const [name, result] of byName) {
      expect(result?.caseId, name).toBeDefined();
      const crashes = result?.findings.filter(
        (f) => f.ruleId.startsWith('internal/') || /执行出错|failed:/.test(f.message.en + f.message.zh),
      );
      expect(
        crashes?.map((f) => `${f.ruleId}: ${f.message.en}`),
        name,
      ).toEqual([]);
    }
    const report = html(run, { lang: 'zh', color: false, cwd: root, quiet: false });
    expect(report).toContain('</html>');
  }, 120_000);

  it('values beyond the limits are located schema errors', async () => {
    const { byName } = await lintVariants(
      Object.fromEntries(Object.entries(BEYOND).map(([k, [f]]) => [k, f])),
    );
    for (const [name, [, code]] of Object.entries(BEYOND)) {
      const result = byName.get(name);
      expect(result?.caseId, name).toBeUndefined();
      const codes = result?.findings.map((f) => f.ruleId);
      expect(codes, name).toContain(code);
      expect(
        result?.findings.every((f) => f.line > 1),
        name,
      ).toBe(true);
    }
  }, 120_000);
});
