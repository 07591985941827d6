/**
 * One lint run: discover → load → build → (attachments) → rules → waivers → findings.
 * One broken case never stops the others: load errors become located findings of that case.
 */
import { basename, dirname, join, relative, resolve } from 'node:path';
import { promises as fsp } from 'node:fs';
import { discoverCases, loadCase } from '../load/index.js';
import type { LoadError, LoadedCase } from '../load/types.js';
import { buildKnowledge, loadKnowledge, type Knowledge } from '../law/index.js';
import { buildCase } from '../model/build.js';
import { summariseCase } from '../report/summary.js';
import type { Case } from '../model/case.js';
import { penaltyIsProposal } from '../model/case.js';
import { todayInChina } from '../model/dates.js';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { ResultCache, cacheSettingsKey, caseFingerprint, type CaseFingerprint } from './cache.js';
import { LintPool } from './pool.js';
import { StringPool } from './intern.js';
import type { CaseResult, LintOptions, LintRun } from './run-types.js';
import type {
  AttachmentIndex,
  CaseCoverage,
  Finding,
  Rule,
  RuleContext,
  RuleFinding,
  Severity,
  Settings,
} from './types.js';
import { mergeByCause } from './merge.js';
import { knownRuleList } from './rule-options.js';
import { applyWaivers } from './waivers.js';
import { CoverageCollector, groupedGapFindings, notChecked } from './coverage.js';
import { missingFacts } from './facts.js';
import { agencyScopeGap } from './scope.js';
import { describeInternalError, internalErrorFinding } from './internal-error.js';
import { crossCaseFacts } from './cross-facts.js';
import { leanResult } from './lean-result.js';
import { crossCaseFindings, crossRulesOf, type CrossCaseInput } from './cross-case.js';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  /** true when the configuration set the severity explicitly (it then caps per-finding severities) */
  configured: boolean;
  options: Record<string, unknown>;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** a case file that was read and parsed but does not fit the format: a finding (exit 1), not unreadable input (exit 2) */
const SCHEMA_ERROR_CODES: ReadonlySet<string> = new Set(['schema', 'date-format']);

export function selectRules(config: ResolvedConfig, rules: readonly Rule[]): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting?.severity === 'off') continue;
    const defaults = Object.fromEntries(
      Object.entries(rule.meta.options ?? {}).map(([key, spec]) => [key, spec.default]),
    );
    active.push({
      rule,
      severity: setting ? setting.severity : rule.meta.severity,
      configured: setting !== undefined,
      options: { ...defaults, ...(setting?.options ?? {}) },
    } as ActiveRule);
  }
  return active;
}

export function findingSeverity(active: ActiveRule, found: RuleFinding): Severity {
  const own = found.severity ?? active.severity;
  if (!active.configured) return own;
  return RANK[own] <= RANK[active.severity] ? own : active.severity;
}

export interface CaseRunInput {
  case: Case;
  locate: LoadedCase['locate'];
  active: ActiveRule[];
  base: Omit<RuleContext, 'options' | 'attachments'>;
  cwd: string;
  attachments?: AttachmentIndex;
  /** ids of the cross-case rules: their waivers are judged by the cross-case pass, not per case */
  crossRuleIds?: ReadonlySet<string>;
  /** every rule of the run, on or off */
  ruleSet?: readonly Rule[];
  /**
   * every rule the caller knows of (caselint's full list, from the CLI and the API), a superset of `ruleSet`: a waiver
   * naming an id in neither is reported as an unknown rule; one naming a known rule outside the run is not judged
   * (the rule did not run). Default: `ruleSet`.
   */
  knownRules?: readonly Rule[];
}

/** Runs the active rules on one loaded case; pure apart from the rules themselves. */
export function checkCase(input: CaseRunInput): Finding[] {
  return checkCaseWithCoverage(input).findings;
}

/**
 * Runs the active rules on one case and says what was checked: a rule whose `needs` the case does not record, or
 * that returns `notChecked()` gaps, is listed as not run, and each missing fact becomes one grouped info finding.
 */
