/**
 * A configuration file that fails schemas/config.schema.json, said in words: the setting, what was expected and what
 * was found, with the nearest valid name for an unknown setting or value (jurisdction → jurisdiction, warn →
 * warning). Every problem is reported, each by its most specific error (the errors of the oneOf branch the value
 * came nearest to rather than the oneOf).
 */
import type { ErrorObject } from 'ajv';
import { describePointer, pointerSegments, quote, TYPE_EN, TYPE_ZH, jsType } from '../load/messages.js';
import { didYouMean, suggest } from '../suggest.js';
import type { Msg } from './types.js';

export interface ConfigProblem {
  /** JSON pointer of the value, or of the mapping whose key is unknown */
  pointer: string;
  /** for an unknown key: its name (the error is located at the key) */
  key?: string;
  message: Msg;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

const isAlternative = (e: ErrorObject): boolean => e.keyword === 'oneOf' || e.keyword === 'anyOf';

const within = (path: string, parent: string): boolean => path === parent || path.startsWith(`${parent}/`);

const depth = (e: ErrorObject): number => e.instancePath.split('/').length;

/**
 * the errors of a oneOf/anyOf to report: those of the branch the value came nearest to (no type mismatch at the
 * value itself, then the deepest error: [warn, "x"] is judged as [severity, options], not as a severity)
 */
function nearestBranch(alt: ErrorObject, members: readonly ErrorObject[]): ErrorObject[] {
  const branches = new Map<string, ErrorObject[]>();
  for (const e of members) {
    const branch = e.schemaPath.slice(alt.schemaPath.length + 1).split('/')[0] ?? '';
    branches.set(branch, [...(branches.get(branch) ?? []), e]);
  }
  const score = (list: readonly ErrorObject[]): number =>
    (list.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath) ? 0 : 1000) +
    Math.max(...list.map(depth));
  let best: ErrorObject[] = [];
  for (const list of branches.values()) if (best.length === 0 || score(list) > score(best)) best = list;
  return best.length > 0 ? best : [alt];
}

/**
 * the errors to report, one per problem: each oneOf/anyOf by the errors of its nearest branch, a date's format
 * rather than its pattern
 */
function specificErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const claimed = new Set<ErrorObject>();
  const chosen: ErrorObject[] = [];
  for (const alt of errors.filter(isAlternative)) {
    if (claimed.has(alt)) continue;
    const members = errors.filter(
      (e) =>
        e !== alt &&
        !claimed.has(e) &&
        e.schemaPath.startsWith(`${alt.schemaPath}/`) &&
        within(e.instancePath, alt.instancePath),
    );
    claimed.add(alt);
    for (const e of members) claimed.add(e);
    chosen.push(
      ...nearestBranch(
        alt,
        members.filter((e) => !isAlternative(e)),
      ),
    );
  }
  for (const e of errors) if (!claimed.has(e)) chosen.push(e);
  return chosen.filter(
    (e, _, all) =>
      e.keyword !== 'pattern' ||
      !all.some((o) => o.keyword === 'format' && o.instancePath === e.instancePath),
  );
}

