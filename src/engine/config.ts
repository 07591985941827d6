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
import { ruleSettingProblems, type RuleSettingProblem } from './rule-options.js';
import { describeConfigError } from './config-errors.js';
import { pointerSegments } from '../load/messages.js';

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

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
    /** the message in each language, when it has one (else `message` serves both) */
    readonly msg?: Msg,
    /** the configuration's own `lang`, when it was read before the error */
    readonly lang?: 'zh' | 'en',
  ) {
    super(`${file}:${line}:${column}: ${message}`);
  }

  /** the line printed for it: 配置文件错误：caselint.config.yaml:4:5: … / configuration error: … */
  text(flagLang: 'zh' | 'en' | undefined, cwd?: string): string {
    const lang = flagLang ?? this.lang ?? 'zh';
    if (!this.msg) return `caselint: 配置文件错误 / configuration error: ${this.message}`;
    const where = `${cwd ? relative(cwd, this.file) || this.file : this.file}:${this.line}:${this.column}`;
    return lang === 'zh'
      ? `caselint: 配置文件错误：${where}: ${this.msg.zh}`
      : `caselint: configuration error: ${where}: ${this.msg.en}`;
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

/** Reads and validates a config file; throws ConfigError with a location on bad input. */
export function readConfigFile(file: string): RawConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(file, 1, 1, 'cannot read the configuration file / 无法读取配置文件');
  }
  // the usual, valid configuration never loads the positions parser
  const fast = fastConfig(text);
  if (fast !== undefined && validator()(fast)) return fast as RawConfig;
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = firstError.linePos?.[0] ?? { line: 1, col: 1 };
    throw new ConfigError(file, pos.line, pos.col, firstError.message.split('\n')[0] ?? 'YAML error');
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const validate = validator();
  if (!validate(raw)) {
    const problem = describeConfigError(validate.errors ?? []);
    const pointer = problem?.pointer ?? '';
    const segments = pointerSegments(pointer);
    const path = problem?.key !== undefined ? [...segments, problem.key] : segments;
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    // an unknown key is shown at the key itself
    const pair =
      problem?.key !== undefined
        ? keyNodeOf(segments.length ? doc.getIn(segments, true) : doc.contents, problem.key)
        : undefined;
    const range = ((pair ?? node) as { range?: [number, number, number] } | null | undefined)?.range;
    const pos = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    const message = problem?.message ?? { zh: '配置无效', en: 'the configuration is invalid' };
    throw new ConfigError(file, pos.line, pos.col, `${message.zh} / ${message.en}`, message, langOf(raw));
  }
  return raw as RawConfig;
}

export interface ConfigInput {
  cwd: string;
  configPath?: string;
  ruleOverrides?: Record<string, string>;
  asOf?: IsoDate;
  /** when given, the configured rule ids and options are checked against these rules (ConfigError on a problem) */
  rules?: readonly Rule[];
}

const isPreset = (name: string): name is PresetName => name === 'recommended' || name === 'shanghai';

/** where `extends` points: a file path (./base.yaml, ../x.json, /abs) or an installed package, from the config's folder */
function extendedFile(name: string, from: string): string {
  if (/^(\.{1,2}[\\/]|[\\/]|[A-Za-z]:[\\/])/.test(name) || /\.(ya?ml|json)$/i.test(name))
    return resolve(dirname(from), name);
  try {
    return createRequire(from).resolve(name);
  } catch {
    throw new ConfigError(
      from,
      1,
      1,
      `extends: "${name}" is neither a preset (recommended, shanghai), a configuration file nor an installed package / 找不到要继承的配置`,
    );
  }
}

/** a configuration file with what it extends merged under it (its own settings win; lists add up) */
function readWithExtends(file: string, seen: readonly string[] = []): RawConfig {
  if (seen.includes(file))
    throw new ConfigError(
      file,
      1,
      1,
      `extends forms a cycle / 配置继承形成循环: ${[...seen, file].join(' → ')}`,
    );
  const raw = { ...readConfigFile(file) };
  raw.ruleSources = Object.fromEntries(Object.keys(raw.rules ?? {}).map((id) => [id, file]));
  if (raw.extends === undefined || isPreset(raw.extends)) return raw;
  const base = readWithExtends(extendedFile(raw.extends, file), [...seen, file]);
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

export function resolveConfig(input: ConfigInput): ResolvedConfig {
  const file = input.configPath ? resolve(input.cwd, input.configPath) : findConfigFile(input.cwd);
  const raw: RawConfig = file ? readWithExtends(file) : {};
  const preset: PresetName = raw.extends !== undefined && isPreset(raw.extends) ? raw.extends : 'recommended';
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw.rules ?? {})) {
    rules[id] = Array.isArray(value)
      ? { severity: value[0], options: value[1] ?? {} }
      : { severity: value, options: {} };
    const source = raw.ruleSources?.[id];
    if (source) rules[id].source = source;
  }
  if (input.rules) checkRuleSettings(rules, input.rules, raw.lang);
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

/** the first problem of the rule settings read from files, as a ConfigError at its place in its file */
function checkRuleSettings(
  rules: Record<string, RuleSetting>,
  known: readonly Rule[],
  lang: 'zh' | 'en' | undefined,
): void {
  const fromFiles = Object.fromEntries(Object.entries(rules).filter(([, s]) => s.source !== undefined));
  const problems = ruleSettingProblems(fromFiles, known);
  const first = problems[0];
  if (!first) return;
  const file = rules[String(first.path[1])]?.source ?? '';
  throw locatedProblem(file, first, lang);
}

function locatedProblem(
  file: string,
  problem: RuleSettingProblem,
  lang: 'zh' | 'en' | undefined,
): ConfigError {
  const { line, col } = locateInConfig(file, problem.path, problem.atKey);
  return new ConfigError(
    file,
    line,
    col,
    `${problem.message.zh} / ${problem.message.en}`,
    problem.message,
    lang,
  );
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

/** the `lang` of a configuration that failed its schema, when it is a valid one */
function langOf(raw: unknown): 'zh' | 'en' | undefined {
  const lang = (raw as { lang?: unknown } | null)?.lang;
  return lang === 'zh' || lang === 'en' ? lang : undefined;
}