export function checkCaseWithCoverage(input: CaseRunInput): { findings: Finding[]; coverage: CaseCoverage } {
  const { case: c, locate, active, base, cwd } = input;
  const findings: Finding[] = [];
  const coverage = new CoverageCollector();
  const caseBase: Omit<RuleContext, 'options'> = input.attachments
    ? { ...base, attachments: input.attachments }
    : base;
  for (const a of active) {
    // a cross-case rule compares cases after all of them ran (src/engine/cross-case.ts), never one case alone
    if (a.rule.across) continue;
    const blocked = prerequisiteGaps(c, a.rule);
    if (blocked.length > 0) {
      coverage.record(a.rule.meta, blocked);
      continue;
    }
    const ctx: RuleContext = { ...caseBase, options: a.options };
    let found: RuleFinding[];
    try {
      found = a.rule.check(c, ctx);
    } catch (error) {
      const detail = describeInternalError(error);
      found = [
        {
          severity: 'error',
          message: {
            zh: `规则 ${a.rule.meta.id} 执行出错：${detail.zh}（请向 caselint 维护者报告）`,
            en: `Rule ${a.rule.meta.id} failed: ${detail.en} (please report this to the caselint maintainers)`,
          },
        },
      ];
    }
    coverage.record(a.rule.meta, found);
    if (a.rule.meta.judgesPenalty && penaltyIsProposal(c)) found = found.map((f) => asProposal(f, a));
    for (const f of found) {
      if (f.gap) continue;
      const pos = f.file ? { line: f.line ?? 1, column: f.column ?? 1 } : safeLocate(locate, f.path ?? '');
      const finding: Finding = {
        ruleId: a.rule.meta.id,
        severity: findingSeverity(a, f),
        category: a.rule.meta.category,
        message: f.message,
        case: c.id,
        file: f.file ? relative(cwd, join(c.dir, f.file)) : c.file,
        line: pos.line,
        column: pos.column,
        basis: f.basis ?? a.rule.meta.basis,
      };
      if (f.path !== undefined) finding.path = f.path;
      if (f.suggestion) finding.suggestion = f.suggestion;
      if (f.deadline) finding.deadline = f.deadline;
      if (f.cause !== undefined) finding.cause = f.cause;
      findings.push(finding);
    }
  }
  const result = coverage.result();
  findings.push(...groupedGapFindings(c, result.notChecked, (p) => safeLocate(locate, p)));
  return {
    findings: applyWaivers(c, mergeByCause(findings), locate, {
      ...(input.ruleSet ? { ruleSet: input.ruleSet } : {}),
      ...(input.knownRules ? { knownRules: input.knownRules } : {}),
      ...(input.crossRuleIds ? { deferred: input.crossRuleIds } : {}),
      // a rule that could not check this case (a fact it needs is not recorded) cannot have matched its waiver
      ran: ranOn(active, result),
    }),
    coverage: result,
  };
}

/** the rules that checked the case: active, and not kept from running by a fact it does not record */
function ranOn(active: readonly ActiveRule[], coverage: CaseCoverage): Set<string> {
  const notRun = new Set(coverage.notChecked.map((e) => e.ruleId));
  return new Set(active.map((a) => a.rule.meta.id).filter((id) => !notRun.has(id)));
}

/**
 * A finding about the penalty of an open case without a decision is about the proposal: said so, and at most a
 * warning — nothing unlawful has been decided yet, but the proposal should be corrected before deciding.
 */
function asProposal(f: RuleFinding, a: ActiveRule): RuleFinding {
  if (f.gap) return f;
  const own = f.severity ?? a.severity;
  return {
    ...f,
    severity: own === 'error' ? 'warning' : own,
    message: {
      zh: `尚未作出处罚决定，所记处罚为拟作出的处罚：${f.message.zh}`,
      en: `The penalty recorded is the proposal (no decision yet): ${f.message.en}`,
    },
  };
}

/** gaps that keep a rule from running at all: facts it needs that are not recorded, or an agency out of its scope */
export function prerequisiteGaps(c: Case, rule: Rule): RuleFinding[] {
  // the first fact missing, in the order the rule lists them (the broadest first): a check is listed once, under
  // what keeps it from running, not once per fact (a partial record lacks the procedure and the document list alike)
  const gaps = missingFacts(c, rule.meta.needs ?? [])
    .slice(0, 1)
    .map((key) => notChecked(key));
  const scope = agencyScopeGap(c, rule.meta);
  if (scope) gaps.push(notChecked(scope));
  return gaps;
}

