/**
 * Parsing YAML and JSON with source positions. JSON is parsed by the same YAML 1.2 parser (so both get
 * line/column for every node) and, for .json files, also checked with JSON.parse so that YAML-only syntax in a
 * JSON file is reported. Duplicate keys, alias bombs, empty files and a top level that is not a mapping are
 * located errors; nothing here throws.
 */
import type { Document, LineCounter, Pair, YAMLError, YAMLMap } from 'yaml';
import { yaml } from '../lazy.js';
import jsyaml from 'js-yaml';
import type { LoadError, SourcePosition } from './types.js';
import { pointerSegments, quote } from './messages.js';
import { MAX_NESTING_DEPTH, findExcessiveNesting } from './depth.js';

/** Aliases allowed in one file. yaml refuses more (resource-exhaustion guard); a case file needs few, if any. */
export const MAX_ALIAS_COUNT = 100;

export interface ParsedSource {
  data: unknown;
  locate(pointer: string): SourcePosition;
  /** position of the key of the last pointer segment (falls back to locate) */
  locateKey(pointer: string): SourcePosition;
  warnings: LoadError[];
}

export type ParseOutcome = { ok: true; parsed: ParsedSource } | { ok: false; errors: LoadError[] };

/** Chinese explanations of the yaml parser's error codes. */
const YAML_CODE_ZH: Record<string, string> = {
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_ALIAS: '别名无效',
  BAD_DIRECTIVE: '指令无效',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BAD_INDENT: '缩进不正确',
  BAD_PROP_ORDER: '锚点和标签的位置不正确',
  BAD_SCALAR_START: '标量的开头字符无效（如以 @ 或 ` 开头的值需加引号）',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能作为键',
  BLOCK_IN_FLOW: '流式结构中不能使用块结构',
  DUPLICATE_KEY: '键重复',
  IMPOSSIBLE: '无法解析',
  KEY_OVER_1024_CHARS: '键超过1024个字符',
  MISSING_CHAR: '缺少字符（如未闭合的引号或括号）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（可能缺少冒号后的空格或缩进有误）',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_DOCS: '一个文件只能包含一个 YAML 文档',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  TAB_AS_INDENT: '不能用制表符（Tab）缩进，请改用空格',
  TAG_RESOLVE_FAILED: '无法识别的标签',
  UNEXPECTED_TOKEN: '出现意外的内容',
};

function position(lc: LineCounter, offset: number): SourcePosition {
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

/** a parser error of the yaml package as a located, bilingual error (case files and the configuration) */
export function yamlError(
  e: YAMLError,
  lc: LineCounter,
  text: string,
  file: string,
  severity: LoadError['severity'],
): LoadError {
  const { line, column } = position(lc, e.pos[0]);
  const plain = e.message.split('\n')[0] ?? e.message;
  if (e.code === 'DUPLICATE_KEY') {
    const key =
      text
        .slice(e.pos[0])
        .split(/:\s|:$|\n/m)[0]
        ?.trim() || '?';
    return {
      file,
      line,
      column,
      code: 'duplicate-key',
      message: {
        zh: `键 ${quote(key)} 在同一映射中重复出现；每个键只能写一次`,
        en: `the key ${quote(key)} appears more than once in the same mapping; each key may appear only once`,
      },
      severity: 'error',
    };
  }
  const zh = YAML_CODE_ZH[e.code] ?? '语法错误';
  return {
    file,
    line,
    column,
    code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning',
    message: {
      zh: `YAML ${severity === 'error' ? '语法错误' : '警告'}：${zh}（${e.code}）`,
      en: `YAML: ${plain} (${e.code})`,
    },
    severity,
  };
}

function keyName(key: unknown): string {
  return yaml().isScalar(key) ? String(key.value) : String(key);
}

/** The first pair of each key of a mapping, indexed on first use (a lookup per pointer stays linear overall). */
function pairIndex(): (map: YAMLMap) => Map<string, Pair> {
  const cache = new WeakMap<YAMLMap, Map<string, Pair>>();
  return (map) => {
    let index = cache.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const name = keyName(pair.key);
        if (!index.has(name)) index.set(name, pair);
      }
      cache.set(map, index);
    }
    return index;
  };
}

function makeLocator(doc: Document, lc: LineCounter) {
  const pairsOf = pairIndex();
  const find = (pointer: string, wantKey: boolean): SourcePosition => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const seg of pointerSegments(pointer)) {
      if (yaml().isAlias(node)) node = node.resolve(doc);
      let next: unknown;
      if (yaml().isMap(node)) {
        const pair = pairsOf(node as YAMLMap).get(seg);
        if (pair) {
          keyNode = pair.key;
          next = pair.value ?? pair.key;
        }
      } else if (yaml().isSeq(node) && /^\d+$/.test(seg)) {
        next = node.items[Number(seg)];
        keyNode = next;
      }
      if (next === undefined || next === null) break;
      node = next;
    }
    const target = wantKey && keyNode ? keyNode : node;
    const range = (target as { range?: [number, number, number] } | null)?.range;
    return range ? position(lc, range[0]) : { line: 1, column: 1 };
  };
  return { locate: (p: string) => find(p, false), locateKey: (p: string) => find(p, true) };
}

