/**
 * Schema validation with ajv (JSON Schema 2020-12). The validator is compiled once per process. Each ajv error
 * becomes a located LoadError with a JSON pointer and a readable message in Chinese and English that names the
 * field and what was expected. Unhandled keywords fall back to ajv-i18n's Chinese text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type addFormatsModule from 'ajv-formats';
import type localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import { fromRoot } from '../paths.js';
import type { LoadError, SourcePosition } from './types.js';
import type { Msg } from '../engine/types.js';
import { TYPE_EN, TYPE_ZH, describePointer, escapeSegment, jsType, quote } from './messages.js';
import { didYouMean, suggest } from '../suggest.js';
import { vocabularyOf } from '../model/enum-labels.js';
import { MAX_REPORTED_ERRORS } from './parse.js';
import {
  AJV_OPTIONS,
  CASE_YEARS,
  DATE_FORMAT,
  inCaseYears,
  PARTIAL_DATE_FORMAT,
} from './validator-options.js';
import { isIsoDate, isPartialDate } from '../model/dates.js';
import { embeddedValidator, loadPrecompiled } from './precompiled.js';
import { withoutNullProperties } from './nulls.js';

// CJS module: the runtime value is module.exports itself (see notes/dependencies-on-node20.md). Loaded only when a
// case fails the schema.
function localizeZh(errors: ErrorObject[]): void {
  const localize = createRequire(import.meta.url)(
    'ajv-i18n/localize/zh/index.js',
  ) as (typeof localizeZhModule)['default'];
  localize(errors);
}

let compiled: ValidateFunction | undefined;
let compiledFrom: 'precompiled' | 'runtime' | undefined;

function schemaText(): string {
  return readFileSync(fromRoot('schemas', 'case.schema.json'), 'utf8');
}

export function caseSchema(): Record<string, unknown> {
  return JSON.parse(schemaText()) as Record<string, unknown>;
}

/** The ajv standalone code written by gen-validator.ts, if it was generated from this very schema text. */
function precompiledValidator(text: string): ValidateFunction | undefined {
  return loadPrecompiled(fromRoot('src', 'load', 'case-validator.generated.txt'), text);
}

/** ajv is loaded only here: with a current precompiled validator a run never needs it. */
export function compileAtRunTime(text: string): ValidateFunction {
  const nodeRequire = createRequire(import.meta.url);
  const { Ajv2020: Ajv } = nodeRequire('ajv/dist/2020.js') as { Ajv2020: typeof Ajv2020 };
  const addFormats = nodeRequire('ajv-formats') as (typeof addFormatsModule)['default'];
  const ajv = new Ajv(AJV_OPTIONS);
  addFormats(ajv);
  ajv.addFormat('date', DATE_FORMAT);
  ajv.addFormat('partial-date', PARTIAL_DATE_FORMAT);
  return ajv.compile(JSON.parse(text) as object);
}

/** The case validator, built once per process: precompiled when it matches the schema, else compiled now. */
export function caseValidator(): ValidateFunction {
  if (compiled) return compiled;
  const embedded = embeddedValidator('case');
  if (embedded) {
    compiledFrom = 'precompiled';
    compiled = embedded;
    return compiled;
  }
  const text = schemaText();
  const pre = precompiledValidator(text);
  compiledFrom = pre ? 'precompiled' : 'runtime';
  compiled = pre ?? compileAtRunTime(text);
  return compiled;
}

/** How the validator of this process was obtained (for tests and diagnostics). */
export function validatorOrigin(): 'precompiled' | 'runtime' | undefined {
  return compiledFrom;
}

export interface Locator {
  locate(pointer: string): SourcePosition;
  locateKey(pointer: string): SourcePosition;
}

/**
 * The loader's validation: a null object property is read as not recorded (removed, see nulls.ts), then the data
 * is validated. A required field that is null gets the error of a missing one, at the null's key; a null under a
 * key the format does not know is still an unknown field. Returns the data the rules see.
 */