/** a position for a finding; a locator failure (it parses the file again) falls back to the file's start */
function safeLocate(locate: LoadedCase['locate'], pointer: string): { line: number; column: number } {
  try {
    return locate(pointer);
  } catch {
    return { line: 1, column: 1 };
  }
}

export function loadErrorFinding(error: LoadError, caseName: string): Finding {
  const f: Finding = {
    ruleId: `input/${error.code}`,
    severity: error.severity,
    category: 'input',
    message: error.message,
    case: caseName,
    file: error.file,
    line: error.line,
    column: error.column,
    basis: [],
  };
  if (error.path !== undefined) f.path = error.path;
  return f;
}

/** What a case needs from its run, built once per run (and once in each worker thread). */
export interface LintEnv {
  cwd: string;
  config: ResolvedConfig;
  active: ActiveRule[];
  /** every rule of the run, on or off */
  rules: readonly Rule[];
  /** every rule the caller knows of: the rules of the run and any others it named (LintOptions.knownRules) */
  knownRules: readonly Rule[];
  base: Omit<RuleContext, 'options' | 'attachments'>;
  settings: Settings;
  knowledge: Knowledge;
  needsAttachments: boolean;
  keepCase: boolean;
  /** compute the cache fingerprint of each case (attachments' hashes, folder listing) */
  fingerprint: boolean;
  /** ids of every cross-case rule of the rule set (active or not) */
  crossRuleIds: ReadonlySet<string>;
  /** some cross-case rule is active: each case's result carries its compact facts */
  crossCase: boolean;
}

export function prepareLintEnv(
  config: ResolvedConfig,
  rules: Rule[],
  cwd: string,
  flags: { keepCase?: boolean; fingerprint?: boolean; knownRules?: readonly Rule[] } = {},
): LintEnv {
  const knowledge = knowledgeFor(config);
  const asOf = config.asOf ?? todayInChina();
  const active = selectRules(config, rules);
  const settings: Settings = {
    thresholdInclusive: config.thresholdInclusive ?? true,
    jurisdiction: config.jurisdiction,
  };
  return {
    cwd,
    config: { ...config, asOf },
    active,
    rules,
    knownRules: knownRuleList(rules, flags.knownRules),
    base: { ...knowledge, asOf, settings },
    settings,
    knowledge,
    needsAttachments: active.some((a) => a.rule.meta.needsAttachments),
    keepCase: flags.keepCase ?? false,
    fingerprint: flags.fingerprint ?? false,
    crossRuleIds: new Set(rules.filter((r) => r.across).map((r) => r.meta.id)),
    crossCase: crossRulesOf(active).length > 0,
  };
}

/** One case's result, whether its input was unreadable (`fatal`), and what the result cache keys it by. */
export interface CaseOutcome {
  result: CaseResult;
  fatal: boolean;
  fingerprint?: CaseFingerprint;
}

/**
 * Lints one case: load, build, attachments, rules, waivers. The single per-case path: the same function runs in
 * this thread and in the worker threads, so a per-case result added here reaches every format unchanged.
 */
export async function lintOneCase(target: string, env: LintEnv, contents?: Uint8Array): Promise<CaseOutcome> {
  // Nothing that goes wrong inside one case may reach the run: it becomes that case's internal-error finding.
  try {
    return await lintOneCaseUnguarded(target, env, contents);
  } catch (error) {
    const file = relative(env.cwd, target) || '.';
    return {
      result: {
        file,
        findings: [
          internalErrorFinding(
            error,
            { zh: '检查本案卷', en: 'checking this case' },
            { case: basename(target), file },
          ),
        ],
      },
      fatal: false,
    };
  }
}