/**
 * YAML 1.1 documents (a `%YAML 1.1` directive) turn unquoted timestamps into Dates: keep civil dates as text.
 * Returns false when an alias makes the data refer to itself (a cycle no validator could walk).
 */
function normaliseDates(value: unknown, ancestors = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (ancestors.has(value)) return false;
  ancestors.add(value);
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v instanceof Date) {
      const iso = v.toISOString();
      record[k] = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
    } else if (!normaliseDates(v, ancestors)) return false;
  }
  ancestors.delete(value);
  return true;
}

function firstAlias(doc: Document, lc: LineCounter): SourcePosition {
  let found: SourcePosition = { line: 1, column: 1 };
  yaml().visit(doc, {
    Alias(_key, node) {
      if (node.range) found = position(lc, node.range[0]);
      return yaml().visit.BREAK;
    },
  });
  return found;
}

/** Keys repeated within one mapping, found with one set per mapping (linear in the size of the document). */
function duplicateKeys(doc: Document, lc: LineCounter, file: string): LoadError[] {
  const errors: LoadError[] = [];
  yaml().visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const name = keyName(pair.key);
        if (!seen.has(name)) {
          seen.add(name);
          continue;
        }
        const range = (pair.key as { range?: [number, number, number] } | null)?.range;
        const { line, column } = range ? position(lc, range[0]) : { line: 1, column: 1 };
        errors.push({
          file,
          line,
          column,
          code: 'duplicate-key',
          message: {
            zh: `键 ${quote(name)} 在同一映射中重复出现；每个键只能写一次`,
            en: `the key ${quote(name)} appears more than once in the same mapping; each key may appear only once`,
          },
          severity: 'error',
        });
        if (errors.length >= MAX_REPORTED_ERRORS) return yaml().visit.BREAK;
      }
      return undefined;
    },
  });
  return errors;
}

/** A file with thousands of mistakes gets its first errors reported, not all of them. */
export const MAX_REPORTED_ERRORS = 100;

/** Chinese for V8's JSON.parse messages (Node 20). */
const JSON_MESSAGE_ZH: [RegExp, string][] = [
  [/Expected double-quoted property name/, '此处应为带双引号的属性名（是否多了一个逗号？）'],
  [/Expected ',' or '\}' after property value/, '属性值后应为逗号或 }'],
  [/Expected ',' or '\]' after array element/, '数组元素后应为逗号或 ]'],
  [/Expected ':' after property name/, '属性名后应为冒号'],
  [/Unterminated string/, '字符串缺少结束的双引号'],
  [/Bad control character in string literal/, '字符串中有未转义的控制字符（如换行、制表符）'],
  [/Bad escaped character/, '字符串中的转义序列无效'],
  [/Unexpected end of JSON input/, '文件意外结束（缺少 } 或 ]？）'],
  [/Unexpected non-whitespace character after JSON/, 'JSON 结束后还有多余内容'],
  [/Unexpected token/, '出现意外的字符'],
];

function jsonSyntaxError(text: string, lc: LineCounter, file: string): LoadError | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(raw);
    const { line, column } = at ? position(lc, Number(at[1])) : { line: 1, column: 1 };
    const en = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    const zh = JSON_MESSAGE_ZH.find(([re]) => re.test(raw))?.[1] ?? en;
    return {
      file,
      line,
      column,
      code: 'json-syntax',
      message: { zh: `JSON 语法错误：${zh}`, en: `JSON syntax error: ${en}` },
      severity: 'error',
    };
  }
}

/**
 * Fast path: js-yaml (about 10× faster than a full yaml Document) for the common case of a well-formed file
 * without anchors or aliases. Positions are then computed lazily, only when something asks for one. Anything
 * unusual (an error, an anchor or alias, a non-mapping top level) goes to the full path, which locates it.
 */
