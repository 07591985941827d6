/**
 * The `rules:` section of a configuration checked against the rules themselves: each id must name a rule, and each
 * option must be one the rule declares (RuleMeta.options), of its type and within its values and bounds. A problem
 * is reported with the nearest valid names and what was expected, and located in the configuration file by
 * src/engine/config.ts.
 */
import { isIsoDate } from '../model/dates.js';
import { quote } from '../load/messages.js';
import { didYouMean, suggest } from '../suggest.js';
import { vocabularyOf } from '../model/enum-labels.js';
import type { Msg, Rule, RuleOptionSpec } from './types.js';

export interface RuleSettingProblem {
  /** where in the configuration: ['rules', id] or ['rules', id, 1, option(, index)] */
  path: (string | number)[];
  /** the problem is the key itself (an unknown name) rather than its value */
  atKey: boolean;
  message: Msg;
}

/** rule ids nearest to a mistyped one: by id, by the name without its pack, or by the Chinese title */
export function suggestRuleIds(id: string, rules: readonly Rule[]): string[] {
  return suggest(
    id,
    rules.map((r) => ({ value: r.meta.id, labels: [r.meta.id.split('/').at(-1) ?? '', r.meta.title.zh] })),
  );
}

/**
 * the rules of the run and the other rules the caller knows of, one per id (a rule of the run wins): what a
 * configuration or a waiver may name. The engine is given both; it never imports the rule packs (issue 13).
 */
export function knownRuleList(run: readonly Rule[] = [], known: readonly Rule[] = []): Rule[] {
  return [...new Map([...known, ...run].map((r) => [r.meta.id, r])).values()];
}

/** 未知规则 "x"，是否为 "procedure/x"？ / unknown rule "x" — did you mean "procedure/x"? */
export function unknownRuleMessage(id: string, rules: readonly Rule[]): Msg {
  const guess = didYouMean(suggestRuleIds(id, rules));
  return {
    zh: `未知规则 "${id}"${guess.zh || '（用 caselint rules 查看全部规则）'}`,
    en: `unknown rule "${id}"${guess.en || ' (caselint rules lists them all)'}`,
  };
}

const TYPE: Record<RuleOptionSpec['type'], Msg> = {
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  string: { zh: '字符串', en: 'a string' },
  date: { zh: 'YYYY-MM-DD 格式的日期', en: 'a date in YYYY-MM-DD format' },
  'string[]': { zh: '字符串列表', en: 'a list of strings' },
};

function hasType(value: unknown, type: RuleOptionSpec['type']): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** what is wrong with one option's value, or undefined; `index` names a list item */
function valueProblem(spec: RuleOptionSpec, value: unknown): { message: Msg; index?: number } | undefined {
  if (!hasType(value, spec.type)) return { message: expected(TYPE[spec.type], value) };
  const allowed = spec.enum;
  const values = spec.type === 'string[]' ? (value as string[]) : [value];
  if (allowed) {
    const index = values.findIndex((v) => typeof v === 'string' && !allowed.includes(v));
    if (index >= 0) {
      const bad = String(values[index]);
      // values of a case vocabulary (event types…) are matched by their Chinese names too
      const labels = vocabularyOf(allowed)?.labels ?? {};
      const guess = didYouMean(
        suggest(
          bad,
          allowed.map((value) => ({ value, labels: labels[value] ?? [] })),
        ),
        (value) => (labels[value]?.[0] ? { zh: labels[value][0], en: '' } : undefined),
      );
      const many = allowed.length > 16;
      const list = {
        zh: many ? `${allowed.slice(0, 16).join('、')} 等（见 docs/case-format.md）` : allowed.join('、'),
        en: many ? `${allowed.slice(0, 16).join(', ')}, … (see docs/case-format.md)` : allowed.join(', '),
      };
      const message = guess.zh
        ? {
            zh: `的值 ${quote(bad)} 不在允许范围内${guess.zh}`,
            en: `has the value ${quote(bad)}, which is not allowed${guess.en}`,
          }
        : {
            zh: `应为以下值之一：${list.zh}（实际为 ${quote(bad)}）`,
            en: `must be one of ${list.en} (found ${quote(bad)})`,
          };
      return spec.type === 'string[]' ? { message, index } : { message };
    }
  }
  if (typeof value === 'number') {
    const { minimum: min, maximum: max } = spec;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const range =
        min !== undefined && max !== undefined
          ? { zh: `应在 ${min} 至 ${max} 之间`, en: `must be between ${min} and ${max}` }
          : min !== undefined
            ? { zh: `不能小于 ${min}`, en: `must be at least ${min}` }
            : { zh: `不能大于 ${String(max)}`, en: `must be at most ${String(max)}` };
      return { message: { zh: `${range.zh}（实际为 ${value}）`, en: `${range.en} (found ${value})` } };
    }
  }
  return undefined;
}