async function lintOneCaseUnguarded(
  target: string,
  env: LintEnv,
  contents: Uint8Array | undefined,
): Promise<CaseOutcome> {
  const { cwd, base, settings, knowledge, active, config } = env;
  const loadedResult = await loadCase(target, cwd, contents);
  if (!loadedResult.ok) {
    const file = loadedResult.file ?? relative(cwd, loadedResult.dir);
    const findings = loadedResult.errors.map((e) => loadErrorFinding(e, basename(loadedResult.dir)));
    const fatal = loadedResult.errors.some((e) => e.severity === 'error' && !SCHEMA_ERROR_CODES.has(e.code));
    return { result: { file, findings }, fatal };
  }
  const { loaded } = loadedResult;
  const warnings = loadedResult.warnings.map((e) =>
    loadErrorFinding(e, loaded.data.case.number ?? loaded.data.case.id ?? ''),
  );
  const caseJurisdiction = loaded.data.case.jurisdiction;
  const caseBase = caseJurisdiction
    ? { ...base, settings: { ...settings, jurisdiction: caseJurisdiction } }
    : base;
  const c = buildCase({ data: loaded.data, dir: loaded.dir, file: loaded.file }, knowledge.law);
  const input: CaseRunInput = {
    case: c,
    locate: loaded.locate,
    active,
    base: caseBase,
    cwd,
    crossRuleIds: env.crossRuleIds,
    ruleSet: env.rules,
    knownRules: env.knownRules,
  };
  if (env.needsAttachments) {
    const { prepareAttachments } = await import('../load/attachments.js');
    input.attachments = await prepareAttachments(c, attachmentOptions(config));
  }
  const checked = checkCaseWithCoverage(input);
  const result: CaseResult = {
    file: loaded.file,
    caseId: c.id,
    findings: [...warnings, ...checked.findings],
    coverage: checked.coverage,
    summary: summariseCase(c),
  };
  if (env.crossCase) result.facts = crossCaseFacts(c, env.crossRuleIds);
  if (env.keepCase) result.case = c;
  const outcome: CaseOutcome = { result, fatal: false };
  if (env.fingerprint) outcome.fingerprint = await caseFingerprint(c, loaded.absFile, input.attachments);
  return outcome;
}

