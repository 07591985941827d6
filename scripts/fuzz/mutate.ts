/**
 * Structure-aware mutations of the example cases (fixtures/cases) and their attachments, as fast-check
 * arbitraries: a mutation is plain data (replayable, printable), applied to a copy of a case folder.
 */
import fc from 'fast-check';

export type Value = unknown;

export type Mutation =
  | { kind: 'set'; at: number; value: Value } // replace the node at the at-th path (modulo the paths of the case)
  | { kind: 'delete'; at: number }
  | { kind: 'deep'; at: number; depth: number; flow: boolean }
  | { kind: 'text'; op: 'truncate' | 'flip' | 'insert'; at: number; bit: number; insert: string }
  | { kind: 'json' }
  | {
      kind: 'attachment';
      at: number;
      op: 'truncate' | 'flip' | 'zero' | 'swap' | 'empty';
      pos: number;
      bit: number;
    };

const DATE_EDGES = [
  '1949-01-01',
  '1948-12-31',
  '2099-12-31',
  '2100-01-01',
  '9999-12-31',
  '0000-01-01',
  '2021-02-29',
  '2020-02-29',
  '2021-07-14',
  '2021-07-15',
  '2023-06-30',
  '2023-07-01',
  '2021-03',
  '2021',
  '2021-13-01',
  '2021/03/01',
  'unknown',
  '',
];

const NUMBER_EDGES = [
  0,
  -1,
  0.01,
  0.001,
  29999.99,
  29999.999,
  1e10,
  1e10 + 0.01,
  1e12,
  4294967296,
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
  5e-324,
  3660,
  3661,
];

const unicodeText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '\u001b[2J\u0007',
    '<script>alert(1)</script>',
    '‮fdp.exe',
    '\u0000',
    '𠀀𠀁🎉',
    '沪环罚〔2020〕1号',
    'x'.repeat(5000),
    '#comment: not',
    '*alias',
    '&anchor',
    '!!binary AAAA',
    '- - - x',
    '{a: [b]}',
    '../../etc/passwd',
  ),
);

export const value: fc.Arbitrary<Value> = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    unicodeText,
    fc.constantFrom(...DATE_EDGES),
    fc.constantFrom(...NUMBER_EDGES),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('any'), { maxKeys: 4 }),
  ),
})).any;

const textInsert = fc.constantFrom(
  '&a ',
  '*a',
  '<<: *a\n',
  '\n---\n',
  '%YAML 1.1\n---\n',
  '!!str ',
  '!!binary ',
  '? ',
  '\t',
  '"',
  "'",
  '[',
  '{',
  ': ',
  '\n- ',
  '\uFEFF',
  '\r',
  '\u0000',
  '\u2028',
  'key: value\n',
  '2021-02-29',
  '9999-12-31',
  '.inf',
  '.nan',
  '0x1F',
  '1e400',
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('deep' as const),
      at: fc.nat(),
      depth: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1000, max: 4000 })),
      flow: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      op: fc.constantFrom('truncate' as const, 'flip' as const, 'insert' as const),
      at: fc.nat(),
      bit: fc.integer({ min: 0, max: 7 }),
      insert: textInsert,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'json' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('attachment' as const),
      at: fc.nat(),
      op: fc.constantFrom(
        'truncate' as const,
        'flip' as const,
        'zero' as const,
        'swap' as const,
        'empty' as const,
      ),
      pos: fc.nat(),
      bit: fc.integer({ min: 0, max: 7 }),
    }),
  },
);

export interface FuzzInput {
  base: string;
  mutations: Mutation[];
}

export function fuzzInput(bases: string[]): fc.Arbitrary<FuzzInput> {
  return fc.record({
    base: fc.constantFrom(...bases),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  });
}

/** every JSON pointer-like path (as key lists) of the data, parents before children */
export function paths(data: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(data)) data.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (data && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) paths(v, [...prefix, k], out);
  return out;
}

function parentOf(
  data: unknown,
  path: (string | number)[],
): [Record<string | number, unknown>, string | number] | undefined {
  if (path.length === 0) return undefined;
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  return [node, path[path.length - 1] as string | number];
}

function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** applies the data mutations to parsed case data (in place); returns the text mutations left to apply */
export function mutateData(data: unknown, mutations: Mutation[]): void {
  for (const m of mutations) {
    if (m.kind !== 'set' && m.kind !== 'delete' && m.kind !== 'deep') continue;
    const all = paths(data);
    const path = all[m.at % all.length] ?? [];
    const slot = parentOf(data, path);
    if (!slot) continue;
    const [parent, key] = slot;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'deep' && !m.flow) parent[key] = nested(Math.min(m.depth, 120));
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    }
  }
}

/** text-level mutations of the serialised case file (bytes: a bit flip may break the UTF-8) */
export function mutateText(text: string, mutations: Mutation[]): Buffer {
  let out = text;
  for (const m of mutations) {
    if (m.kind !== 'deep' || !m.flow) continue;
    const at = out.indexOf('\n  basis:');
    const deep = `${'- '.repeat(m.depth)}x`;
    out =
      at < 0
        ? `${out}\nzz_deep:\n  ${deep}\n`
        : `${out.slice(0, at)}\n  basis:\n    ${deep}\n  zz_after:${out.slice(at + 9)}`;
  }
  let bytes = Buffer.from(out, 'utf8');
  for (const m of mutations) {
    if (m.kind !== 'text' || bytes.length === 0) continue;
    const at = m.at % bytes.length;
    if (m.op === 'truncate') bytes = bytes.subarray(0, at);
    else if (m.op === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.insert, 'utf8'), bytes.subarray(at)]);
    else {
      bytes = Buffer.from(bytes);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << m.bit);
    }
  }
  return bytes;
}

/** damages one attachment's bytes */
export function mutateAttachment(
  bytes: Buffer,
  m: Extract<Mutation, { kind: 'attachment' }>,
  other: Buffer,
): Buffer {
  if (bytes.length === 0) return bytes;
  const pos = m.pos % bytes.length;
  switch (m.op) {
    case 'truncate':
      return bytes.subarray(0, pos);
    case 'zero':
      return Buffer.concat([bytes.subarray(0, pos), Buffer.alloc(Math.min(4096, bytes.length - pos))]);
    case 'swap':
      return other; // a .docx holding a PDF, or the other way round
    case 'empty':
      return Buffer.alloc(0);
    default: {
      const out = Buffer.from(bytes);
      out[pos] = (out[pos] ?? 0) ^ (1 << m.bit);
      return out;
    }
  }
}
