import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fromRoot } from '../../src/paths.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-cmd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CASE = fromRoot('fixtures', 'cases', 'printing-vocs');

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = {
    code: 0,
    out: (t: string) => void (out += t),
    err: (t: string) => void (err += t),
    exit(c: number) {
      io.code = Math.max(io.code, c);
    },
    color: false,
    stderrIsTTY: false,
  };
  const code = await main(['node', 'caselint', ...args], io);
  return { code, out, err };
}

describe('report commands on the printing-vocs fixture', () => {
  it('stats --year counts the 2020 case and its fine', async () => {
    const r = await run('stats', CASE, '--year', '2020', '--format', 'json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as {
      filed: number;
      decided: number;
      closed: number;
      fineTotal: number;
      byType: object;
    };
    expect([s.filed, s.decided, s.closed, s.fineTotal]).toEqual([1, 1, 1, 30000]);
    expect(s.byType).toEqual({ 大气: { cases: 1, fines: 30000 } });
    const other = JSON.parse((await run('stats', CASE, '--month', '2021-01', '--format', 'json')).out) as {
      filed: number;
    };
    expect(other.filed).toBe(0);
  });

  it('stats without a period is a usage error', async () => {
    const r = await run('stats', CASE);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--month');
  });

  it('deadlines --json and --ics write parseable output', async () => {
    const ics = join(work, 'd.ics');
    const r = await run('deadlines', CASE, '--all', '--as-of', '2020-10-14', '--json', '--ics', ics);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { asOf: string; deadlines: { due: string }[] };
    expect(json.asOf).toBe('2020-10-14');
    const dues = json.deadlines.map((d) => d.due);
    expect([...dues].sort()).toEqual(dues);
    const text = readFileSync(ics, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(json.deadlines.length);
  });

  it('report --json scores the case and --docx writes a Word file', async () => {
    const docx = join(work, 'r.docx');
    const r = await run(
      'report',
      CASE,
      '--json',
      '--docx',
      docx,
      '--from',
      '2020-01-01',
      '--to',
      '2020-12-31',
    );
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out) as { scores: { case: string; score: number; byCategory: unknown[] }[] };
    expect(data.scores.map((s) => s.case)).toEqual(['沪普环罚〔2020〕12号']);
    expect(data.scores[0]!.byCategory).toHaveLength(8);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const none = JSON.parse((await run('report', CASE, '--json', '--from', '2021-01-01')).out) as {
      scores: unknown[];
    };
    expect(none.scores).toEqual([]);
  });

  it('report rejects an invalid scoring model', async () => {
    const r = await run('report', CASE, '--json', '--scoring', join(CASE, 'case.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('scoring model');
  });
});