export async function lintPaths(paths: string[], options: LintOptions): Promise<LintRun> {
  const started = performance.now();
  const cwd = options.cwd;
  const config = options.config ?? resolveConfig(configInputOf(options));
  const env = prepareLintEnv(config, options.rules, cwd, {
    keepCase: options.keepCase ?? false,
    fingerprint: options.cacheFile !== undefined,
    ...(options.knownRules ? { knownRules: options.knownRules } : {}),
  });
  const asOf = env.base.asOf;
  options.onStart?.({ rules: env.active.map((a) => a.rule.meta), asOf });
  const keep = options.keepResults ?? true;
  const counts = { error: 0, warning: 0, info: 0, cases: 0 };
  const emit = (r: CaseResult, index: number) => {
    counts.cases += 1;
    for (const f of r.findings) {
      if (f.waived) continue;
      if (f.severity === 'error') counts.error += 1;
      else if (f.severity === 'warning') counts.warning += 1;
      else counts.info += 1;
    }
    options.onResult?.(r, index);
  };

  // --stdin: one case, its text given (an editor's buffer); never cached, never sent to a worker
  const stdin = options.stdin;
  const discovery = stdin
    ? { targets: [resolve(cwd, stdin.file)], errors: [] }
    : await discoverCases(paths.length > 0 ? paths : ['.'], cwd);
  const results: CaseResult[] = [];
  discovery.errors.forEach((e, i) => {
    const r: CaseResult = { file: e.file, findings: [loadErrorFinding(e, e.file)] };
    if (keep) results.push(r);
    emit(r, i);
  });
  let fatalInputError = discovery.errors.length > 0;
  const targets = discovery.targets;
  const total = targets.length;
  let done = 0;

  const cache =
    options.cacheFile && !stdin
      ? await ResultCache.open(options.cacheFile, cacheSettingsKey(env, options.rules))
      : undefined;
  const workers = options.workers;
  const shape = options.results ?? 'full';
  // the cases to lint (not answered by the cache) decide whether worker threads pay off: a rerun over an unchanged
  // tree starts none
  const toLint = cache ? targets.filter((t) => !cache.has(t, cwd, asOf)).length : total;
  const pool =
    workers && toLint >= (workers.minCases ?? MIN_CASES_FOR_WORKERS)
      ? new LintPool(
          workers,
          {
            config: env.config,
            cwd,
            keepCase: env.keepCase,
            fingerprint: env.fingerprint,
            // the worker builds the same environment: the rules of the run and the known rules, by id
            ruleIds: env.rules.map((r) => r.meta.id),
            knownRuleIds: env.knownRules.map((r) => r.meta.id),
            results: shape,
          },
          (target) => lintOneCase(target, env),
        )
      : undefined;
  let cached = 0;
  const offset = discovery.errors.length;
  // the cross-case pass needs only each case's compact facts, kept here whatever the caller keeps of the results
  const crossInputs: CrossCaseInput[] = [];
  // what is kept until the end of the run shares its strings (each result from a worker or the cache has copies of
  // its own); a streamed result is handed on as it is and dropped
  const strings = new StringPool();
  const emitter = orderedEmitter<CaseResult>((r, i) => {
    if (keep) results[offset + i] = strings.internResult(r);
    if (r.facts && r.caseId !== undefined) {
      const file = strings.intern(r.file);
      crossInputs.push({
        index: offset + i,
        file,
        folder: strings.intern(dirname(file)),
        caseId: strings.intern(r.caseId),
        facts: keep ? r.facts : strings.internAll(r.facts),
      });
    }
    emit(r, offset + i);
  });
  const runOne = async (target: string): Promise<CaseOutcome> => {
    const hit = cache?.lookup(target, cwd, asOf);
    if (hit) {
      cached += 1;
      if ((env.keepCase || !hit.result.summary) && hit.result.caseId !== undefined) {
        // the html format draws the case itself (and an older cache entry has no summary): rebuild it (cheap: no
        // attachments, no rules)
        const again = await loadCase(target, cwd);
        if (again.ok) {
          const c = buildCase(
            { data: again.loaded.data, dir: again.loaded.dir, file: again.loaded.file },
            env.knowledge.law,
          );
          hit.result.summary = summariseCase(c);
          if (env.keepCase) hit.result.case = c;
        }
      }
      return hit;
    }
    if (stdin) return lintOneCase(target, env, stdin.contents);
    const outcome = pool ? await pool.run(target) : await lintOneCase(target, env);
    // a worker's lean result is never cached (it stores only whole results: `results` is then 'full')
    if (cache && outcome.fingerprint && shape === 'full') cache.store(target, cwd, outcome, asOf);
    return { ...outcome, result: leanResult(outcome.result, shape) };
  };
  try {
    await forEachConcurrent(targets, pool ? pool.size * 4 : CASE_CONCURRENCY, async (target, i) => {
      const outcome = await runOne(target);
      if (outcome.fatal) fatalInputError = true;
      done += 1;
      options.onCase?.(done, total);
      emitter.put(i, outcome.result);
    });
  } finally {
    await pool?.close();
  }
  if (cache) await cache.save();

  // cross-case findings are known only now: they go to LintRun.crossCase / onCrossCase (formats print them after
  // the cases), never into the results already handed on; the counts include them
  const crossCase = await crossCaseFindings(
    crossInputs,
    env.active,
    env.knowledge.law,
    async (index, pointers) => {
      const target = targets[index - offset];
      return target === undefined
        ? () => ({ line: 1, column: 1 })
        : relocator(target, cwd, pointers, stdin?.contents);
    },
  );
  for (const { finding: f } of crossCase) {
    if (f.waived) continue;
    if (f.severity === 'error') counts.error += 1;
    else if (f.severity === 'warning') counts.warning += 1;
    else counts.info += 1;
  }
  if (crossCase.length > 0) options.onCrossCase?.(crossCase);

  return {
    results,
    caseCount: counts.cases,
    rules: env.active.map((a) => a.rule.meta),
    asOf,
    errorCount: counts.error,
    warningCount: counts.warning,
    infoCount: counts.info,
    fatalInputError,
    durationMs: performance.now() - started,
    stats: { cached, workers: pool?.size ?? 0 },
    crossCase,
  };
}

/**
 * A pointer locator for a case file read again (the cross-case pass runs after the cases' own locators are gone);
 * a file that no longer loads gives its start.
 */
