import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ConfigError } from '../../src/engine/config.js';
import { resolveConfig } from '../../src/engine/config.js';
import { optionProblems, suggestRuleIds } from '../../src/engine/rule-options.js';
import { allRules } from '../../rules/index.js';
import { fromRoot } from '../../src/paths.js';
import { configErrorIn } from '../helpers.js';

/** the ConfigError of a configuration file with this text, checked against every rule */
function configError(text: string, base?: string): ConfigError {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-opts-'));
  writeFileSync(join(dir, 'caselint.config.yaml'), text);
  if (base) writeFileSync(join(dir, 'base.yaml'), base);
  return configErrorIn(dir);
}

describe('rule ids in the configuration', () => {
  it('an unknown rule id is located at its key, with the nearest ids', () => {
    const e = configError('extends: recommended\nrules:\n  procedure/filing-dedline: warning\n');
    expect([e.line, e.column]).toEqual([3, 3]);
    expect(e.msg?.zh).toBe('未知规则 "procedure/filing-dedline"，是否为 "procedure/filing-deadline"？');
    expect(e.msg?.en).toBe(
      'unknown rule "procedure/filing-dedline" — did you mean "procedure/filing-deadline"?',
    );
    expect(e.text('en')).toMatch(
      /^caselint: configuration error: .*caselint\.config\.yaml:3:3: unknown rule/,
    );
  });

  it('a rule written without its pack, or by its Chinese title, finds the rule', () => {
    expect(suggestRuleIds('statement-period', allRules)).toEqual(['procedure/statement-period']);
    expect(suggestRuleIds('听证申请期限', allRules)).toEqual(['procedure/hearing-request-window']);
  });

  it('garbage gets no suggestion', () => {
    expect(suggestRuleIds('zzzz/qqqq', allRules)).toEqual([]);
    const e = configError('rules:\n  zzzz/qqqq: off\n');
    expect(e.msg?.en).not.toContain('did you mean');
    expect(e.msg?.zh).not.toContain('是否为');
  });

  it('a setting inherited through extends is located in the file that made it', () => {
    const e = configError(
      'extends: ./base.yaml\n',
      'rules:\n  penalty/disproportionate-fine: [warning, { proximityBand: 3 }]\n',
    );
    expect(e.file).toMatch(/base\.yaml$/);
    expect([e.line, e.column]).toEqual([2, 61]);
  });
});

describe('rule options against their declared specs', () => {
  it('an unknown option name is located at the name, with the nearest option', () => {
    const e = configError('rules:\n  procedure/filing-deadline:\n    - warning\n    - clockStrt: clue\n');
    expect([e.line, e.column]).toEqual([4, 7]);
    expect(e.msg?.zh).toBe('规则 procedure/filing-deadline 没有选项 clockStrt，是否为 "clockStart"？');
    expect(e.msg?.en).toBe(
      'rule procedure/filing-deadline has no option "clockStrt" — did you mean "clockStart"?',
    );
  });

  it('an unknown option that resembles nothing lists the options', () => {
    const e = configError('rules:\n  execution/remedy-statement: [warning, { qqqqqq: 1 }]\n');
    expect(e.msg?.en).toBe(
      'rule execution/remedy-statement has no option "qqqqqq"; its options: requireCourt',
    );
  });

  it('a value of the wrong type is located at the value and says what was expected', () => {
    const e = configError('rules:\n  penalty/disproportionate-fine: [warning, { proximityBand: "0.2" }]\n');
    expect([e.line, e.column]).toEqual([2, 61]);
    expect(e.msg?.zh).toBe(
      '规则 penalty/disproportionate-fine 的选项 proximityBand 应为数字（实际为 "0.2"）',
    );
    expect(e.msg?.en).toBe(
      'option "proximityBand" of rule penalty/disproportionate-fine must be a number (found "0.2")',
    );
  });

  it('a value out of range', () => {
    const e = configError('rules:\n  penalty/disproportionate-fine: [warning, { proximityBand: 2 }]\n');
    expect(e.msg?.en).toBe(
      'option "proximityBand" of rule penalty/disproportionate-fine must be between 0 and 0.5 (found 2)',
    );
    const months = configError(
      'rules:\n  execution/enforcement-application-window: [error, { litigationMonthsWhenNotStated: 3 }]\n',
    );
    expect(months.msg?.zh).toContain('应在 6 至 12 之间（实际为 3）');
  });

  it('a value outside the allowed words gets the nearest, Chinese names of event types included', () => {
    const e = configError('rules:\n  procedure/filing-deadline: [warning, { clockStart: clu }]\n');
    expect(e.msg?.en).toContain('has the value "clu", which is not allowed — did you mean "clue"?');
    const events = configError(
      'rules:\n  execution/no-steps-after-archiving: [warning, { allowedAfterArchiving: [litigation-filed, 行政复议] }]\n',
    );
    expect(events.msg?.zh).toContain(
      'allowedAfterArchiving 第2项的值 "行政复议" 不在允许范围内，是否为 "reconsideration-filed"（申请行政复议）？',
    );
    const garbage = configError(
      'rules:\n  procedure/statement-period: [warning, { statedPeriodUnit: qqqq }]\n',
    );
    expect(garbage.msg?.en).toBe(
      'option "statedPeriodUnit" of rule procedure/statement-period must be one of day, workday (found "qqqq")',
    );
  });

  it('a date option must be a real date', () => {
    expect(
      optionProblems(
        allRules.find((r) => r.meta.id === 'procedure/legal-review')!,
        {
          oldLawReviewFrom: '2018-02-30',
        },
      )[0]?.message.en,
    ).toContain('must be a date in YYYY-MM-DD format');
  });

  it('valid options pass', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-opts-'));
    writeFileSync(
      join(dir, 'caselint.config.yaml'),
      'rules:\n  procedure/filing-deadline: [warning, { clockStart: preliminary-review }]\n  penalty/benchmark-applied: [error, { tolerance: 0.5 }]\n',
    );
    expect(resolveConfig({ cwd: dir, rules: allRules }).rules['procedure/filing-deadline']?.options).toEqual({
      clockStart: 'preliminary-review',
    });
  });
});

