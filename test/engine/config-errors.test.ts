/**
 * A configuration with several problems reports all of them at once, each located (file, line, column) and saying
 * what was expected: schema problems, unknown rule ids and bad options, YAML errors, and the files it extends.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../../src/engine/config.js';
import { lintCase } from '../../src/api.js';
import { allRules } from '../../rules/index.js';
import { rule as partyId } from '../../rules/core/party-id-checksum.js';
import { configErrorIn, fixtureCase } from '../helpers.js';

/** a folder with this caselint.config.yaml (and other files) */
function folder(config: string, others: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-cfgerr-'));
  writeFileSync(join(dir, 'caselint.config.yaml'), config);
  for (const [name, text] of Object.entries(others)) writeFileSync(join(dir, name), text);
  return dir;
}

/** [file name, line, column, English message] of each problem */
const listed = (e: ConfigError) =>
  e.problems.map((p) => [p.file.split(/[\\/]/).at(-1), p.line, p.column, p.message.en]);

describe('every problem of a configuration, located', () => {
  it('schema problems, an unknown rule and bad options in one file: all of them, in file order', () => {
    const e = configErrorIn(
      folder(
        [
          'extends: recommended',
          'jurisdction: CN-SH',
          'asOf: 2020-13-01',
          'rules:',
          '  procedure/filing-dedline: warning',
          '  core/law-reference: [warn, {}]',
          '  procedure/filing-deadline: [warning, { clockStrt: clue, monitoringClock: x }]',
          '  penalty/disproportionate-fine: [warning, "a"]',
          'calendar:',
          '  overrides:',
          '    - { type: holiday }',
          'attachments:',
          '  maxByte: 10',
          '',
        ].join('\n'),
      ),
    );
    expect(listed(e)).toEqual([
      [
        'caselint.config.yaml',
        2,
        1,
        'the top level of the configuration has an unknown setting "jurisdction" — did you mean "jurisdiction"?',
      ],
      ['caselint.config.yaml', 3, 7, 'asOf must be a real date in YYYY-MM-DD format (found "2020-13-01")'],
      [
        'caselint.config.yaml',
        5,
        3,
        'unknown rule "procedure/filing-dedline" — did you mean "procedure/filing-deadline"?',
      ],
      [
        'caselint.config.yaml',
        6,
        24,
        'rule core/law-reference: the severity must be error, warning, info or off (found "warn") — did you mean "warning"?',
      ],
      [
        'caselint.config.yaml',
        7,
        42,
        'rule procedure/filing-deadline has no option "clockStrt" — did you mean "clockStart"?',
      ],
      [
        'caselint.config.yaml',
        7,
        76,
        'option "monitoringClock" of rule procedure/filing-deadline must be one of clue, report-received (found "x")',
      ],
      [
        'caselint.config.yaml',
        8,
        44,
        'the options of rule penalty/disproportionate-fine must be a mapping (found a string "a")',
      ],
      ['caselint.config.yaml', 11, 7, 'calendar.overrides[0] lacks the required setting "date"'],
      [
        'caselint.config.yaml',
        11,
        15,
        'calendar.overrides[0].type must be one of work, off (found "holiday")',
      ],
      [
        'caselint.config.yaml',
        13,
        3,
        'attachments has an unknown setting "maxByte" — did you mean "maxBytes"?',
      ],
    ]);
    // the first problem is also the error's own position and message
    expect([e.line, e.column, e.msg.en]).toEqual([2, 1, e.problems[0]?.message.en]);
    expect(e.problems[2]?.message.zh).toBe(
      '未知规则 "procedure/filing-dedline"，是否为 "procedure/filing-deadline"？',
    );
  });

  it('prints one line per problem and a count, in Chinese by default and in English with --lang en', () => {
    const dir = folder('jurisdction: CN-SH\nthresholdInclusive: "yes"\n');
    const e = configErrorIn(dir);
    expect(e.text(undefined, dir).split('\n')).toEqual([
      'caselint: 配置文件错误：caselint.config.yaml:1:1: 配置文件顶层有未知设置 jurisdction，是否为 "jurisdiction"？',
      'caselint: 配置文件错误：caselint.config.yaml:2:21: thresholdInclusive 应为布尔值（true 或 false）（实际为 "yes"）',
      'caselint: 配置文件共有 2 处错误',
    ]);
    expect(e.text('en', dir).split('\n')).toEqual([
      'caselint: configuration error: caselint.config.yaml:1:1: the top level of the configuration has an unknown setting "jurisdction" — did you mean "jurisdiction"?',
      'caselint: configuration error: caselint.config.yaml:2:21: thresholdInclusive must be a boolean (true or false) (found a string "yes")',
      'caselint: 2 problems in the configuration',
    ]);
    // one problem: one line, as before
    expect(configErrorIn(folder('lang: fr\n')).text('en').split('\n')).toHaveLength(1);
  });

  it('the problems of a file it extends come after its own, each in its file', () => {
    const e = configErrorIn(
      folder('extends: ./base.yaml\nrules:\n  core/law-reference: loud\n', {
        'base.yaml':
          'rules:\n  penalty/disproportionate-fine: [warning, { proximityBand: 3 }]\n  zzzz/qqqq: off\nignore: 5\n',
      }),
    );
    expect(listed(e)).toEqual([
      [
        'caselint.config.yaml',
        3,
        23,
        'rule core/law-reference: the severity must be error, warning, info or off (found "loud")',
      ],
      [
        'base.yaml',
        2,
        61,
        'option "proximityBand" of rule penalty/disproportionate-fine must be between 0 and 0.5 (found 3)',
      ],
      ['base.yaml', 3, 3, 'unknown rule "zzzz/qqqq" (caselint rules lists them all)'],
      ['base.yaml', 4, 9, 'ignore must be a list (found an integer 5)'],
    ]);
  });

  it('every YAML error, in both languages; an extends that leads nowhere is located at its value', () => {
    const yamlErrors = configErrorIn(
      folder('rules:\n  core/law-reference: warning\n  core/law-reference: info\nasOf: "2020-01-01\n'),
    );
    expect(yamlErrors.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 3],
      [5, 1],
    ]);
    expect(yamlErrors.problems[0]?.message.zh).toBe(
      '键 "core/law-reference" 在同一映射中重复出现；每个键只能写一次',
    );
    expect(yamlErrors.problems[1]?.message.zh).toMatch(/^YAML 语法错误：/);
    const missing = configErrorIn(folder('extends: caselint-config-nope\njurisdction: x\n'));
    expect(listed(missing).map((p) => p.slice(1, 3))).toEqual([
      [1, 10],
      [2, 1],
    ]);
    expect(missing.problems[0]?.message.zh).toContain('找不到要继承的配置 "caselint-config-nope"');
  });
});

