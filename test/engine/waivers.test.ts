/**
 * Waivers against the rule set of the run: a waiver is "unknown rule" only when caselint does not know the rule at
 * all. A waiver of a caselint rule that did not run (outside the rule set an API caller gave, or off) cannot be
 * judged and is accepted silently; a waiver of a rule that ran and matched nothing is still reported. What caselint
 * knows is what the caller hands the engine (`knownRules`): the API and the CLI give caselint's full list.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, lintCase } from '../../src/api.js';
import type { CaseFileData, WaiverData } from '../../src/model/case-data.js';
import { fixtureCase } from '../helpers.js';
import { fromRoot } from '../../src/paths.js';
import { rule as partyId } from '../../rules/core/party-id-checksum.js';
import { rule as lawReference } from '../../rules/core/law-reference.js';
import { allRules } from '../../rules/index.js';
import { lintPaths } from '../../src/engine/run.js';
import { applyWaivers, type WaiverScope } from '../../src/engine/waivers.js';
import type { Rule } from '../../src/engine/types.js';
import { buildCase } from '../../src/model/build.js';
import { loadKnowledge } from '../../src/law/index.js';

const waiver = (rule: string): WaiverData => ({
  rule,
  reason: '已核实',
  approved_by: '法制科',
  date: '2020-11-02',
});

/** printing-vocs with these waivers */
function withWaivers(rules: string[]): CaseFileData {
  return { ...fixtureCase('cases', 'printing-vocs'), waivers: rules.map(waiver) };
}

/** a folder holding printing-vocs as `case/`, its case file waiving these rules */
function caseFolderWaiving(rules: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-waivers-'));
  cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), join(dir, 'case'), { recursive: true });
  const file = join(dir, 'case', 'case.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      /^waivers: \[\]$/m,
      'waivers:\n' +
        rules
          .map((r) => `  - { rule: ${r}, reason: 已核实, approved_by: 法制科, date: 2020-11-02 }`)
          .join('\n'),
    ),
  );
  return dir;
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
    const dir = caseFolderWaiving(['doc/decision-party', 'repo/duplicate-number', 'qqqq/zzzz']);
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

describe('the engine judges waivers against the rules its caller names (issue 13)', () => {
  /** a folder with printing-vocs, waiving a caselint rule outside the run, an unknown id and a rule of the run */
  function caseFolder(): string {
    return caseFolderWaiving(['doc/decision-party', 'qqqq/zzzz', 'core/party-id-checksum']);
  }

  it('a rule the caller names as known is not judged; without it, the engine knows only the rules it runs', async () => {
    const cwd = caseFolder();
    const run = (knownRules?: Rule[]) =>
      lintPaths(['case'], {
        cwd,
        rules: [partyId],
        asOf: '2026-11-28',
        ...(knownRules ? { knownRules } : {}),
      }).then((r) => unusedOf(r.results[0]?.findings ?? []).map((f) => f.path));
    expect(await run(allRules)).toEqual(['/waivers/1/rule', '/waivers/2']);
    expect(await run()).toEqual(['/waivers/0/rule', '/waivers/1/rule', '/waivers/2']);
  });

  it('applyWaivers: the run, the known rules and the rules that ran', () => {
    const data = withWaivers(['doc/decision-party', 'qqqq/zzzz', 'core/party-id-checksum']);
    const c = buildCase({ data, dir: '.', file: 'case.yaml' }, loadKnowledge().law);
    const at = () => ({ line: 1, column: 1 });
    const paths = (scope: WaiverScope) => unusedOf(applyWaivers(c, [], at, scope)).map((f) => f.path);
    const ran = new Set([partyId.meta.id]);
    expect(paths({ ruleSet: [partyId], knownRules: allRules, ran })).toEqual([
      '/waivers/1/rule',
      '/waivers/2',
    ]);
    expect(paths({ ruleSet: [partyId], ran })).toEqual(['/waivers/0/rule', '/waivers/1/rule', '/waivers/2']);
    // only the known rules: every one of them is taken as a rule of the run
    expect(paths({ knownRules: allRules, ran })).toEqual(['/waivers/1/rule', '/waivers/2']);
    expect(paths({ knownRules: allRules })).toEqual(['/waivers/0', '/waivers/1/rule', '/waivers/2']);
    // the suggestion for an unknown id comes from the rules named, the run's own first
    const typo = buildCase(
      { data: withWaivers(['doc/decision-prty']), dir: '.', file: 'case.yaml' },
      loadKnowledge().law,
    );
    const message = (scope: WaiverScope) =>
      unusedOf(applyWaivers(typo, [], at, scope))[0]?.message as unknown as { en: string };
    expect(message({ ruleSet: [partyId], knownRules: allRules }).en).toContain(
      'did you mean "doc/decision-party"',
    );
    expect(message({ ruleSet: [partyId] }).en).toBe(
      'Waiver matched no finding: unknown rule "doc/decision-prty" (caselint rules lists them all)',
    );
  });
});

describe('waivers of a rule that could not check the case', () => {
  it('are not judged when a fact the rule needs is not recorded (partial record); a run rule still is', async () => {
    const data = withWaivers(['procedure/filing-deadline', 'core/party-id-checksum']);
    const report = await lintCase(
      { ...data, case: { ...data.case, record: 'partial' } },
      { asOf: '2026-11-28', lang: 'en' },
    );
    const findings = report.results[0]?.findings ?? [];
    expect(findings.some((f) => f.ruleId === 'coverage/not-recorded')).toBe(true);
    expect(unusedOf(findings).map((f) => f.path)).toEqual(['/waivers/1']);
  });
});
