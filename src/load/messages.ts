import type { Msg } from '../engine/types.js';

/** Chinese names of the case-file sections and common arrays, for readable locations in messages. */
const SECTION_ZH: Record<string, string> = {
  case: '案件信息',
  party: '当事人',
  officers: '执法人员',
  violation: '违法行为',
  discretion: '裁量',
  penalty: '处罚',
  timeline: '时间线',
  documents: '文书',
  waivers: '豁免',
  violated: '违反条款',
  basis: '处罚依据',
  evidence: '证据',
  measurements: '监测数据',
  harm: '危害后果',
  bases: '计算基数',
  factors: '裁量因素',
  orders: '责令改正',
  treatment_grounds: '从轻减轻依据',
  prior_violations: '既往处罚',
  daily: '按日连续处罚',
  payee: '收缴机构',
  remedies: '救济途径',
  proposed: '拟处罚',
  no_penalty: '不予处罚',
};

/** Decode a JSON pointer into its segments (RFC 6901: ~1 is '/', ~0 is '~'). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

const isIndex = (s: string): boolean => /^(0|[1-9]\d*)$/.test(s);

/** `/timeline/2/date` → { zh: '时间线第3项的 date', en: 'timeline[2].date' } */
export function describePointer(pointer: string): Msg {
  const segs = pointerSegments(pointer);
  if (segs.length === 0) return { zh: '案卷文件顶层', en: 'the top level of the case file' };
  let zh = '';
  let en = '';
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (isIndex(seg)) {
      zh += `第${Number(seg) + 1}项`;
      en += `[${seg}]`;
    } else {
      const label = SECTION_ZH[seg];
      const name = last ? (label ? `${label}（${seg}）` : seg) : (label ?? seg);
      zh += zh === '' ? name : last ? `的 ${name}` : `的${name}`;
      en += en === '' ? seg : `.${seg}`;
    }
  });
  return { zh, en };
}

export function quote(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

export const TYPE_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '映射（键值对）',
  null: '空值',
};

export const TYPE_EN: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean (true or false)',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

export function jsType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