describe('a configuration read for a subset rule set (API ruleSet)', () => {
  it('accepts settings of caselint rules outside the subset, and still checks their ids and options', async () => {
    const dir = folder(
      'rules:\n  doc/decision-party: off\n  procedure/filing-deadline: [warning, { clockStart: clue }]\n',
    );
    // the engine knows the rules it is given: the caller (here, as the API does) names caselint's full list
    expect(
      resolveConfig({ cwd: dir, rules: [partyId], knownRules: allRules }).rules['procedure/filing-deadline']
        ?.options,
    ).toEqual({ clockStart: 'clue' });
    expect(() => resolveConfig({ cwd: dir, rules: [partyId] })).toThrow(
      /unknown rule "doc\/decision-party"[^\n]*\n[^\n]*unknown rule "procedure\/filing-deadline"/,
    );
    const data = fixtureCase('cases', 'printing-vocs');
    const report = await lintCase(data, { cwd: dir, ruleSet: [partyId], asOf: '2026-11-28' });
    expect(report.summary.errors).toBe(0);
    writeFileSync(
      join(dir, 'caselint.config.yaml'),
      'rules:\n  doc/decision-prty: off\n  procedure/filing-deadline: [warning, { clockStrt: clue }]\n',
    );
    const error = await lintCase(data, { cwd: dir, ruleSet: [partyId] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.message.en)).toEqual([
      'unknown rule "doc/decision-prty" — did you mean "doc/decision-party"?',
      'rule procedure/filing-deadline has no option "clockStrt" — did you mean "clockStart"?',
    ]);
  });
});