async function relocator(
  target: string,
  cwd: string,
  pointers: string[],
  contents: Uint8Array | undefined,
): Promise<(pointer: string) => { line: number; column: number }> {
  // the pointers cross-case findings use are found by a line scan of a block-style YAML file; anything else reads
  // and parses the file again (once per case with a finding)
  let text: string | undefined;
  try {
    text = contents
      ? Buffer.from(contents).toString('utf8')
      : await fsp.readFile(join(target, 'case.yaml'), 'utf8');
  } catch {
    text = undefined;
  }
  const quick = new Map<string, { line: number; column: number }>();
  for (const pointer of pointers) {
    const pos = text === undefined ? undefined : blockKeyPosition(text, pointer);
    if (pos) quick.set(pointer, pos);
  }
  if (pointers.every((p) => quick.has(p))) return (pointer) => quick.get(pointer) ?? { line: 1, column: 1 };
  const again = await loadCase(target, cwd, contents);
  return again.ok ? again.loaded.locate : () => ({ line: 1, column: 1 });
}

/**
 * The position of the value of `/section/key` in a block-style YAML text (`section:` at the top level, `key:` on an
 * indented line of its block), as the YAML locator gives it; undefined for any other shape (flow style, JSON, …).
 */
export function blockKeyPosition(
  text: string,
  pointer: string,
): { line: number; column: number } | undefined {
  const parts = pointer.split('/');
  if (parts.length !== 3) return undefined;
  const [, section, key] = parts as [string, string, string];
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.replace(/\s+$/, '') === `${section}:`);
  if (start < 0) return undefined;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\S/.test(line) && !line.startsWith('#')) return undefined;
    const m = new RegExp(`^(\\s+)${key}:(\\s+)(?=\\S)`).exec(line);
    if (m) return { line: i + 1, column: m[0].length + 1 };
  }
  return undefined;
}

function configInputOf(options: LintOptions): Parameters<typeof resolveConfig>[0] {
  const input: Parameters<typeof resolveConfig>[0] = { cwd: options.cwd };
  if (options.configPath) input.configPath = options.configPath;
  if (options.ruleOverrides) input.ruleOverrides = options.ruleOverrides;
  if (options.asOf) input.asOf = options.asOf;
  return input;
}

/** how many cases are in flight at once in this thread (I/O overlap; the rules themselves run one at a time) */
const CASE_CONCURRENCY = 8;

/** below this many cases, starting worker threads costs more than it saves */
export const MIN_CASES_FOR_WORKERS = 48;

/** runs `fn` on every item with at most `limit` pending at once */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** maps with at most `limit` promises pending, keeping the input order in the output */
export async function mapConcurrent<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  await forEachConcurrent(items, limit, async (item, i) => {
    out[i] = await fn(item);
  });
  return out;
}

/** hands values on in index order as soon as every earlier index has arrived */
export function orderedEmitter<T>(emit: (value: T, index: number) => void): {
  put(index: number, value: T): void;
} {
  const waiting = new Map<number, T>();
  let next = 0;
  return {
    put(index, value) {
      waiting.set(index, value);
      while (waiting.has(next)) {
        const v = waiting.get(next) as T;
        waiting.delete(next);
        emit(v, next);
        next += 1;
      }
    },
  };
}

function attachmentOptions(config: ResolvedConfig): { maxBytes?: number; extractText: boolean } {
  const out: { maxBytes?: number; extractText: boolean } = { extractText: config.attachments.extractText };
  if (config.attachments.maxBytes) out.maxBytes = config.attachments.maxBytes;
  return out;
}

/** the memoised knowledge base, or one built with the configuration's calendar days and inclusivity */
export function knowledgeFor(config: ResolvedConfig): Knowledge {
  if (config.calendarOverrides.length === 0 && config.thresholdInclusive === undefined)
    return loadKnowledge();
  const options: Parameters<typeof buildKnowledge>[0] = {
    calendarOverrides: config.calendarOverrides.map((o) => ({
      date: o.date,
      day: o.type,
      name: o.name ?? '',
    })),
  };
  if (config.thresholdInclusive !== undefined) options.thresholdInclusive = config.thresholdInclusive;
  return buildKnowledge(options);
}
