/**
 * Waivers against the rule set of the run: a waiver is "unknown rule" only when caselint does not know the rule at
 * all. A waiver of a caselint rule that did not run (outside the rule set an API caller gave, or off) cannot be
 * judged and is accepted silently; a waiver of a rule that ran and matched nothing is still reported.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lint, lintCase } from '../../src/api.js';
import type { CaseFileData, WaiverData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { rule as partyId } from '../../rules/core/party-id-checksum.js';
import { rule as lawReference } from '../../rules/core/law-reference.js';

const waiver = (rule: string): WaiverData => ({
  rule,
  reason: '已核实',
  approved_by: '法制科',
  date: '2020-11-02',
});

/** printing-vocs with these waivers */
function withWaivers(rules: string[]): CaseFileData {
  const data = parse(
    readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
  ) as CaseFileData;
  return { ...data, waivers: rules.map(waiver) };
}

type Unused = { path?: string; message: string; severity: string };
const unusedOf = (findings: { ruleId: string }[]): Unused[] =>
  findings.filter((f) => f.ruleId === 'core/unused-waiver') as unknown as Unused[];

describe('waivers with a subset rule set (API ruleSet)', () => {
  it('a known rule outside the subset is accepted; an unknown one is reported; a stale one of a run rule too', async () => {
    const report = await lintCase(
      withWaivers(['procedure/filing-deadline', 'procedure/filing-dedline', 'core/party-id-checksum']),
      { ruleSet: [partyId, lawReference], asOf: '2026-11-28', lang: 'en' },
    );
    const unused = unusedOf(report.results[0]?.findings ?? []);
    expect(unused.map((f) => [f.path, f.severity, f.message])).toEqual([
      [
        '/waivers/1/rule',
        'warning',
        'Waiver matched no finding: unknown rule "procedure/filing-dedline" — did you mean "procedure/filing-deadline"?',
      ],
      [
        '/waivers/2',
        'warning',
        'Waiver matched no finding: rule core/party-id-checksum. Remove the stale waiver or check the rule id',
      ],
    ]);
  });

  it('the same through lint() on a folder, with a cross-case rule outside the subset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-waivers-'));
    cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), join(dir, 'case'), { recursive: true });
    const file = join(dir, 'case', 'case.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^waivers: \[\]$/m,
        'waivers:\n' +
          ['doc/decision-party', 'repo/duplicate-number', 'qqqq/zzzz']
            .map((r) => `  - { rule: ${r}, reason: 已核实, approved_by: 法制科, date: 2020-11-02 }`)
            .join('\n'),
      ),
    );
    const report = await lint(['case'], { cwd: dir, ruleSet: [partyId], asOf: '2026-11-28' });
    const unused = unusedOf(report.results[0]?.findings ?? []);
    expect(unused.map((f) => f.path)).toEqual(['/waivers/2/rule']);
    expect(unused[0]?.message).toBe(
      '豁免未匹配任何问题：未知规则 "qqqq/zzzz"（用 caselint rules 查看全部规则）',
    );
  });

  it('a waiver of a rule switched off is not judged either', async () => {
    const report = await lintCase(withWaivers(['core/law-reference']), {
      ruleSet: [partyId, lawReference],
      rules: { 'core/law-reference': 'off' },
      asOf: '2026-11-28',
    });
    expect(unusedOf(report.results[0]?.findings ?? [])).toEqual([]);
    const on = await lintCase(withWaivers(['core/law-reference']), {
      ruleSet: [partyId, lawReference],
      asOf: '2026-11-28',
    });
    expect(unusedOf(on.results[0]?.findings ?? []).map((f) => f.path)).toEqual(['/waivers/0']);
  });
});