export function validateCaseData(
  data: unknown,
  file: string,
  locator: Locator,
): { data: unknown; errors: LoadError[] } {
  const { data: stripped, nulled } = withoutNullProperties(data);
  if (nulled.length === 0) return { data, errors: validateCase(data, file, locator) };
  const wasNull = new Set(nulled);
  const errors = validateCase(stripped, file, locator, wasNull);
  // the removed keys themselves: only the format's known fields may be written, null or not
  const validate = caseValidator();
  if (!validate(data)) {
    const unknown = (validate.errors ?? []).filter(
      (e) =>
        e.keyword === 'additionalProperties' &&
        wasNull.has(
          `${e.instancePath}/${escapeSegment(String((e.params as Record<string, unknown>).additionalProperty))}`,
        ),
    );
    const seen = new Set(errors.map((e) => `${e.path ?? ''}\u0000${e.message.en}`));
    for (const e of unknown) {
      if (errors.length >= MAX_REPORTED_ERRORS) break;
      const made = describe(e, e.message ?? '', file, locator, wasNull);
      if (!seen.has(`${made.path ?? ''}\u0000${made.message.en}`)) errors.push(made);
    }
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return { data: errors.length > 0 ? data : stripped, errors };
}

export function validateCase(
  data: unknown,
  file: string,
  locator: Locator,
  wasNull: ReadonlySet<string> = new Set(),
): LoadError[] {
  const validate = caseValidator();
  if (validate(data)) return [];
  const raw = validate.errors ?? [];
  const zhErrors = raw.map((e) => ({ ...e }));
  localizeZh(zhErrors);
  const errors: LoadError[] = [];
  const seen = new Set<string>();
  const isSubsumed = subsumption(raw);
  raw.forEach((e, i) => {
    if (errors.length >= MAX_REPORTED_ERRORS || isSubsumed(e)) return;
    const made = describe(e, zhErrors[i]?.message ?? e.message ?? '', file, locator, wasNull);
    const key = `${made.path}\u0000${made.code}\u0000${made.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(made);
  });
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The validation a case gets before the rules (loader and API): nulls read as not recorded (validateCaseData),
 * then unknown fields. Unknown fields alone do not stop a case from being checked: when every schema error is an
 * unknown field (additionalProperties, null-valued or not), the case is checked without those fields and each is
 * still reported, as an error at its key ("…已忽略，其余内容照常检查"). A misspelt field (fien: for fine:) thus
 * shows beside the findings it hides, instead of leaving the whole case unchecked. Any other schema error keeps
 * the case unchecked.
 */
export function validateForRules(
  data: unknown,
  file: string,
  locator: Locator,
): { data: unknown; errors: LoadError[]; ignored: LoadError[] } {
  const checked = validateCaseData(data, file, locator);
  if (checked.errors.length === 0) return { ...checked, ignored: [] };
  const cleaned = withoutUnknownFields(withoutNullProperties(data).data);
  if (cleaned === undefined) return { ...checked, ignored: [] };
  const ignored = checked.errors.map((e) => ({
    ...e,
    message: {
      zh: `${e.message.zh}（该字段已忽略，其余内容照常检查）`,
      en: `${e.message.en} (the field was ignored; the rest of the case was checked)`,
    },
  }));
  return { data: cleaned, errors: [], ignored };
}

/** the data without its unknown fields, when they are its only schema errors; undefined otherwise */
function withoutUnknownFields(data: unknown): unknown {
  const validate = caseValidator();
  if (validate(data)) return data;
  const raw = validate.errors ?? [];
  if (raw.length === 0 || !raw.every((e) => e.keyword === 'additionalProperties')) return undefined;
  const cleaned = structuredClone(data);
  for (const e of raw) {
    const parent = nodeAt(cleaned, e.instancePath);
    const field = (e.params as { additionalProperty?: unknown }).additionalProperty;
    if (parent && typeof parent === 'object' && !Array.isArray(parent) && typeof field === 'string')
      delete (parent as Record<string, unknown>)[field];
  }
  return validate(cleaned) ? cleaned : undefined;
}

/** the node at a JSON pointer (ajv's instancePath), or undefined */
function nodeAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An if/then/else wrapper, errors inside an anyOf/oneOf or beside a date-format error at the same place are summarised by that error. */
function subsumption(all: ErrorObject[]): (e: ErrorObject) => boolean {
  // indexed by instance path, so that thousands of errors are checked in linear time
  const groups = new Map<string, ErrorObject[]>();
  const formatAt = new Set<string>();
  for (const o of all) {
    if (o.keyword === 'anyOf' || o.keyword === 'oneOf') {
      const list = groups.get(o.instancePath) ?? [];
      list.push(o);
      groups.set(o.instancePath, list);
    } else if (o.keyword === 'format') formatAt.add(o.instancePath);
  }
  return (e) =>
    // "must match the then/else schema" only wraps the branch's own error, which is reported where it is
    e.keyword === 'if' ||
    (groups.get(e.instancePath) ?? []).some((o) => o !== e && e.schemaPath.startsWith(o.schemaPath + '/')) ||
    // A bad date fails both `pattern` and `format`: report the format error only.
    (e.keyword === 'pattern' && isDateSchema(e.parentSchema) && formatAt.has(e.instancePath));
}

/** the anyOf of a partialDate (a string of format partial-date, or a year as a number) */
function isPartialDateChoice(schema: unknown): boolean {
  return Array.isArray(schema) && (schema as { format?: unknown }[]).some((s) => s.format === 'partial-date');
}

function isDateSchema(schema: unknown): boolean {
  const format = (schema as { format?: unknown } | undefined)?.format;
  return format === 'date' || format === 'partial-date';
}

const FULL_DATE_HINT = { zh: '', en: '' };
const PARTIAL_DATE_HINT = {
  zh: '只知月份或年份时写 YYYY-MM 或 YYYY，日期不详写 unknown；',
  en: 'YYYY-MM or YYYY when only the month or year is known, unknown when not known; ',
};

function describe(
  e: ErrorObject,
  zhFallback: string,
  file: string,
  locator: Locator,
  wasNull: ReadonlySet<string>,
): LoadError {
  const where = describePointer(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const base = (code: string, path: string, zh: string, en: string, pos?: SourcePosition): LoadError => {
    const { line, column } = pos ?? locator.locate(path);
    return { file, line, column, code, path, message: { zh, en }, severity: 'error' };
  };
  /** a date outside the case years, not in the calendar, or not in the date form (with the form's hint) */
  const dateError = (shapeOk: boolean, outOfRange: boolean, hint: { zh: string; en: string }): LoadError => {
    const found = quote(e.data);
    if (outOfRange)
      return base(
        'date-range',
        e.instancePath,
        `${where.zh} 的年份应在 ${CASE_YEARS.min}—${CASE_YEARS.max} 年之间（实际为 ${found}）`,
        `${where.en} must fall in the years ${CASE_YEARS.min}–${CASE_YEARS.max} (found ${found})`,
      );
    return base(
      'date-format',
      e.instancePath,
      shapeOk
        ? `${where.zh} 不是存在的日期（实际为 ${found}）`
        : `${where.zh} 应为 YYYY-MM-DD 格式的日期（${hint.zh}实际为 ${found}）`,
      shapeOk
        ? `${where.en} is not a real calendar date (found ${found})`
        : `${where.en} must be a date in YYYY-MM-DD format (${hint.en}found ${found})`,
    );
  };
  switch (e.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      const path = `${e.instancePath}/${escapeSegment(field)}`;
      if (wasNull.has(path))
        return base(
          'schema',
          path,
          `${where.zh} 缺少必填字段 ${field}（其值为 null，即未记录）`,
          `${where.en} is missing the required field "${field}" (its value is null, i.e. not recorded)`,
          locator.locateKey(path),
        );
      return base(
        'schema',
        path,
        `${where.zh} 缺少必填字段 ${field}`,
        `${where.en} is missing the required field "${field}"`,
        locator.locate(e.instancePath),
      );
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const path = `${e.instancePath}/${escapeSegment(field)}`;
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(suggest(field, allowed));
      return base(
        'schema',
        path,
        `${where.zh} 中有未知字段 ${field}${guess.zh || `；允许的字段：${allowed.join('、')}`}`,
        `${where.en} has an unknown field "${field}"${guess.en || `; allowed fields: ${allowed.join(', ')}`}`,
        locator.locateKey(path),
      );
    }
    case 'enum':
      return enumError(e, where, base);
    case 'const':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 应为 ${quote(p.allowedValue)}（实际为 ${quote(e.data)}）`,
        `${where.en} must be ${quote(p.allowedValue)} (found ${quote(e.data)})`,
      );
    case 'type': {
      const expected = String(p.type)
        .split(',')
        .map((t) => ({ zh: TYPE_ZH[t] ?? t, en: TYPE_EN[t] ?? t }));
      const actual = jsType(e.data);
      const hint =
        String(p.type) === 'string' && (actual === 'integer' || actual === 'number')
          ? { zh: '；数字形式的编号请加引号', en: '; quote numbers that are identifiers' }
          : { zh: '', en: '' };
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 应为${expected.map((x) => x.zh).join('或')}（实际为${TYPE_ZH[actual] ?? actual} ${quote(e.data)}）${hint.zh}`,
        `${where.en} must be ${expected.map((x) => x.en).join(' or ')} (found ${TYPE_EN[actual] ?? actual} ${quote(e.data)})${hint.en}`,
      );
    }
    case 'format':
    case 'pattern': {
      if (
        isDateSchema(e.parentSchema) &&
        (e.parentSchema as { format?: unknown }).format === 'partial-date'
      ) {
        return base(
          'date-format',
          e.instancePath,
          `${where.zh} 应为 YYYY-MM-DD、YYYY-MM、YYYY 格式的日期或 unknown（实际为 ${quote(e.data)}）`,
          `${where.en} must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or unknown (found ${quote(e.data)})`,
        );
      }
      if (isDateSchema(e.parentSchema)) {
        const value = String(e.data);
        const shapeOk = /^\d{4}-\d{2}-\d{2}$/.test(value);
        return dateError(shapeOk, shapeOk && isIsoDate(value) && !inCaseYears(value), FULL_DATE_HINT);
      }
      const pattern = String(p.pattern ?? p.format ?? '');
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 的格式不正确（实际为 ${quote(e.data)}，应匹配 ${pattern}）`,
        `${where.en} has the wrong form (found ${quote(e.data)}, expected to match ${pattern})`,
      );
    }
    case 'anyOf':
    case 'oneOf': {
      if (isPartialDateChoice(e.schema)) {
        const value = String(e.data);
        const shapeOk = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
        return dateError(shapeOk, shapeOk && isPartialDate(value) && !inCaseYears(value), PARTIAL_DATE_HINT);
      }
      const options = ((e.schema as { required?: string[] }[] | undefined) ?? [])
        .map((s) => s.required?.join('+'))
        .filter(Boolean);
      return options.length > 0
        ? base(
            'schema',
            e.instancePath,
            `${where.zh} 须至少填写以下字段之一：${options.join('、')}`,
            `${where.en} needs at least one of: ${options.join(', ')}`,
          )
        : base('schema', e.instancePath, `${where.zh} ${zhFallback}`, `${where.en} ${e.message ?? ''}`);
    }
    case 'minItems':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 至少应有 ${String(p.limit)} 项`,
        `${where.en} must have at least ${String(p.limit)} item(s)`,
      );
    case 'minLength':
      return base('schema', e.instancePath, `${where.zh} 不能为空`, `${where.en} must not be empty`);
    case 'minimum':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 不能小于 ${String(p.limit)}（实际为 ${quote(e.data)}）`,
        `${where.en} must be at least ${String(p.limit)} (found ${quote(e.data)})`,
      );
    case 'maximum':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 不能大于 ${String(p.limit)}（实际为 ${quote(e.data)}）`,
        `${where.en} must be at most ${String(p.limit)} (found ${quote(e.data)})`,
      );
    case 'multipleOf':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 的金额应精确到分（最多两位小数，实际为 ${quote(e.data)}）`,
        `${where.en} must be an amount in whole fen (at most two decimals, found ${quote(e.data)})`,
      );
    case 'uniqueItems':
      return base(
        'schema',
        e.instancePath,
        `${where.zh} 中第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项重复`,
        `${where.en} repeats an item (items ${String(p.j)} and ${String(p.i)})`,
      );
    default:
      return base(
        'schema',
        e.instancePath,
        `${where.zh} ${zhFallback}`,
        `${where.en} ${e.message ?? 'is invalid'}`,
      );
  }
}

