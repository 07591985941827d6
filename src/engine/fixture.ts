/**
 * Rule fixtures (docs/architecture.md): a whole case (file or folder), or a patch on a clean case in
 * fixtures/cases/. Used by the fixture test harness and by `caselint explain`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { yaml } from '../lazy.js';
import { loadCase, validateCase } from '../load/index.js';
import type { LoadedCase } from '../load/types.js';
import type { CaseFileData, IsoDate, TimelineEventFileData } from '../model/case-data.js';
import { fromRoot } from '../paths.js';
import { buildCase } from '../model/build.js';
import type { ResolvedConfig } from './config.js';
import {
  checkCaseWithCoverage,
  knowledgeFor,
  selectRules,
  type ActiveRule,
  type CaseRunInput,
} from './run.js';
import { crossCaseFacts } from './cross-facts.js';
import { crossCaseFindings, type CrossCaseInput } from './cross-case.js';
import type { CaseCoverage, Finding, Rule } from './types.js';

export interface FixtureSpec {
  description?: string;
  base?: string;
  set?: Record<string, unknown>;
  remove_events?: string[];
  update_events?: Record<string, Record<string, unknown>>;
  add_events?: Record<string, unknown>[];
  as_of?: IsoDate;
  options?: Record<string, unknown>;
  /** several cases linted together, for the cross-case rules (pack repo): each a patch on a clean case */
  cases?: (FixtureSpec & { folder?: string })[];
}

/** one case of a multi-case fixture, shown in messages under its folder name */
export interface FixtureCase {
  folder: string;
  loaded: Pick<LoadedCase, 'dir' | 'file' | 'data' | 'locate'>;
}

export interface Fixture {
  expect: 'pass' | 'fail';
  /** path relative to the repository root */
  path: string;
  description?: string;
  asOf?: IsoDate;
  options: Record<string, unknown>;
  loaded: Pick<LoadedCase, 'dir' | 'file' | 'data' | 'locate'>;
  /** the patch, for display by explain */
  spec?: FixtureSpec;
  /** the cases of a multi-case fixture (`cases:`), linted together; `loaded` is then the first */
  cases?: FixtureCase[];
}

/** RFC 7396 JSON merge patch */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

export function applyFixtureSpec(base: CaseFileData, spec: FixtureSpec): CaseFileData {
  let data = structuredClone(base);
  if (spec.set) data = mergePatch(data, spec.set) as CaseFileData;
  let timeline: TimelineEventFileData[] = data.timeline ?? [];
  if (spec.remove_events) {
    const drop = new Set(spec.remove_events);
    timeline = timeline.filter((e) => !drop.has(e.event));
  }
  for (const [type, patch] of Object.entries(spec.update_events ?? {})) {
    const i = timeline.findIndex((e) => e.event === type);
    if (i < 0) throw new Error(`update_events: no ${type} event in the base case`);
    timeline[i] = mergePatch(timeline[i], patch) as TimelineEventFileData;
  }
  if (spec.add_events) {
    timeline = [...timeline, ...(spec.add_events as unknown as TimelineEventFileData[])];
    // stable sort by date keeps the base order of same-day steps
    timeline = timeline
      .map((e, i) => ({ e, i }))
      .sort((a, b) => {
        const [x, y] = [String(a.e.date ?? ''), String(b.e.date ?? '')];
        return x < y ? -1 : x > y ? 1 : a.i - b.i;
      })
      .map((x) => x.e);
  }
  data.timeline = timeline;
  return data;
}

function isWholeCase(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && 'format' in doc;
}

export async function loadFixture(absPath: string): Promise<Fixture> {
  const root = fromRoot();
  const name = basename(absPath);
  const expect = name.startsWith('pass') ? 'pass' : 'fail';
  const path = relative(root, absPath);
  if (statSync(absPath).isDirectory()) {
    return fromLoaded(await loadCase(absPath, root), expect, path);
  }
  const doc: unknown = yaml().parse(readFileSync(absPath, 'utf8'));
  if (isWholeCase(doc)) return fromLoaded(await loadCase(absPath, root), expect, path);
  const spec = doc as FixtureSpec;
  let loaded: Fixture['loaded'];
  let cases: FixtureCase[] | undefined;
  if (spec.cases) {
    cases = [];
    for (const [i, one] of spec.cases.entries()) {
      const folder = one.folder ?? `case-${String(i + 1)}`;
      const patched = await patchedCase(one, `${path} cases[${String(i)}]`);
      cases.push({ folder, loaded: { ...patched, file: join(path, folder, 'case.yaml') } });
    }
    if (cases.length === 0) throw new Error(`${path}: cases: lists no case`);
    loaded = (cases[0] as FixtureCase).loaded;
  } else {
    loaded = await patchedCase(spec, path);
  }
  const fixture: Fixture = {
    expect,
    path,
    options: spec.options ?? {},
    loaded,
    spec,
  };
  if (cases) fixture.cases = cases;
  if (spec.description) fixture.description = spec.description;
  if (spec.as_of) fixture.asOf = spec.as_of;
  return fixture;
}

