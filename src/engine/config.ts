/**
 * caselint.config.yaml: discovered upward from the working directory (or given with --config), validated
 * against schemas/config.schema.json, merged over a preset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import jsyaml from 'js-yaml';
import { yaml } from '../lazy.js';
import { embeddedValidator, loadPrecompiled } from '../load/precompiled.js';
import { CONFIG_AJV_OPTIONS, DATE_FORMAT } from '../load/validator-options.js';
import { fromRoot } from '../paths.js';
import type { IsoDate } from '../model/case-data.js';
import type { Msg, Rule, Severity, SeverityOrOff } from './types.js';
import { knownRuleList, ruleSettingProblems, type RuleSettingProblem } from './rule-options.js';
import { describeConfigErrors } from './config-errors.js';
import { pointerSegments } from '../load/messages.js';
import { yamlError } from '../load/parse.js';

export const CONFIG_FILE_NAMES = ['caselint.config.yaml', 'caselint.config.yml', 'caselint.config.json'];

export interface CalendarOverride {
  date: IsoDate;
  type: 'work' | 'off';
  name?: string;
  nameEn?: string;
}

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
  /** the configuration file that set it (absent for a --rule override alone) */
  source?: string;
}

export interface ResolvedConfig {
  /** the file it came from, if any */
  file?: string;
  preset: 'recommended' | 'shanghai';
  asOf?: IsoDate;
  jurisdiction: string;
  /** undefined: each threshold row's own inclusivity (default true, 民法典 §1259) */
  thresholdInclusive?: boolean;
  lang?: 'zh' | 'en';
  rules: Record<string, RuleSetting>;
  calendarOverrides: CalendarOverride[];
  /** years the overrides cover completely (e.g. a bureau's 2027 arrangement) */
  calendarCoveredYears: number[];
  attachments: { maxBytes?: number; extractText: boolean };
  ignore: string[];
}

type PresetName = 'recommended' | 'shanghai';

interface RawConfig {
  /** a preset, a configuration file (relative to this one) or an installed package whose main file is one */
  extends?: string;
  asOf?: string;
  jurisdiction?: string;
  thresholdInclusive?: boolean;
  lang?: 'zh' | 'en';
  rules?: Record<string, SeverityOrOff | [SeverityOrOff, Record<string, unknown>?]>;
  calendar?: { overrides?: CalendarOverride[]; coveredYears?: number[] };
  attachments?: { maxBytes?: number; extractText?: boolean };
  ignore?: string[];
  /** not in the file: which file each rule setting came from (after extends) */
  ruleSources?: Record<string, string>;
}

/** one problem of a configuration file, at its place in the file */
export interface ConfigProblemAt {
  file: string;
  line: number;
  column: number;
  message: Msg;
}

/**
 * A configuration that cannot be used, with every problem found in it (and in the files it extends), each located:
 * a user fixing the file sees them all at once. `file`, `line`, `column` and `msg` are those of the first.
 */
export class ConfigError extends Error {
  readonly problems: readonly ConfigProblemAt[];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly msg: Msg;