/**
 * A value outside a closed vocabulary: the nearest valid values (by spelling, or by their Chinese names) with their
 * meaning, else the allowed values. 时间线第3项的 event：未知的事件类型 "prior-notice-serve"，是否为 "prior-notice-served"（事先告知书送达）？
 */
function enumError(
  e: ErrorObject,
  where: Msg,
  base: (code: string, path: string, zh: string, en: string) => LoadError,
): LoadError {
  const allowed = (((e.params as { allowedValues?: unknown[] }).allowedValues ?? []) as unknown[]).map(
    String,
  );
  const vocabulary = vocabularyOf(allowed);
  const labels = vocabulary?.labels ?? {};
  const found = quote(e.data);
  const guesses =
    typeof e.data === 'string'
      ? suggest(
          e.data,
          allowed.map((value) => ({ value, labels: labels[value] ?? [] })),
        )
      : [];
  const label = (value: string): Msg | undefined => {
    const zh = labels[value]?.[0];
    return zh ? { zh, en: '' } : undefined;
  };
  const guess = didYouMean(guesses, label);
  const many = allowed.length > 16;
  const shownZh = many
    ? `${allowed.slice(0, 16).join('、')} 等（见 docs/case-format.md）`
    : allowed.join('、');
  const shownEn = many
    ? `${allowed.slice(0, 16).join(', ')}, … (see docs/case-format.md)`
    : allowed.join(', ');
  const zh = vocabulary
    ? `${where.zh}：未知的${vocabulary.name.zh} ${found}`
    : `${where.zh} 的值 ${found} 不在允许范围内`;
  const en = vocabulary
    ? `${where.en}: unknown ${vocabulary.name.en} ${found}`
    : `${where.en} has the value ${found}, which is not allowed`;
  return base(
    'schema',
    e.instancePath,
    `${zh}${guess.zh || `；允许的值：${shownZh}`}`,
    `${en}${guess.en || `; allowed: ${shownEn}`}`,
  );
}