describe('settings of the configuration file', () => {
  it('an unknown setting is located at its key with the nearest setting', () => {
    const e = configError('extends: recommended\njurisdction: CN-SH\n');
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(e.msg?.zh).toBe('配置文件顶层有未知设置 jurisdction，是否为 "jurisdiction"？');
    expect(e.msg?.en).toBe(
      'the top level of the configuration has an unknown setting "jurisdction" — did you mean "jurisdiction"?',
    );
    const nested = configError('attachments:\n  maxByte: 10\n');
    expect([nested.line, nested.column]).toEqual([2, 3]);
    expect(nested.msg?.en).toContain('did you mean "maxBytes"?');
  });

  it('garbage setting names get the list of settings', () => {
    const e = configError('qqqqqq: 1\n');
    expect(e.msg?.en).not.toContain('did you mean');
    expect(e.msg?.en).toContain('the settings are: extends, asOf, jurisdiction');
  });

  it('a misspelt severity, a wrong type and a bad date say what was expected', () => {
    const severity = configError('rules:\n  core/law-reference: [warn, {}]\n');
    expect([severity.line, severity.column]).toEqual([2, 24]);
    expect(severity.msg?.en).toBe(
      'rule core/law-reference: the severity must be error, warning, info or off (found "warn") — did you mean "warning"?',
    );
    expect(configError('thresholdInclusive: "yes"\n').msg?.en).toBe(
      'thresholdInclusive must be a boolean (true or false) (found a string "yes")',
    );
    const date = configError('lang: en\nasOf: 2020-13-01\n');
    expect(date.msg?.en).toBe('asOf must be a real date in YYYY-MM-DD format (found "2020-13-01")');
    expect(date.text(undefined)).toMatch(/^caselint: configuration error: /);
  });
});

describe('option declarations', () => {
  it('every default satisfies its own spec', () => {
    for (const rule of allRules) {
      const defaults = Object.fromEntries(
        Object.entries(rule.meta.options ?? {}).map(([name, spec]) => [name, spec.default]),
      );
      expect(optionProblems(rule, defaults), rule.meta.id).toEqual([]);
    }
  });

  it("every rule fixture's options are options of its rule, of the declared type", () => {
    const settingKeys = new Set(['thresholdInclusive', 'jurisdiction']);
    const rules = new Map(allRules.map((r) => [r.meta.id, r]));
    let checked = 0;
    for (const pack of readdirSync(fromRoot('fixtures', 'rules'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    ))
      for (const name of readdirSync(fromRoot('fixtures', 'rules', pack.name))) {
        const rule = rules.get(`${pack.name}/${name}`);
        if (!rule) continue;
        for (const file of readdirSync(fromRoot('fixtures', 'rules', pack.name, name)).filter((f) =>
          f.endsWith('.yaml'),
        )) {
          const fixture = parse(
            readFileSync(fromRoot('fixtures', 'rules', pack.name, name, file), 'utf8'),
          ) as {
            options?: Record<string, unknown>;
          } | null;
          const options = Object.fromEntries(
            Object.entries(fixture?.options ?? {}).filter(([key]) => !settingKeys.has(key)),
          );
          if (Object.keys(options).length === 0) continue;
          checked++;
          expect(optionProblems(rule, options), `${rule.meta.id} ${file}`).toEqual([]);
        }
      }
    expect(checked).toBeGreaterThan(0);
  });

  it('every option a rule reads is declared by that rule', () => {
    const byFile = new Map(allRules.map((r) => [r.meta.id, r]));
    for (const pack of readdirSync(fromRoot('rules'), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    )) {
      for (const file of readdirSync(fromRoot('rules', pack.name)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(fromRoot('rules', pack.name, file), 'utf8');
        const read = [...source.matchAll(/ctx\.options\.([A-Za-z]+)/g)].map((m) => m[1] ?? '');
        if (read.length === 0) continue;
        const rule = byFile.get(`${pack.name}/${file.replace(/\.ts$/, '')}`);
        expect(rule, `${pack.name}/${file} reads options`).toBeDefined();
        for (const name of read) expect(rule?.meta.options?.[name], `${rule?.meta.id} ${name}`).toBeDefined();
      }
    }
  });
});
