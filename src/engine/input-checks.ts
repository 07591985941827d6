/**
 * The input checks (`input/<code>`): what the loader reports before any rule runs. They are not rules (they cannot
 * be switched off), but every output that describes rules (SARIF, `rules --json`, docs/rules.md) describes them too.
 */
import type { Msg } from './types.js';

export interface InputCheck {
  id: string;
  title: Msg;
  description: Msg;
}

const check = (code: string, title: Msg, description: Msg): InputCheck => ({
  id: `input/${code}`,
  title,
  description,
});

export const INPUT_CHECKS: readonly InputCheck[] = [
  check(
    'no-case-file',
    { zh: '找不到案卷文件', en: 'No case file' },
    {
      zh: '路径不存在，或案卷文件夹中没有 case.yaml / case.json。',
      en: 'The path does not exist, or the case folder holds no case.yaml / case.json.',
    },
  ),
  check(
    'ambiguous-case-file',
    { zh: '案卷文件不唯一', en: 'More than one case file' },
    {
      zh: '同一文件夹中同时有 case.yaml 与 case.json，无法确定以哪个为准。',
      en: 'A folder holds both case.yaml and case.json; caselint cannot tell which one is the record.',
    },
  ),
  check(
    'unreadable',
    { zh: '文件无法读取', en: 'File cannot be read' },
    {
      zh: '操作系统拒绝读取该文件（权限、设备错误或读取中被修改）。',
      en: 'The operating system refused to read the file (permissions, device error, or it changed while read).',
    },
  ),
  check(
    'too-large',
    { zh: '文件过大', en: 'File too large' },
    {
      zh: '案卷文件超过大小上限，未解析。',
      en: 'The case file is larger than the size limit and was not parsed.',
    },
  ),
  check(
    'encoding',
    { zh: '文件编码', en: 'File encoding' },
    {
      zh: '文件不是 UTF-8：以 GB18030 解码时给出警告，无法解码时为错误。',
      en: 'The file is not UTF-8: decoded as GB18030 with a warning, or an error when it cannot be decoded.',
    },
  ),
  check(
    'empty-file',
    { zh: '空文件', en: 'Empty file' },
    { zh: '案卷文件没有内容。', en: 'The case file has no content.' },
  ),
  check(
    'yaml-syntax',
    { zh: 'YAML 语法错误', en: 'YAML syntax error' },
    {
      zh: '案卷文件不是合法的 YAML，指出出错的行和列。',
      en: 'The case file is not valid YAML; the line and column of the error are given.',
    },
  ),
  check(
    'yaml-warning',
    { zh: 'YAML 写法提示', en: 'YAML warning' },
    {
      zh: 'YAML 可以解析，但写法可能与本意不同（例如未加引号的特殊值）。',
      en: 'The YAML parses, but its form may not mean what was intended (for example an unquoted special value).',
    },
  ),
  check(
    'json-syntax',
    { zh: 'JSON 语法错误', en: 'JSON syntax error' },
    {
      zh: '案卷文件不是合法的 JSON，指出出错的行和列。',
      en: 'The case file is not valid JSON; the line and column of the error are given.',
    },
  ),
  check(
    'duplicate-key',
    { zh: '重复的键', en: 'Duplicate key' },
    {
      zh: '同一映射中同一个键出现两次，无法确定以哪个值为准。',
      en: 'A key appears twice in one mapping; caselint cannot tell which value is meant.',
    },
  ),
  check(
    'not-a-mapping',
    { zh: '顶层不是映射', en: 'Top level is not a mapping' },
    {
      zh: '案卷文件的顶层必须是键值映射（format、case、party…）。',
      en: 'The top level of a case file must be a mapping (format, case, party…).',
    },
  ),
  check(
    'alias-bomb',
    { zh: '别名展开过大', en: 'Alias expansion too large' },
    {
      zh: 'YAML 锚点与别名展开后过大（“十亿笑”攻击），拒绝解析。',
      en: 'The YAML anchors and aliases expand too far (a "billion laughs" document) and are refused.',
    },
  ),
  check(
    'alias-cycle',
    { zh: '循环别名', en: 'Alias cycle' },
    { zh: 'YAML 别名引用了自身。', en: 'A YAML alias refers to itself.' },
  ),
  check(
    'schema',
    { zh: '不符合案卷格式', en: 'Not in the case format' },
    {
      zh: '字段缺失、类型或取值不符合 caselint/1 案卷格式（schemas/case.schema.json），指出位置和应有的值。',
      en: 'A field is missing, or its type or value does not fit the caselint/1 format (schemas/case.schema.json); the place and the expected value are given.',
    },
  ),
  check(
    'date-format',
    { zh: '日期格式', en: 'Date format' },
    {
      zh: '日期须为 ISO 8601（YYYY-MM-DD），且为真实存在的日期。',
      en: 'Dates must be ISO 8601 (YYYY-MM-DD) and exist in the calendar.',
    },
  ),
];

const byId = new Map(INPUT_CHECKS.map((c) => [c.id, c]));

/** the description of an input check; codes added later still get a general one */
export function inputCheck(id: string): InputCheck {
  return (
    byId.get(id) ?? {
      id,
      title: { zh: `输入检查 ${id}`, en: `Input check ${id}` },
      description: {
        zh: '案卷文件在规则运行前未能完整读取或解析；消息指出位置和原因。',
        en: 'The case file could not be fully read or parsed before the rules ran; the message gives the place and the reason.',
      },
    }
  );
}