/** every problem of a configuration that failed its schema, one per error worth reporting */
export function describeConfigErrors(errors: readonly ErrorObject[]): ConfigProblem[] {
  const seen = new Set<string>();
  return specificErrors(errors)
    .map(describeConfigError)
    .filter((p) => {
      const key = `${p.pointer}\u0000${p.key ?? ''}\u0000${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** one schema error in words */
function describeConfigError(e: ErrorObject): ConfigProblem {
  const where = describePointer(e.instancePath);
  const shown = {
    zh: where.zh === '案卷文件顶层' ? '配置文件顶层' : where.zh,
    en: where.en === 'the top level of the case file' ? 'the top level of the configuration' : where.en,
  };
  const params = e.params as Record<string, unknown>;
  const ruleSetting = /^\/rules\/([^/]+)(\/0)?$/.exec(e.instancePath);
  const isRuleSetting = ruleSetting !== null;
  if (ruleSetting) {
    const id = pointerSegments(`/${ruleSetting[1] ?? ''}`)[0] ?? '';
    shown.zh = `规则 ${id}`;
    shown.en = `rule ${id}`;
  }
  const ruleOptions = /^\/rules\/([^/]+)\/1$/.exec(e.instancePath);
  if (ruleOptions) {
    const id = pointerSegments(`/${ruleOptions[1] ?? ''}`)[0] ?? '';
    shown.zh = `规则 ${id} 的选项`;
    shown.en = `the options of rule ${id}`;
  }
  if (isRuleSetting && typeof e.data === 'string') {
    const guess = didYouMean(suggest(e.data, SEVERITIES));
    return {
      pointer: e.instancePath,
      message: {
        zh: `${shown.zh} 的严重程度应为 error、warning、info 或 off（实际为 ${quote(e.data)}）${guess.zh.replace(/^，/, '；')}`,
        en: `${shown.en}: the severity must be error, warning, info or off (found ${quote(e.data)})${guess.en}`,
      },
    };
  }
  if (isRuleSetting) {
    return {
      pointer: e.instancePath,
      message: {
        zh: `${shown.zh} 应为严重程度（error、warning、info、off）或 [严重程度, {选项}]（实际为 ${quote(e.data)}）`,
        en: `${shown.en} must be a severity (error, warning, info, off) or [severity, {options}] (found ${quote(e.data)})`,
      },
    };
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(
        (e.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      ).filter((k) => k !== '$schema');
      const guess = didYouMean(suggest(key, allowed));
      return {
        pointer: e.instancePath,
        key,
        message: {
          zh: `${shown.zh}${e.instancePath === '' ? '' : ' 中'}有未知设置 ${key}${guess.zh || `；可用的设置：${allowed.join('、')}`}`,
          en: `${shown.en} has an unknown setting "${key}"${guess.en || `; the settings are: ${allowed.join(', ')}`}`,
        },
      };
    }
    case 'enum': {
      const allowed = ((params.allowedValues as unknown[] | undefined) ?? []).map(String);
      const guess = didYouMean(typeof e.data === 'string' ? suggest(e.data, allowed) : []);
      return {
        pointer: e.instancePath,
        message: {
          zh: `${shown.zh} 应为 ${allowed.join('、')} 之一（实际为 ${quote(e.data)}）${guess.zh.replace(/^，/, '；')}`,
          en: `${shown.en} must be one of ${allowed.join(', ')} (found ${quote(e.data)})${guess.en}`,
        },
      };
    }
    case 'format':
    case 'pattern':
      if (params.format === 'date' || /\\d\{4\}-/.test(String(params.pattern ?? '')))
        return {
          pointer: e.instancePath,
          message: {
            zh: `${shown.zh} 应为 YYYY-MM-DD 格式的真实日期（实际为 ${quote(e.data)}）`,
            en: `${shown.en} must be a real date in YYYY-MM-DD format (found ${quote(e.data)})`,
          },
        };
      return {
        pointer: e.instancePath,
        message: {
          zh: `${shown.zh} 的格式不正确（实际为 ${quote(e.data)}，应匹配 ${String(params.pattern ?? params.format)}）`,
          en: `${shown.en} has the wrong form (found ${quote(e.data)}, expected to match ${String(params.pattern ?? params.format)})`,
        },
      };
    case 'type': {
      const types = String(params.type).split(',');
      const actual = jsType(e.data);
      return {
        pointer: e.instancePath,
        message: {
          zh: `${shown.zh} 应为${types.map((t) => TYPE_ZH[t] ?? t).join('或')}（实际为 ${quote(e.data)}）`,
          en: `${shown.en} must be ${types.map((t) => TYPE_EN[t] ?? t).join(' or ')} (found ${TYPE_EN[actual] ?? actual} ${quote(e.data)})`,
        },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        pointer: e.instancePath,
        message: {
          zh: `${shown.zh} 缺少必填设置 ${missing}`,
          en: `${shown.en} lacks the required setting "${missing}"`,
        },
      };
    }
    default:
      return {
        pointer: e.instancePath,
        message: {
          zh: `${shown.zh} 不符合配置格式：${e.message ?? ''}（实际为 ${quote(e.data)}）`,
          en: `${shown.en} ${e.message ?? 'is invalid'} (found ${quote(e.data)})`,
        },
      };
  }
}
