/**
 * One lint run: discover → load → build → (attachments) → rules → waivers → findings.
 * One broken case never stops the others: load errors become located findings of that case.
 */
import { basename, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverCases, loadCase } from '../load/index.js';
import type { LoadError, LoadedCase } from '../load/types.js';
import { buildKnowledge, loadKnowledge, type Knowledge } from '../law/index.js';
import { buildCase } from '../model/build.js';
import type { Case } from '../model/case.js';
import { todayInChina } from '../model/dates.js';
import { resolveConfig, type ResolvedConfig } from './config.js';
import { getRules } from './registry.js';
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
import { applyWaivers } from './waivers.js';
import { CoverageCollector, groupedGapFindings, notChecked } from './coverage.js';
import { missingFacts } from './facts.js';
import { agencyScopeGap } from './scope.js';
import { describeInternalError, internalErrorFinding } from './internal-error.js';

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

export function selectRules(config: ResolvedConfig, rules: Rule[] = getRules()): ActiveRule[] {
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

export function unknownRuleIds(config: ResolvedConfig, rules: Rule[] = getRules()): string[] {
  const known = new Set(rules.map((r) => r.meta.id));
  return Object.keys(config.rules).filter((id) => !known.has(id));
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
  for (const a of active) {
    const blocked = prerequisiteGaps(c, a.rule);
    if (blocked.length > 0) {
      coverage.record(a.rule.meta, blocked);
      continue;
    }
    const ctx: RuleContext = { ...base, options: a.options };
    if (input.attachments) ctx.attachments = input.attachments;
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
  return { findings: applyWaivers(c, mergeByCause(findings), locate), coverage: result };
}

/** gaps that keep a rule from running at all: facts it needs that are not recorded, or an agency out of its scope */
export function prerequisiteGaps(c: Case, rule: Rule): RuleFinding[] {
  const gaps = missingFacts(c, rule.meta.needs ?? []).map((key) => notChecked(key));
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

export async function lintPaths(paths: string[], options: LintOptions): Promise<LintRun> {
  const started = performance.now();
  const cwd = options.cwd;
  const config = options.config ?? resolveConfig(configInputOf(options));
  const knowledge = knowledgeFor(config);
  const asOf = config.asOf ?? todayInChina();
  const active = selectRules(config);
  const settings: Settings = {
    thresholdInclusive: config.thresholdInclusive ?? true,
    jurisdiction: config.jurisdiction,
  };
  const base = { ...knowledge, asOf, settings };
  const needsAttachments = active.some((a) => a.rule.meta.needsAttachments);

  const stdin = options.stdin;
  const discovery = stdin
    ? { targets: [resolve(cwd, stdin.file)], errors: [] }
    : await discoverCases(paths.length > 0 ? paths : ['.'], cwd);
  const results: CaseResult[] = discovery.errors.map((e) => ({
    file: e.file,
    findings: [loadErrorFinding(e, e.file)],
  }));
  let fatalInputError = discovery.errors.length > 0;
  const total = discovery.targets.length;
  let done = 0;
  // Cases are independent: several are read at once so that file I/O overlaps (rules stay synchronous).
  const lintTarget = async (target: string): Promise<CaseResult> => {
    const loadedResult = await loadCase(target, cwd, stdin?.contents);
    if (!loadedResult.ok) {
      const file = loadedResult.file ?? relative(cwd, loadedResult.dir);
      const findings = loadedResult.errors.map((e) => loadErrorFinding(e, basename(loadedResult.dir)));
      if (loadedResult.errors.some((e) => e.severity === 'error' && !SCHEMA_ERROR_CODES.has(e.code)))
        fatalInputError = true;
      return { file, findings };
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
    const input: CaseRunInput = { case: c, locate: loaded.locate, active, base: caseBase, cwd };
    if (needsAttachments) {
      const { prepareAttachments } = await import('../load/attachments.js');
      input.attachments = await prepareAttachments(c, attachmentOptions(config));
    }
    const checked = checkCaseWithCoverage(input);
    return {
      file: loaded.file,
      case: c,
      findings: [...warnings, ...checked.findings],
      coverage: checked.coverage,
    };
  };
  // Nothing that goes wrong inside one case may reach the run: it becomes that case's internal-error finding.
  const isolatedTarget = async (target: string): Promise<CaseResult> => {
    try {
      return await lintTarget(target);
    } catch (error) {
      const file = relative(cwd, target) || '.';
      return {
        file,
        findings: [
          internalErrorFinding(
            error,
            { zh: '检查本案卷', en: 'checking this case' },
            { case: basename(target), file },
          ),
        ],
      };
    }
  };
  const caseResults = await mapConcurrent(discovery.targets, CASE_CONCURRENCY, async (target) => {
    const result = await isolatedTarget(target);
    done += 1;
    options.onCase?.(done, total);
    return result;
  });
  results.push(...caseResults);

  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.waived) continue;
      if (f.severity === 'error') errorCount += 1;
      else if (f.severity === 'warning') warningCount += 1;
      else infoCount += 1;
    }
  }
  return {
    results,
    rules: active.map((a) => a.rule.meta),
    asOf,
    errorCount,
    warningCount,
    infoCount,
    fatalInputError,
    durationMs: performance.now() - started,
  };
}

function configInputOf(options: LintOptions): Parameters<typeof resolveConfig>[0] {
  const input: Parameters<typeof resolveConfig>[0] = { cwd: options.cwd };
  if (options.configPath) input.configPath = options.configPath;
  if (options.ruleOverrides) input.ruleOverrides = options.ruleOverrides;
  if (options.asOf) input.asOf = options.asOf;
  return input;
}

/** how many cases are in flight at once (I/O overlap; the rules themselves run one at a time) */
const CASE_CONCURRENCY = 8;

/** maps with at most `limit` promises pending, keeping the input order in the output */
export async function mapConcurrent<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
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