/** a clean case of fixtures/cases/ with the spec's patch applied, checked against the format */
async function patchedCase(spec: FixtureSpec, label: string): Promise<Fixture['loaded']> {
  if (!spec.base)
    throw new Error(`${label}: a fixture needs either format: caselint/1 or base: <clean case>`);
  const base = await loadCase(fromRoot('fixtures', 'cases', spec.base), fromRoot());
  if (!base.ok)
    throw new Error(`${label}: base case ${spec.base} does not load: ${base.errors[0]?.message.en ?? ''}`);
  const data = applyFixtureSpec(base.loaded.data, spec);
  // a patched case must still be a valid case file, so fixtures cannot drift from the format
  const invalid = validateCase(data, label, {
    locate: () => ({ line: 1, column: 1 }),
    locateKey: () => ({ line: 1, column: 1 }),
  });
  if (invalid.length > 0)
    throw new Error(
      `${label}: the patched case is not valid: ${invalid.map((e) => e.message.en).join('; ')}`,
    );
  return { ...base.loaded, data };
}

function fromLoaded(
  result: Awaited<ReturnType<typeof loadCase>>,
  expect: 'pass' | 'fail',
  path: string,
): Fixture {
  if (!result.ok) throw new Error(`${path}: fixture does not load: ${result.errors[0]?.message.en ?? ''}`);
  return { expect, path, options: {}, loaded: result.loaded };
}

/** fixtures/rules/<pack>/<name>/pass*, fail* (files or folders), sorted */
export function fixturePaths(ruleId: string): string[] {
  const dir = fromRoot('fixtures', 'rules', ...ruleId.split('/'));
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter(
      (e) => /^(pass|fail)/.test(e) && (/\.(ya?ml|json)$/.test(e) || statSync(join(dir, e)).isDirectory()),
    )
    .sort()
    .map((e) => join(dir, e));
}

/** Fixtures are judged as of this date unless they set `as_of`, so their results never change with the clock. */
export const FIXTURE_AS_OF: IsoDate = '2026-11-28';

/** fixture options that are engine settings rather than rule options */
const SETTING_KEYS = new Set(['thresholdInclusive', 'jurisdiction']);

function fixtureConfig(rule: Rule, options: Record<string, unknown>): ResolvedConfig {
  const ruleOptions = Object.fromEntries(Object.entries(options).filter(([k]) => !SETTING_KEYS.has(k)));
  const config: ResolvedConfig = {
    preset: 'shanghai',
    jurisdiction: typeof options.jurisdiction === 'string' ? options.jurisdiction : 'CN-SH',
    rules: { [rule.meta.id]: { severity: rule.meta.severity, options: ruleOptions } },
    calendarOverrides: [],
    calendarCoveredYears: [],
    attachments: { extractText: true },
    ignore: [],
  };
  if (typeof options.thresholdInclusive === 'boolean') config.thresholdInclusive = options.thresholdInclusive;
  return config;
}

/**
 * Runs one rule over a fixture through the engine (severity, location, waivers, attachments): its findings and
 * the engine's coverage record. The fixture harness and `caselint explain` both use it.
 */
export async function runFixtureWithCoverage(
  rule: Rule,
  fixture: Fixture,
  cwd: string = fromRoot(),
): Promise<{ findings: Finding[]; coverage: CaseCoverage }> {
  const config = fixtureConfig(rule, fixture.options);
  const [active] = selectRules(config, [rule]);
  if (!active) return { findings: [], coverage: { checked: [], notChecked: [] } };
  const knowledge = knowledgeFor(config);
  if (rule.across) {
    // a cross-case rule has no per-case coverage: it compares the fixture's cases
    const findings = await runCrossFixture(active, fixture, knowledge);
    return { findings, coverage: { checked: [rule.meta.id], notChecked: [] } };
  }
  const { loaded } = fixture;
  const c = buildCase({ data: loaded.data, dir: loaded.dir, file: loaded.file }, knowledge.law);
  const input: CaseRunInput = {
    case: c,
    locate: loaded.locate,
    active: [active],
    base: {
      ...knowledge,
      asOf: fixture.asOf ?? FIXTURE_AS_OF,
      settings: {
        thresholdInclusive: config.thresholdInclusive ?? true,
        jurisdiction: loaded.data.case.jurisdiction ?? config.jurisdiction,
      },
    },
    cwd,
  };
  if (rule.meta.needsAttachments) {
    const { prepareAttachments } = await import('../load/attachments.js');
    input.attachments = await prepareAttachments(c);
  }
  return checkCaseWithCoverage(input);
}

export async function runFixture(rule: Rule, fixture: Fixture, cwd: string = fromRoot()): Promise<Finding[]> {
  const { findings } = await runFixtureWithCoverage(rule, fixture, cwd);
  return findings.filter((f) => f.ruleId === rule.meta.id);
}

/**
 * A cross-case rule over a fixture: the fixture's cases (one for a whole-case fixture) become compact facts and go
 * through the same cross-case pass as `lintPaths` (severity, location, waivers).
 */
async function runCrossFixture(
  active: ActiveRule,
  fixture: Fixture,
  knowledge: ReturnType<typeof knowledgeFor>,
): Promise<Finding[]> {
  const cases = fixture.cases ?? [{ folder: dirname(fixture.loaded.file), loaded: fixture.loaded }];
  const ids = new Set([active.rule.meta.id]);
  const inputs: CrossCaseInput[] = cases.map((one, index) => {
    const { loaded } = one;
    const c = buildCase({ data: loaded.data, dir: loaded.dir, file: loaded.file }, knowledge.law);
    return {
      index,
      file: loaded.file,
      folder: dirname(loaded.file),
      caseId: c.id,
      facts: crossCaseFacts(c, ids),
    };
  });
  const items = await crossCaseFindings(inputs, [active], knowledge.law, (index) =>
    Promise.resolve(cases[index]?.loaded.locate ?? (() => ({ line: 1, column: 1 }))),
  );
  return items.map((item) => item.finding).filter((f) => f.ruleId === active.rule.meta.id);
}