  constructor(
    problems: readonly ConfigProblemAt[],
    /** the configuration's own `lang`, when it was read */
    readonly lang?: 'zh' | 'en',
  ) {
    const list: readonly ConfigProblemAt[] = problems.length
      ? problems
      : [{ file: '', line: 1, column: 1, message: { zh: '配置无效', en: 'the configuration is invalid' } }];
    super(list.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message.zh} / ${p.message.en}`).join('\n'));
    const first = list[0] as ConfigProblemAt;
    this.problems = list;
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.msg = first.message;
  }

  /**
   * the lines printed for it, one per problem (without a final newline):
   * caselint: 配置文件错误：caselint.config.yaml:4:5: … / caselint: configuration error: …, and a count when several
   */
  text(flagLang: 'zh' | 'en' | undefined, cwd?: string): string {
    const lang = flagLang ?? this.lang ?? 'zh';
    const lines = this.problems.map((p) => {
      const where = `${cwd ? relative(cwd, p.file) || p.file : p.file}:${p.line}:${p.column}`;
      return lang === 'zh'
        ? `caselint: 配置文件错误：${where}: ${p.message.zh}`
        : `caselint: configuration error: ${where}: ${p.message.en}`;
    });
    const n = this.problems.length;
    if (n > 1)
      lines.push(
        lang === 'zh' ? `caselint: 配置文件共有 ${n} 处错误` : `caselint: ${n} problems in the configuration`,
      );
    return lines.join('\n');
  }
}

const PRESETS: Record<PresetName, Partial<ResolvedConfig>> = {
  recommended: { jurisdiction: 'CN' },
  shanghai: { jurisdiction: 'CN-SH' },
};

export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

let validateConfig: ValidateFunction | undefined;

/** embedded in the bundle, else precompiled (src/engine/config-validator.generated.txt) while it matches the schema, else compiled now */
function validator(): ValidateFunction {
  validateConfig ??= embeddedValidator('config');
  if (!validateConfig) {
    const text = readFileSync(fromRoot('schemas', 'config.schema.json'), 'utf8');
    validateConfig = loadPrecompiled(fromRoot('src', 'engine', 'config-validator.generated.txt'), text);
    if (!validateConfig) {
      const { Ajv2020: Ajv } = createRequire(import.meta.url)('ajv/dist/2020.js') as {
        Ajv2020: typeof Ajv2020;
      };
      const ajv = new Ajv(CONFIG_AJV_OPTIONS);
      ajv.addFormat('date', DATE_FORMAT);
      validateConfig = ajv.compile(JSON.parse(text) as object);
    }
  }
  return validateConfig;
}

/** js-yaml's parse of a plain configuration (no anchors): undefined when only the full parser can tell */
function fastConfig(text: string): unknown {
  if (/[&*]/.test(text)) return undefined;
  try {
    const data: unknown = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    return data ?? {};
  } catch {
    return undefined;
  }
}

/** what reading one configuration file gave: its settings (as far as they are usable) and its problems */
interface ConfigFileRead {
  raw: RawConfig;
  problems: ConfigProblemAt[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const SEVERITY_OR_OFF = new Set(['error', 'warning', 'info', 'off']);

/** a rule setting of the form the schema allows (severity, or [severity, {options}]) */
function wellFormedSetting(value: unknown): boolean {
  if (typeof value === 'string') return SEVERITY_OR_OFF.has(value);
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    value.length <= 2 &&
    typeof value[0] === 'string' &&
    SEVERITY_OR_OFF.has(value[0]) &&
    (value[1] === undefined || isObject(value[1]))
  );
}

/**
 * what can still be checked in a configuration that failed its schema: `extends` (followed), `lang` (the language
 * of the messages) and the rule settings (their ids; the options of those well formed); nothing else is used
 */
function usablePart(data: unknown): RawConfig {
  if (!isObject(data)) return {};
  const raw: RawConfig = {};
  if (typeof data.extends === 'string' && data.extends !== '') raw.extends = data.extends;
  if (data.lang === 'zh' || data.lang === 'en') raw.lang = data.lang;
  if (isObject(data.rules))
    raw.rules = Object.fromEntries(
      Object.entries(data.rules).map(([id, value]) => [id, wellFormedSetting(value) ? value : 'off']),
    ) as RawConfig['rules'];
  return raw;
}

/** a configuration file that gives no settings, for this reason, located at its start */
function unusable(file: string, message: Msg): ConfigFileRead {
  return { raw: {}, problems: [{ file, line: 1, column: 1, message }] };
}

/** Reads and validates one config file: its settings, and every problem located (a YAML error stops the reading). */
function readConfigProblems(file: string): ConfigFileRead {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return unusable(file, { zh: '无法读取配置文件', en: 'cannot read the configuration file' });
  }
  // the usual, valid configuration never loads the positions parser
  const fast = fastConfig(text);
  if (fast !== undefined && validator()(fast)) return { raw: fast as RawConfig, problems: [] };
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      raw: {},
      problems: doc.errors.map((error) => {
        const e = yamlError(error, lineCounter, text, file, 'error');
        return { file, line: e.line, column: e.column, message: e.message };
      }),
    };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch {
    return unusable(file, {
      zh: '配置文件的别名（*）展开过多',
      en: 'the configuration expands too many aliases (*)',
    });
  }
  const validate = validator();
  if (validate(raw)) return { raw: raw as RawConfig, problems: [] };
  const problems = describeConfigErrors(validate.errors ?? []).map((problem): ConfigProblemAt => {
    const segments = pointerSegments(problem.pointer);
    const path = problem.key !== undefined ? [...segments, problem.key] : segments;
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    // an unknown key is shown at the key itself
    const pair =
      problem.key !== undefined
        ? keyNodeOf(segments.length ? doc.getIn(segments, true) : doc.contents, problem.key)
        : undefined;
    const range = ((pair ?? node) as { range?: [number, number, number] } | null | undefined)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    return { file, line: pos.line, column: pos.col, message: problem.message };
  });
  return { raw: usablePart(raw), problems };
}

/** Reads and validates a config file; throws ConfigError with every problem, located, on bad input. */
export function readConfigFile(file: string): RawConfig {
  const { raw, problems } = readConfigProblems(file);
  if (problems.length > 0) throw new ConfigError(problems, raw.lang);
  return raw;
}

export interface ConfigInput {
  cwd: string;
  configPath?: string;
  ruleOverrides?: Record<string, string>;
  asOf?: IsoDate;
  /**
   * the rules of the run: when given (or `knownRules` is), the configured rule ids and options are checked
   * (ConfigError on a problem)
   */
  rules?: readonly Rule[];
  /**
   * every rule the caller knows of, a superset of `rules` (the CLI and the API hand caselint's full list): a setting
   * of one of these is accepted, and its options checked, even when the rule is not in the run. Default: `rules`.
   * The engine never imports the rule packs itself (issue 13): what it knows, it is given.
   */
  knownRules?: readonly Rule[];
}

const isPreset = (name: string): name is PresetName => name === 'recommended' || name === 'shanghai';

/** where `extends` points: a file path (./base.yaml, ../x.json, /abs) or an installed package, from the config's folder */
function extendedFile(name: string, from: string): string | undefined {
  if (/^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(name) || /\.(ya?ml|json)$/i.test(name))
    return resolve(dirname(from), name);
  try {
    return createRequire(from).resolve(name);
  } catch {
    return undefined;
  }
}

/** a problem of the `extends` setting of `file`, located at its value */
function extendsProblem(file: string, message: Msg): ConfigProblemAt {
  const { line, col } = locateInConfig(file, ['extends'], false);
  return { file, line, column: col, message };
}

/**
 * a configuration file with what it extends merged under it (its own settings win; lists add up); the problems of
 * every file of the chain are added to `problems`, the files to `files` in the order read
 */
function readWithExtends(
  file: string,
  problems: ConfigProblemAt[],
  files: string[],
  seen: readonly string[] = [],
): RawConfig {
  files.push(file);
  const read = readConfigProblems(file);
  problems.push(...read.problems);
  const raw = { ...read.raw };
  raw.ruleSources = Object.fromEntries(Object.keys(raw.rules ?? {}).map((id) => [id, file]));
  if (raw.extends === undefined || isPreset(raw.extends)) return raw;
  const target = extendedFile(raw.extends, file);
  if (target === undefined) {
    problems.push(
      extendsProblem(file, {
        zh: `找不到要继承的配置 "${raw.extends}"：既不是预设（recommended、shanghai），也不是配置文件或已安装的包`,
        en: `extends: "${raw.extends}" is neither a preset (recommended, shanghai), a configuration file nor an installed package`,
      }),
    );
    return raw;
  }
  if ([...seen, file].includes(target)) {
    const chain = [...seen, file, target].join(' → ');
    problems.push(
      extendsProblem(file, { zh: `配置继承形成循环：${chain}`, en: `extends forms a cycle: ${chain}` }),
    );
    return raw;
  }
  const base = readWithExtends(target, problems, files, [...seen, file]);
  const merged: RawConfig = { ...base, ...raw, extends: base.extends ?? 'recommended' };
  merged.rules = { ...(base.rules ?? {}), ...(raw.rules ?? {}) };
  merged.ruleSources = { ...base.ruleSources, ...raw.ruleSources };
  merged.calendar = {
    overrides: [...(base.calendar?.overrides ?? []), ...(raw.calendar?.overrides ?? [])],
    coveredYears: [...(base.calendar?.coveredYears ?? []), ...(raw.calendar?.coveredYears ?? [])],
  };
  merged.ignore = [...(base.ignore ?? []), ...(raw.ignore ?? [])];
  if (base.attachments || raw.attachments) merged.attachments = { ...base.attachments, ...raw.attachments };
  return merged;
}

/** the problems in reading order: by file (as the extends chain reads them), then line and column */
function inFileOrder(problems: readonly ConfigProblemAt[], files: readonly string[]): ConfigProblemAt[] {
  const rank = (file: string): number => {
    const i = files.indexOf(file);
    return i < 0 ? files.length : i;
  };
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column)
    .filter((p) => {
      const key = `${p.file}:${p.line}:${p.column}:${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export function resolveConfig(input: ConfigInput): ResolvedConfig {
  const file = input.configPath ? resolve(input.cwd, input.configPath) : findConfigFile(input.cwd);
  const problems: ConfigProblemAt[] = [];
  const files: string[] = [];
  const raw: RawConfig = file ? readWithExtends(file, problems, files) : {};
  const preset: PresetName = raw.extends !== undefined && isPreset(raw.extends) ? raw.extends : 'recommended';
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    rules[id] = Array.isArray(value)
      ? { severity: value[0], options: value[1] ?? {} }
      : { severity: value, options: {} };
    const source = raw.ruleSources?.[id];
    if (source) rules[id].source = source;
  }
  if (input.rules || input.knownRules)
    problems.push(...ruleSettingProblemsAt(rules, knownRuleList(input.rules, input.knownRules)));
  if (problems.length > 0) throw new ConfigError(inFileOrder(problems, files), raw.lang);
  for (const [id, severity] of Object.entries(input.ruleOverrides ?? {})) {
    const setting: RuleSetting = { severity: severity as SeverityOrOff, options: rules[id]?.options ?? {} };
    const source = rules[id]?.source;
    if (source) setting.source = source;
    rules[id] = setting;
  }
  const resolved: ResolvedConfig = {
    preset,
    jurisdiction: raw.jurisdiction ?? PRESETS[preset].jurisdiction ?? 'CN',
    rules,
    calendarOverrides: raw.calendar?.overrides ?? [],
    calendarCoveredYears: raw.calendar?.coveredYears ?? [],
    attachments: { extractText: raw.attachments?.extractText ?? true },
    ignore: raw.ignore ?? [],
  };
  if (file) resolved.file = file;
  if (raw.thresholdInclusive !== undefined) resolved.thresholdInclusive = raw.thresholdInclusive;
  const asOf = input.asOf ?? raw.asOf;
  if (asOf) resolved.asOf = asOf;
  if (raw.lang) resolved.lang = raw.lang;
  if (raw.attachments?.maxBytes) resolved.attachments.maxBytes = raw.attachments.maxBytes;
  return resolved;
}

export function isSeverity(value: string): value is Severity {
  return value === 'error' || value === 'warning' || value === 'info';
}

/**
 * the problems of the rule settings read from files, each at its place in its file. A rule id is known when it
 * names a rule of the run or any other rule the caller knows of (an API caller may run a subset; its
 * configuration may still set caselint's other rules); options are checked against the rule's own declarations.
 */
function ruleSettingProblemsAt(
  rules: Record<string, RuleSetting>,
  known: readonly Rule[],
): ConfigProblemAt[] {
  const fromFiles = Object.fromEntries(Object.entries(rules).filter(([, s]) => s.source !== undefined));
  return ruleSettingProblems(fromFiles, known).map((problem) =>
    locatedProblem(rules[String(problem.path[1])]?.source ?? '', problem),
  );
}

function locatedProblem(file: string, problem: RuleSettingProblem): ConfigProblemAt {
  const { line, col } = locateInConfig(file, problem.path, problem.atKey);
  return { file, line, column: col, message: problem.message };
}

/** line and column of a key or value in a configuration file (1:1 when it cannot be found) */
export function locateInConfig(
  file: string,
  path: readonly (string | number)[],
  atKey: boolean,
): { line: number; col: number } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { line: 1, col: 1 };
  }
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment),
      );
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      keyNode = undefined;
      node = node.items[segment];
    } else break;
  }
  const target = (atKey && keyNode ? keyNode : node) as { range?: [number, number, number] } | null;
  return target?.range ? lineCounter.linePos(target.range[0]) : { line: 1, col: 1 };
}

/** the key node of `key` in a YAML mapping node */
function keyNodeOf(map: unknown, key: string): unknown {
  const items = (map as { items?: { key?: unknown }[] } | null | undefined)?.items ?? [];
  return items.find((p) => String((p.key as { value?: unknown } | undefined)?.value ?? p.key) === key)?.key;
}
