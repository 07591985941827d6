/** Helpers for rule unit tests and the fixture harness. */
import { loadKnowledge } from '../src/law/index.js';
import { buildCase as build } from '../src/model/build.js';
import type { Case } from '../src/model/case.js';
import type { CaseData, IsoDate } from '../src/model/case-data.js';
import { checkCase, knowledgeFor, selectRules } from '../src/engine/run.js';
import type { Finding, Rule, RuleContext, RuleFinding, Settings } from '../src/engine/types.js';
import type { Fixture } from '../src/engine/fixture.js';
import type { ResolvedConfig } from '../src/engine/config.js';

export const defaultSettings: Settings = { thresholdInclusive: true, jurisdiction: 'CN-SH' };

export function makeContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    ...loadKnowledge(),
    asOf: '2026-11-28',
    options: {},
    settings: defaultSettings,
    ...overrides,
  };
}

export function buildCase(data: CaseData, dir = '/nonexistent/case'): Case {
  return build({ data, dir, file: 'case.yaml' }, loadKnowledge().law);
}

export interface RunRuleOptions {
  asOf?: IsoDate;
  options?: Record<string, unknown>;
  settings?: Partial<Settings>;
}

/** Runs one rule directly, with its default options merged with the given ones. */
export function runRule(rule: Rule, data: CaseData, run: RunRuleOptions = {}): RuleFinding[] {
  const defaults = Object.fromEntries(
    Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]),
  );
  return rule.check(
    buildCase(data),
    makeContext({
      asOf: run.asOf ?? '2026-11-28',
      options: { ...defaults, ...(run.options ?? {}) },
      settings: { ...defaultSettings, ...(run.settings ?? {}) },
    }),
  );
}

function configFor(rule: Rule, options: Record<string, unknown>): ResolvedConfig {
  const settingsKeys = new Set(['thresholdInclusive', 'jurisdiction']);
  const ruleOptions = Object.fromEntries(Object.entries(options).filter(([k]) => !settingsKeys.has(k)));
  const config: ResolvedConfig = {
    preset: 'shanghai',
    jurisdiction: (options.jurisdiction as string | undefined) ?? defaultSettings.jurisdiction,
    rules: { [rule.meta.id]: { severity: rule.meta.severity, options: ruleOptions } },
    calendarOverrides: [],
    calendarCoveredYears: [],
    attachments: { extractText: true },
    ignore: [],
  };
  if (typeof options.thresholdInclusive === 'boolean') config.thresholdInclusive = options.thresholdInclusive;
  return config;
}

/** Runs one rule over a fixture through the engine (severity, location, waivers, attachments). */
export async function runFixture(rule: Rule, fixture: Fixture): Promise<Finding[]> {
  const config = configFor(rule, fixture.options);
  const [active] = selectRules(config, [rule]);
  if (!active) return [];
  const knowledge = knowledgeFor(config);
  const c = build(
    { data: fixture.loaded.data, dir: fixture.loaded.dir, file: fixture.loaded.file },
    knowledge.law,
  );
  const base = {
    ...knowledge,
    asOf: fixture.asOf ?? '2026-11-28',
    settings: {
      thresholdInclusive: config.thresholdInclusive ?? true,
      jurisdiction: fixture.loaded.data.case.jurisdiction ?? config.jurisdiction,
    },
  };
  const input: Parameters<typeof checkCase>[0] = {
    case: c,
    locate: fixture.loaded.locate,
    active: [active],
    base,
    cwd: process.cwd(),
  };
  if (rule.meta.needsAttachments) {
    const { prepareAttachments } = await import('../src/load/attachments.js');
    input.attachments = await prepareAttachments(c);
  }
  return checkCase(input).filter((f) => f.ruleId === rule.meta.id);
}
