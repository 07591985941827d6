/**
 * The programmatic API (`import { lint, lintCase } from 'caselint'`): paths or one case object in, the JSON
 * format's result out — the same document `caselint lint --format json` prints.
 */
import { basename, resolve } from 'node:path';
import { allRules } from '../rules/index.js';
import { resolveConfig, type ConfigInput } from './engine/config.js';
import {
  checkCaseWithCoverage,
  lintPaths,
  loadErrorFinding,
  prepareLintEnv,
  type CaseRunInput,
} from './engine/run.js';
import type { CaseResult, LintRun, WorkerSetting } from './engine/run-types.js';
import type { Rule } from './engine/types.js';
import { json } from './format/json.js';
import type { Lang } from './format/types.js';
import type { JsonReport } from './format/json-types.js';
import { validateForRules } from './load/validate.js';
import type { CaseData, IsoDate } from './model/case-data.js';
import { buildCase } from './model/build.js';
import { shutdown } from './shutdown.js';
import { DEFAULT_CACHE_FILE } from './engine/cache.js';
import { workerEntry } from './cli/runtime.js';

export interface LintApiOptions {
  /** the folder relative paths and the configuration search start from (default: process.cwd()) */
  cwd?: string;
  /** judge deadlines as of this date (YYYY-MM-DD; default: today in China) */
  asOf?: IsoDate;
  /** a configuration file (default: caselint.config.yaml found upward from cwd) */
  config?: string;
  /** rule severities, e.g. { 'procedure/filing-deadline': 'warning', 'doc/decision-seal': 'off' } */
  rules?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** language of `message` and `suggestion` (both languages are always in `messages`) */
  lang?: Lang;
  /** only errors (like --quiet) */
  quiet?: boolean;
  /** the result cache: true for `.caselintcache` in cwd, or a file path */
  cache?: boolean | string;
  /** worker threads: a number, 'auto' (default: one per core above a few dozen cases) or 'off' */
  concurrency?: number | 'auto' | 'off';
  /**
   * run this rule set instead of every rule (cases then run in this thread). caselint's other rules stay known: the
   * configuration may set them and a waiver of one is not judged (it did not run); an id caselint does not know is
   * still an error
   */
  ruleSet?: Rule[];
}

/** the rules to run, and every rule known: caselint's full list, with the caller's own rules */
function ruleSetsOf(options: LintApiOptions): { rules: Rule[]; knownRules: Rule[] } {
  return { rules: options.ruleSet ?? allRules, knownRules: allRules };
}

function configInput(options: LintApiOptions, cwd: string): ConfigInput {
  const input: ConfigInput = { cwd };
  if (options.config) input.configPath = options.config;
  if (options.asOf) input.asOf = options.asOf;
  if (options.rules) input.ruleOverrides = options.rules;
  return input;
}

function report(run: LintRun, options: LintApiOptions, cwd: string): JsonReport {
  return JSON.parse(
    json(run, { lang: options.lang ?? 'zh', color: false, cwd, quiet: options.quiet ?? false }),
  ) as JsonReport;
}

let running = 0;

/**
 * Runs one API call; the shared resources (the text-extraction worker, worker threads) are shut down when the last
 * call in flight ends, so concurrent calls do not stop each other's workers and the host process can exit.
 */
async function apiCall<T>(work: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    if (running === 0) await shutdown();
  }
}

function workersFor(options: LintApiOptions): WorkerSetting | false {
  const entry = workerEntry();
  if (options.ruleSet || !entry || options.concurrency === 'off') return false;
  if (typeof options.concurrency === 'number')
    return options.concurrency > 1 ? { entry, count: options.concurrency, minCases: 2 } : false;
  return { entry };
}

