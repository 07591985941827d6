import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import type { CliIO } from '../../src/cli/io.js';
import { register as registerPeriod } from '../../src/cli/commands/period.js';
import { register as registerLaw } from '../../src/cli/commands/law.js';

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const result = { out: '', err: '', code: 0 };
  const io: CliIO = {
    out: (t) => void (result.out += t),
    err: (t) => void (result.err += t),
    exit: (c) => void (result.code = Math.max(result.code, c)),
    color: false,
    stderrIsTTY: false,
  };
  const program = new Command('caselint').exitOverride();
  registerPeriod(program, io);
  registerLaw(program, io);
  await program.parseAsync(['node', 'caselint', ...args]);
  return result;
}

describe('caselint period', () => {
  it('--days 5 --working from 2020-09-29 prints 2020-10-13', async () => {
    expect(await run('period', '--from', '2020-09-29', '--days', '5', '--working')).toEqual({
      out: '2020-10-13\n',
      err: '',
      code: 0,
    });
  });

  it('--days 15 counts calendar days; --months 3 counts months', async () => {
    expect((await run('period', '--from', '2020-09-29', '--days', '15')).out).toBe('2020-10-14\n');
    expect((await run('period', '--from', '2020-09-29', '--months', '3')).out).toBe('2020-12-29\n');
  });

  it('--json prints from, to, unit, count and the skipped days', async () => {
    const r = await run(
      'period',
      '--from',
      '2020-09-29',
      '--days',
      '5',
      '--working',
      '--json',
      '--lang',
      'en',
    );
    const json = JSON.parse(r.out) as {
      from: string;
      to: string;
      unit: string;
      count: number;
      skipped: { date: string; reason: string }[];
    };
    expect(json).toMatchObject({ from: '2020-09-29', to: '2020-10-13', unit: 'workday', count: 5 });
    expect(json.skipped).toHaveLength(9);
    expect(json.skipped[0]).toEqual({ date: '2020-10-01', reason: 'public holiday (National Day)' });
  });

  it('--explain lists counted and skipped days with the reason', async () => {
    const zh = (await run('period', '--from', '2020-09-29', '--days', '5', '--working', '--explain')).out;
    expect(zh).toContain('2020-10-01  不计入：法定节假日（国庆节）');
    expect(zh).toContain('2020-10-10  第3个工作日（国庆节调休上班日）');
    expect(zh).toMatch(/2020-10-13 {2}第5个工作日.*期间届满/);
    const en = (await run('period', '--from', '2020-09-25', '--days', '8', '--explain', '--lang', 'en')).out;
    expect(en).toContain('2020-09-27  day 2 · make-up workday (National Day)');
    expect(en).toMatch(/2020-10-09 .*last day/);
  });

  it('warns on stderr for a year without holiday data', async () => {
    const r = await run('period', '--from', '2026-12-20', '--days', '10', '--working', '--lang', 'en');
    expect(r.out).toBe('2027-01-01\n');
    expect(r.err).toContain('2027 is outside the holiday data');
    expect(r.code).toBe(0);
  });

  it.each([
    [['period', '--from', '2020-13-01', '--days', '3'], '--from'],
    [['period', '--days', '3'], '--from'],
    [['period', '--from', '2020-09-29'], 'exactly one'],
    [['period', '--from', '2020-09-29', '--days', '3', '--months', '1'], 'exactly one'],
    [['period', '--from', '2020-09-29', '--days', 'x'], '--days'],
    [['period', '--from', '2020-09-29', '--months', '2', '--working'], '--working'],
    [['period', '--from', '2020-09-29', '--days', '2', '--lang', 'fr'], '--lang'],
  ])('bad input %j → message on stderr and exit 2', async (args, text) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(text);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--hours adds hours to a date and time', async () => {
    expect((await run('period', '--from', '2020-09-30T10:00', '--hours', '24')).out).toBe(
      '2020-10-01T10:00\n',
    );
  });
});

describe('caselint law', () => {
  it('shows the versions and the clauses in force at a date', async () => {
    const r = await run('law', '大气污染防治法', '--at', '2020-06-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2018 {2}中华人民共和国大气污染防治法 {2}2018-10-26 – 现行.*该日有效/);
    expect(r.out).toContain('APL-108-1  第一百零八条第（一）项');
    expect(r.out).toContain('罚款 20,000–200,000元');
    expect(r.out).not.toContain('(2016; 2016-01-01');
    expect((await run('law', '大气法', '--at', '2017-06-01')).out).toContain(
      '(2016; 2016-01-01 – 2018-10-25)  [未核实]',
    );
  });

  it('--json gives the line, the version at the date and the clauses', async () => {
    const r = await run('law', '大气法', '--at', '2017-06-01', '--json');
    const json = JSON.parse(r.out) as {
      law: { id: string };
      versionAt: string;
      clauses: { key: string; confirmed: boolean }[];
    };
    expect(json.law.id).toBe('air-law');
    expect(json.versionAt).toBe('2016');
    expect(json.clauses.find((c) => c.key === 'APL-99-1')?.confirmed).toBe(false);
  });

  it('lists all laws without a name', async () => {
    const r = await run('law', '--lang', 'en');
    expect(r.out).toContain('solid-waste-law');
    expect(r.out).toContain('Noise Pollution Prevention and Control Law');
  });

  it('unknown law or bad date → stderr and exit 2', async () => {
    const unknown = await run('law', '水法');
    expect(unknown).toMatchObject({ out: '', code: 2 });
    expect(unknown.err).toContain('unknown law');
    const badDate = await run('law', '大气法', '--at', '2020-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('--at');
  });
});