function fastParse(text: string, kind: 'yaml' | 'json'): ParsedSource | undefined {
  if (/[&*]/.test(text)) return undefined;
  let data: unknown;
  try {
    // For JSON, JSON.parse checks the syntax and js-yaml (which refuses duplicate keys) gives the data.
    if (kind === 'json') JSON.parse(text);
    data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  if (!normaliseDates(data)) return undefined;
  let full: ReturnType<typeof makeLocator> | undefined;
  const locator = (): ReturnType<typeof makeLocator> => {
    if (!full) {
      const lc = new (yaml().LineCounter)();
      // js-yaml has refused duplicate keys already; yaml's own check is quadratic in the keys of a mapping.
      full = makeLocator(
        yaml().parseDocument(text, { lineCounter: lc, prettyErrors: false, merge: false, uniqueKeys: false }),
        lc,
      );
    }
    return full;
  };
  return {
    data,
    locate: (p) => locator().locate(p),
    locateKey: (p) => locator().locateKey(p),
    warnings: [],
  };
}

/**
 * yaml makes an Error object per problem; on a garbled file that is one per character, and capturing each one's
 * stack trace dominates the time. The traces are never shown, so none are captured while parsing.
 */
function withoutStackTraces<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function parseCaseText(text: string, file: string, kind: 'yaml' | 'json'): ParseOutcome {
  const at = (line: number, column: number, code: string, zh: string, en: string): ParseOutcome => ({
    ok: false,
    errors: [{ file, line, column, code, message: { zh, en }, severity: 'error' }],
  });
  if (text.trim() === '') {
    return at(
      1,
      1,
      'empty-file',
      '文件为空；应为以 format: caselint/1 开头、包含 case、party、officers、violation、penalty、timeline 的案卷',
      'the file is empty; expected a case starting with format: caselint/1 and holding case, party, officers, violation, penalty and timeline',
    );
  }
  const deep = findExcessiveNesting(text);
  if (deep) {
    return at(
      deep.line,
      deep.column,
      'too-deep',
      `嵌套层数超过 ${MAX_NESTING_DEPTH} 层（列表或映射套得过深），不是案卷文件的结构，已拒绝读取`,
      `the data nests more than ${MAX_NESTING_DEPTH} levels deep (lists or mappings inside each other), which no case file does: refused`,
    );
  }
  const fast = fastParse(text, kind);
  if (fast) return { ok: true, parsed: fast };
  const lc = new (yaml().LineCounter)();
  const doc = withoutStackTraces(() =>
    yaml().parseDocument(text, {
      lineCounter: lc,
      prettyErrors: false,
      // duplicate keys are found by duplicateKeys() below, in linear time (yaml's own check is quadratic)
      uniqueKeys: false,
      strict: true,
      version: '1.2',
      merge: false,
    }),
  );
  const errors = doc.errors.slice(0, MAX_REPORTED_ERRORS).map((e) => yamlError(e, lc, text, file, 'error'));
  if (errors.length === 0) errors.push(...duplicateKeys(doc, lc, file));
  if (errors.length > 0) return { ok: false, errors };
  if (kind === 'json') {
    const jsonError = jsonSyntaxError(text, lc, file);
    if (jsonError) return { ok: false, errors: [jsonError] };
  }
  const warnings = doc.warnings
    .slice(0, MAX_REPORTED_ERRORS)
    .map((w) => yamlError(w, lc, text, file, 'warning'));
  const root = doc.contents;
  // an explicit null (`null`, `~`) as the whole document is a value where the case mapping belongs
  const explicitNull =
    yaml().isScalar(root) && root.value === null && root.range !== undefined && root.range[1] > root.range[0];
  if (
    !explicitNull &&
    (root === null || (yaml().isScalar(root) && (root.value === null || root.value === '')))
  ) {
    return at(
      1,
      1,
      'empty-file',
      '文件没有内容（只有注释或空文档）；应为包含 format、case、party 等字段的案卷映射',
      'the file has no content (only comments or an empty document); expected a case mapping with format, case, party and the other fields',
    );
  }
  if (!yaml().isMap(root)) {
    const { line, column } = root.range ? position(lc, root.range[0]) : { line: 1, column: 1 };
    const actual = yaml().isSeq(root)
      ? { zh: '列表', en: 'a list' }
      : explicitNull
        ? { zh: '空值 null', en: 'null' }
        : { zh: '单个值', en: 'a single value' };
    return at(
      line,
      column,
      'not-a-mapping',
      `案卷顶层应为映射（format: …、case: … 等键值对），实际为${actual.zh}`,
      `the top level of a case file must be a mapping (format: …, case: …), found ${actual.en}`,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const aliasAt = firstAlias(doc, lc);
    const isBomb = e instanceof ReferenceError || /alias/i.test(String(e));
    return isBomb
      ? at(
          aliasAt.line,
          aliasAt.column,
          'alias-bomb',
          `别名（*引用）展开次数过多（上限 ${MAX_ALIAS_COUNT}），疑似“十亿笑声”式攻击，已拒绝读取`,
          `too many alias (*reference) expansions (limit ${MAX_ALIAS_COUNT}): refused as a likely resource-exhaustion ("billion laughs") attack`,
        )
      : at(
          aliasAt.line,
          aliasAt.column,
          'yaml-syntax',
          `无法转换 YAML 内容：${String(e)}`,
          `cannot convert the YAML content: ${String(e)}`,
        );
  }
  if (!normaliseDates(data)) {
    const first = firstAlias(doc, lc);
    return at(
      first.line,
      first.column,
      'alias-cycle',
      '别名（*引用）指向其自身所在的结构，形成循环引用，无法读取',
      'an alias (*reference) refers to a structure that contains it: the data would be infinite',
    );
  }
  return { ok: true, parsed: { data, ...makeLocator(doc, lc), warnings } };
}
