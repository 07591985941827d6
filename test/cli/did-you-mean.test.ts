import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { runCli } from './run-cli.js';

/** a folder with printing-vocs in case/ and this caselint.config.yaml */
function repo(config?: string, mutate: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-dym-cli-'));
  cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), join(dir, 'case'), { recursive: true });
  const file = join(dir, 'case', 'case.yaml');
  writeFileSync(file, mutate(readFileSync(file, 'utf8')));
  if (config !== undefined) writeFileSync(join(dir, 'caselint.config.yaml'), config);
  return dir;
}

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('did you mean, from the command line', () => {
  it('a bad rule option in the configuration: located error, exit 2, no stack trace, English with --lang en', () => {
    const cwd = repo('rules:\n  procedure/filing-deadline: [warning, { clockStrt: clue }]\n');
    const zh = runCli(['lint', 'case', '--as-of', '2026-11-28'], { cwd });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'caselint: 配置文件错误：caselint.config.yaml:2:42: 规则 procedure/filing-deadline 没有选项 clockStrt，是否为 "clockStart"？\n',
    );
    const en = runCli(['lint', 'case', '--lang', 'en', '--as-of', '2026-11-28'], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'caselint: configuration error: caselint.config.yaml:2:42: rule procedure/filing-deadline has no option "clockStrt" — did you mean "clockStart"?\n',
    );
    noStack(en.stderr);
  });

  it('several problems in the configuration: every one on its own line, located, exit 2, no stack trace', () => {
    const cwd = repo(
      'jurisdction: CN-SH\nrules:\n  procedure/filing-dedline: warning\n  penalty/disproportionate-fine: [warning, { proximityBand: 2 }]\n',
    );
    const zh = runCli(['lint', 'case', '--as-of', '2026-11-28'], { cwd });
    expect(zh.code).toBe(2);
    expect(zh.stdout).toBe('');
    expect(zh.stderr.split('\n')).toEqual([
      'caselint: 配置文件错误：caselint.config.yaml:1:1: 配置文件顶层有未知设置 jurisdction，是否为 "jurisdiction"？',
      'caselint: 配置文件错误：caselint.config.yaml:3:3: 未知规则 "procedure/filing-dedline"，是否为 "procedure/filing-deadline"？',
      'caselint: 配置文件错误：caselint.config.yaml:4:61: 规则 penalty/disproportionate-fine 的选项 proximityBand 应在 0 至 0.5 之间（实际为 2）',
      'caselint: 配置文件共有 3 处错误',
      '',
    ]);
    const en = runCli(['lint', 'case', '--lang', 'en', '--as-of', '2026-11-28'], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^caselint: configuration error: caselint\.config\.yaml:1:1: /);
    expect(en.stderr).toContain(
      'caselint: configuration error: caselint.config.yaml:4:61: option "proximityBand" of rule penalty/disproportionate-fine must be between 0 and 0.5 (found 2)\n',
    );
    expect(en.stderr).toMatch(/caselint: 3 problems in the configuration\n$/);
    noStack(en.stderr);
  });

  it('an out-of-range option and an unknown rule id in the configuration', () => {
    const range = runCli(['lint', 'case', '--lang', 'en'], {
      cwd: repo('rules:\n  penalty/disproportionate-fine: [warning, { proximityBand: -1 }]\n'),
    });
    expect(range.code).toBe(2);
    expect(range.stderr).toContain(
      'caselint.config.yaml:2:61: option "proximityBand" of rule penalty/disproportionate-fine must be between 0 and 0.5 (found -1)',
    );
    const rule = runCli(['lint', 'case', '--lang', 'en'], {
      cwd: repo('rules:\n  core/law-refrence: off\n'),
    });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain(
      'caselint.config.yaml:2:3: unknown rule "core/law-refrence" — did you mean "core/law-reference"?',
    );
    noStack(rule.stderr);
  });

  it('--rule and explain with an unknown id', () => {
    const cwd = repo();
    const flag = runCli(['lint', 'case', '--rule', 'statement-period=off', '--lang', 'en'], { cwd });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      'caselint: --rule: unknown rule "statement-period" — did you mean "procedure/statement-period"?\n',
    );
    const explain = runCli(['explain', 'procedure/filing-dedline']);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toBe(
      'caselint: 未知规则 "procedure/filing-dedline"，是否为 "procedure/filing-deadline"？\n',
    );
    const garbage = runCli(['explain', 'qqqq/zzzz', '--lang', 'en']);
    expect(garbage.stderr).not.toContain('did you mean');
  });

  it('a waiver of a misspelt rule names the rule it probably meant', () => {
    const cwd = repo(undefined, (t) =>
      t.replace(
        /^waivers: \[\]$/m,
        'waivers:\n  - rule: procedure/statement-perod\n    reason: 测试\n    approved_by: 王局长\n    date: 2020-12-01',
      ),
    );
    const r = runCli(['lint', 'case', '--as-of', '2026-11-28', '--lang', 'en', '--format', 'json'], { cwd });
    const out = JSON.parse(r.stdout) as {
      results: { findings: { ruleId: string; message: string; line: number }[] }[];
    };
    const waiver = out.results[0]?.findings.find((f) => f.ruleId === 'core/unused-waiver');
    expect(waiver?.message).toBe(
      'Waiver matched no finding: unknown rule "procedure/statement-perod" — did you mean "procedure/statement-period"?',
    );
  });
});