const expected = (type: Msg, value: unknown): Msg => ({
  zh: `应为${type.zh}（实际为 ${quote(value)}）`,
  en: `must be ${type.en} (found ${quote(value)})`,
});

/** the problems of one rule's options as configured */
export function optionProblems(rule: Rule, options: Record<string, unknown>): RuleSettingProblem[] {
  const id = rule.meta.id;
  const specs = rule.meta.options ?? {};
  const names = Object.keys(specs);
  const problems: RuleSettingProblem[] = [];
  for (const [name, value] of Object.entries(options)) {
    const spec = specs[name];
    if (!spec) {
      const guess = didYouMean(suggest(name, names));
      const known =
        names.length === 0
          ? { zh: '；该规则没有可设置的选项', en: '; the rule takes no options' }
          : { zh: `；可用选项：${names.join('、')}`, en: `; its options: ${names.join(', ')}` };
      problems.push({
        path: ['rules', id, 1, name],
        atKey: true,
        message: {
          zh: `规则 ${id} 没有选项 ${name}${guess.zh || known.zh}`,
          en: `rule ${id} has no option "${name}"${guess.en || known.en}`,
        },
      });
      continue;
    }
    const problem = valueProblem(spec, value);
    if (!problem) continue;
    const item =
      problem.index !== undefined
        ? { zh: ` 第${problem.index + 1}项`, en: ` item ${problem.index + 1}` }
        : undefined;
    problems.push({
      path: ['rules', id, 1, name, ...(problem.index !== undefined ? [problem.index] : [])],
      atKey: false,
      message: {
        zh: `规则 ${id} 的选项 ${name}${item?.zh ?? ''}${problem.message.zh.startsWith('的') ? '' : ' '}${problem.message.zh}`,
        en: `option "${name}"${item?.en ?? ''} of rule ${id} ${problem.message.en}`,
      },
    });
  }
  return problems;
}

/** the problems of the configured rule settings: unknown rule ids, unknown options, wrong option values */
export function ruleSettingProblems(
  settings: Readonly<Record<string, { options: Record<string, unknown> }>>,
  rules: readonly Rule[],
): RuleSettingProblem[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  return Object.entries(settings).flatMap(([id, setting]) => {
    const rule = byId.get(id);
    if (!rule) return [{ path: ['rules', id], atKey: true, message: unknownRuleMessage(id, rules) }];
    return optionProblems(rule, setting.options);
  });
}

/**
 * what an option takes, in words, for `caselint explain` and docs/rules.md: clue | preliminary-review, integer
 * 6–12, number ≥ 0, boolean (true | false), a list of event types… `code` marks up each literal value.
 */
export function optionTypeText(
  spec: RuleOptionSpec,
  lang: 'zh' | 'en',
  code: (value: string) => string = (value) => value,
): string {
  const zh = lang === 'zh';
  const values = (list: readonly string[]) => list.map(code).join(' | ');
  switch (spec.type) {
    case 'boolean':
      return zh ? `布尔值（${values(['true', 'false'])}）` : `boolean (${values(['true', 'false'])})`;
    case 'date':
      return zh ? '日期（YYYY-MM-DD）' : 'date (YYYY-MM-DD)';
    case 'string':
      return spec.enum ? values(spec.enum) : zh ? '字符串' : 'string';
    case 'string[]': {
      if (!spec.enum) return zh ? '字符串列表' : 'list of strings';
      const vocabulary = vocabularyOf(spec.enum);
      if (vocabulary)
        return zh
          ? `${vocabulary.name.zh}列表（案卷格式中的 ${spec.enum.length} 个取值，见 docs/case-format.md）`
          : `list of ${vocabulary.name.en}s (the ${spec.enum.length} values of the case format, see docs/case-format.md)`;
      return `${zh ? '列表，每项为' : 'list of'} ${values(spec.enum)}`;
    }
    case 'number':
    case 'integer': {
      const { minimum: min, maximum: max } = spec;
      const range =
        min !== undefined && max !== undefined
          ? `${min}–${max}`
          : min !== undefined
            ? `≥ ${min}`
            : max !== undefined
              ? `≤ ${max}`
              : '';
      const name = spec.type === 'integer' ? (zh ? '整数' : 'integer') : zh ? '数字' : 'number';
      return range ? `${name}${zh ? '，' : ' '}${range}` : name;
    }
  }
}

/** an option's default as written in caselint.config.yaml: clue, 12, true, [] */
export function optionDefaultText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
