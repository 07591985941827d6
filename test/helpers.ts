/** Helpers for rule unit tests and the fixture harness. */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allRules } from '../rules/index.js';
import { ConfigError, resolveConfig } from '../src/engine/config.js';
import { fromRoot } from '../src/paths.js';
import { loadKnowledge } from '../src/law/index.js';
import { buildCase as build } from '../src/model/build.js';
import type { Case } from '../src/model/case.js';
import type { CaseFileData, IsoDate } from '../src/model/case-data.js';
import type { Finding, Rule, RuleContext, RuleFinding, Settings } from '../src/engine/types.js';
import { FIXTURE_AS_OF, runFixture as runEngineFixture, type Fixture } from '../src/engine/fixture.js';

export const defaultSettings: Settings = { thresholdInclusive: true, jurisdiction: 'CN-SH' };

export function makeContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    ...loadKnowledge(),
    asOf: FIXTURE_AS_OF,
    options: {},
    settings: defaultSettings,
    ...overrides,
  };
}

export function buildCase(data: CaseFileData, dir = '/nonexistent/case'): Case {
  return build({ data, dir, file: 'case.yaml' }, loadKnowledge().law);
}

export interface RunRuleOptions {
  asOf?: IsoDate;
  options?: Record<string, unknown>;
  settings?: Partial<Settings>;
}

/** Runs one rule directly, with its default options merged with the given ones. */
export function runRule(rule: Rule, data: CaseFileData, run: RunRuleOptions = {}): RuleFinding[] {
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]),
  );
  return rule.check(
    buildCase(data),
    makeContext({
      asOf: run.asOf ?? FIXTURE_AS_OF,
      options: { ...defaults, ...(run.options ?? {}) },
      settings: { ...defaultSettings, ...(run.settings ?? {}) },
    }),
  );
}

/** Runs one rule over a fixture through the engine (the same path `caselint explain` uses). */
export function runFixture(rule: Rule, fixture: Fixture): Promise<Finding[]> {
  return runEngineFixture(rule, fixture, process.cwd());
}

/** the parsed case file of a fixture case: fixtures/<set>/<name>/case.yaml */
/** the fixture's case file (case.yaml, else case.json: JSON is YAML too), parsed */
export function fixtureCase(set: 'cases' | 'lawful' | 'partial', name: string): CaseFileData {
  const yamlFile = fromRoot('fixtures', set, name, 'case.yaml');
  const file = existsSync(yamlFile) ? yamlFile : fromRoot('fixtures', set, name, 'case.json');
  return parse(readFileSync(file, 'utf8')) as CaseFileData;
}

/** the ConfigError of the configuration found in `dir`, checked against every rule; fails when there is none */
export function configErrorIn(dir: string): ConfigError {
  try {
    resolveConfig({ cwd: dir, rules: allRules });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}
