import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown, unaccounted } from '../src/docs/rules-doc.js';
import { explainText } from '../src/cli/commands/explain.js';
import { allRules } from '../rules/index.js';
import { fromRoot } from '../src/paths.js';

const withOptions = allRules.filter((r) => Object.keys(r.meta.options ?? {}).length > 0);

describe('docs/rules.md', () => {
  it('is up to date with the rule metadata (run npx tsx scripts/gen-rules-doc.ts)', () => {
    expect(readFileSync(fromRoot('docs', 'rules.md'), 'utf8')).toBe(rulesMarkdown());
  });

  it('accounts for every digest candidate: implemented or not, with a reason', () => {
    expect(unaccounted()).toEqual([]);
  });

  it("lists every rule option with its type or allowed values, default and meaning, from the rule's meta", () => {
    const doc = rulesMarkdown();
    const section = doc.slice(doc.indexOf('## Rule options'), doc.indexOf('## input'));
    const rows = section.split('\n').filter((l) => l.startsWith('| [`'));
    expect(withOptions.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(withOptions.reduce((n, r) => n + Object.keys(r.meta.options ?? {}).length, 0));
    const monitoring = rows.find(
      (l) => l.includes('`procedure/filing-deadline`') && l.includes('`monitoringClock`'),
    );
    expect(monitoring).toMatch(
      /\| `clue` \\\| `report-received` \| `clue` \| 违法事实由监测报告认定.* \/ When the violation rests on a monitoring report/,
    );
    const months = rows.find((l) => l.includes('`litigationMonthsWhenNotStated`'));
    expect(months).toContain('| integer 6–12 | `12` |');
    const events = rows.find((l) => l.includes('`allowedAfterArchiving`'));
    expect(events).toContain(
      '| list of event types (the 55 values of the case format, see docs/case-format.md) | `[]` |',
    );
    for (const r of withOptions)
      for (const [name, spec] of Object.entries(r.meta.options ?? {})) {
        const row = rows.find((l) => l.startsWith(`| [\`${r.meta.id}\`]`) && l.includes(`| \`${name}\` |`));
        expect(row, `${r.meta.id} ${name}`).toBeDefined();
        expect(row, `${r.meta.id} ${name}`).toContain(spec.description.en.replace(/\|/g, '\\|').slice(0, 40));
        for (const value of spec.type === 'string' ? (spec.enum ?? []) : [])
          expect(row, `${r.meta.id} ${name} ${value}`).toContain(`\`${value}\``);
      }
  });
});

describe('caselint explain', () => {
  it('shows every option of the rule with its values, default and meaning, in Chinese and in English', async () => {
    const rule = allRules.find((r) => r.meta.id === 'procedure/filing-deadline')!;
    const zh = await explainText(rule, 'zh');
    expect(zh).toContain('选项（caselint.config.yaml 中 rules 下设置）：');
    expect(zh).toContain('  monitoringClock: clue | report-received；默认 clue\n    违法事实由监测报告认定');
    const en = await explainText(rule, 'en');
    expect(en).toContain(
      '  monitoringClock: clue | report-received; default clue\n    When the violation rests on',
    );
    expect(en).toContain('  e.g.: rules: { procedure/filing-deadline: [warning, { clockStart: "clue" }] }');
    for (const r of withOptions.slice(0, 6)) {
      const text = await explainText(r, 'en');
      for (const [name, spec] of Object.entries(r.meta.options ?? {})) {
        expect(text, `${r.meta.id} ${name}`).toContain(`  ${name}: `);
        expect(text, `${r.meta.id} ${name}`).toContain(spec.description.en);
      }
    }
  });
});