/** Lints case folders or files (as `caselint lint` does) and returns the JSON format's document. */
export async function lint(paths: string | string[], options: LintApiOptions = {}): Promise<JsonReport> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const list = typeof paths === 'string' ? [paths] : paths;
  return apiCall(async () => {
    const ruleSets = ruleSetsOf(options);
    const run = await lintPaths(list, {
      cwd,
      config: resolveConfig({ ...configInput(options, cwd), ...ruleSets }),
      ...ruleSets,
      workers: workersFor(options),
      ...(options.cache
        ? { cacheFile: resolve(cwd, typeof options.cache === 'string' ? options.cache : DEFAULT_CACHE_FILE) }
        : {}),
    });
    return report(run, options, cwd);
  });
}

export interface LintCaseOptions extends Omit<LintApiOptions, 'cache' | 'concurrency'> {
  /** the name findings are reported against (default `case.yaml`) */
  file?: string;
  /** the case folder, when its attachments should be checked too (default: document rules see no attachments) */
  dir?: string;
}

/**
 * Checks one case object in memory (the parsed content of a case.yaml / case.json): schema, then the rules.
 * Positions are unknown for an object, so every finding is at 1:1 with its JSON pointer in `path`.
 */
export function lintCase(data: unknown, options: LintCaseOptions = {}): Promise<JsonReport> {
  return apiCall(() => checkCaseObject(data, options));
}

async function checkCaseObject(data: unknown, options: LintCaseOptions): Promise<JsonReport> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file = options.file ?? 'case.yaml';
  const { rules, knownRules } = ruleSetsOf(options);
  const config = resolveConfig({ ...configInput(options, cwd), rules, knownRules });
  const env = prepareLintEnv(config, rules, cwd, { knownRules });
  const nowhere = () => ({ line: 1, column: 1 });
  const locator = { locate: nowhere, locateKey: nowhere };
  // a null object property is not recorded, as if absent, as in a case file (src/load/nulls.ts)
  const { data: checked, errors, ignored } = validateForRules(data, file, locator);
  let result: CaseResult;
  if (errors.length > 0) {
    result = { file, findings: errors.map((e) => loadErrorFinding(e, basename(file))) };
  } else {
    const caseData = checked as CaseData;
    const dir = resolve(cwd, options.dir ?? '.');
    const c = buildCase({ data: caseData, dir, file }, env.knowledge.law);
    const jurisdiction = caseData.case.jurisdiction;
    const input: CaseRunInput = {
      case: c,
      locate: nowhere,
      active: env.active,
      base: jurisdiction ? { ...env.base, settings: { ...env.settings, jurisdiction } } : env.base,
      cwd,
      ruleSet: env.rules,
      knownRules: env.knownRules,
    };
    if (options.dir && env.needsAttachments) {
      const { prepareAttachments } = await import('./load/attachments.js');
      input.attachments = await prepareAttachments(c, { extractText: config.attachments.extractText });
    }
    const { findings, coverage } = checkCaseWithCoverage(input);
    const skipped = ignored.map((e) => loadErrorFinding(e, c.id));
    result = { file, caseId: c.id, findings: [...skipped, ...findings], coverage };
  }
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const f of result.findings) {
    if (f.waived) continue;
    if (f.severity === 'error') errorCount += 1;
    else if (f.severity === 'warning') warningCount += 1;
    else infoCount += 1;
  }
  const run: LintRun = {
    results: [result],
    rules: env.active.map((a) => a.rule.meta),
    asOf: env.base.asOf,
    errorCount,
    warningCount,
    infoCount,
    fatalInputError: false,
    durationMs: 0,
  };
  return report(run, options, cwd);
}

export type {
  JsonBasis,
  JsonCaseResult,
  JsonCoverage,
  JsonFinding,
  JsonGap,
  JsonReport,
} from './format/json-types.js';
export type { Lang } from './format/types.js';
export type { CaseResult } from './engine/run-types.js';
export type { Deadline, Finding, LegalBasis, Msg, Rule, RuleMeta, Severity } from './engine/types.js';
export type { CaseData, CaseFileData, IsoDate } from './model/case-data.js';
export { allRules } from '../rules/index.js';
