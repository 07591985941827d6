/**
 * A loader-free runner for the execution pack's fixtures, so the pack can be tested on its own: reads the
 * fixture YAML, applies the patch (src/engine/fixture.ts), builds the Case and runs one rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadKnowledge } from '../../src/law/index.js';
import { buildCase } from '../../src/model/build.js';
import type { CaseData, CaseFileData } from '../../src/model/case-data.js';
import { applyFixtureSpec, type FixtureSpec } from '../../src/engine/fixture.js';
import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';

/** YAML dates are plain strings in case files (the yaml package's core schema keeps them as strings) */
export function cleanCase(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

export function cleanCaseNames(): string[] {
  return readdirSync(fromRoot('fixtures', 'cases'));
}

/** the fixture patch of docs/architecture.md: the engine's own implementation */
export const applySpec = applyFixtureSpec;

export function runOn(
  rule: Rule,
  data: CaseFileData,
  asOf = '2026-11-28',
  options: Record<string, unknown> = {},
): RuleFinding[] {
  const knowledge = loadKnowledge();
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]),
  );
  const c = buildCase({ data, dir: '/nonexistent/case', file: 'case.yaml' }, knowledge.law);
  return rule.check(c, {
    ...knowledge,
    asOf,
    options: { ...defaults, ...options },
    settings: { thresholdInclusive: true, jurisdiction: data.case.jurisdiction ?? 'CN-SH' },
  });
}

export interface LoadedFixture {
  name: string;
  expect: 'pass' | 'fail';
  findings: RuleFinding[];
}

export function runFixtures(rule: Rule): LoadedFixture[] {
  const dir = fromRoot('fixtures', 'rules', ...rule.meta.id.split('/'));
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^(pass|fail).*\.ya?ml$/.test(n));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const raw = parse(readFileSync(join(dir, name), 'utf8')) as FixtureSpec & Partial<CaseData>;
    const data = raw.format ? (raw as CaseData) : applySpec(cleanCase(raw.base ?? ''), raw);
    return {
      name,
      expect: name.startsWith('pass') ? 'pass' : 'fail',
      // a gap is coverage (the engine reports it as coverage/*), not a finding of the rule
      findings: runOn(rule, data, raw.as_of ?? '2026-11-28', raw.options ?? {}).filter(
        (f) => f.gap === undefined,
      ),
    };
  });
}
