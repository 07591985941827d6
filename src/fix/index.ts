/**
 * `caselint lint --fix` / `--fix-dry-run`: mechanical fixes of a YAML case file that never change a legal fact.
 *
 * - documents[].sha256 recorded for listed files that have none (a differing recorded hash is reported by the
 *   document rules, never overwritten: it may mean the file was changed);
 * - dates written as 2020/10/13, 2020.10.13 or 2020年10月13日 rewritten as ISO 2020-10-13;
 * - cite: spellings normalised to statute style (第108条第1款 → 第一百零八条第一款);
 * - identifiers written as YAML numbers quoted as text (certificate: 31071800123 → '31071800123'), keeping the
 *   digits as written;
 * - files in the case folder that no document lists added to documents (type by title/file name, with sha256).
 *
 * Edits are made on the text at the node ranges the `yaml` parser reports, so comments, key order, flow style and
 * line folding stay as the user wrote them. Only YAML case files are fixed.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Pair, Scalar, YAMLMap } from 'yaml';
import { yaml } from '../lazy.js';
import { formatCitationZh, parseCitation } from '../law/numerals.js';
import { findDates } from '../import/dates.js';
import { classify } from '../import/documents.js';

export type FixKind = 'sha256' | 'date' | 'cite' | 'quote' | 'unlisted';

export interface FixResult {
  file: string;
  before: string;
  after: string;
  applied: { kind: FixKind; path: string; line: number }[];
  /** why the file was not fixed (JSON case file, YAML errors) */
  skipped?: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  kind: FixKind;
  path: string;
}

const DATE_KEYS =
  /^(?:date|until|deadline|started_on|ended_on|discovered_on|sampled_on|order_served_on|reinspected_on|certificate_valid_from|certificate_valid_to)$/;
/** identifiers that must stay text: a number loses leading zeros and digits beyond 2^53 */
const TEXT_KEYS = /^(?:certificate|credit_code|id_number|phone|number|filing_number|decision_number)$/;
const MAX_HASH_BYTES = 200 * 1024 * 1024;

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** YAML single-quoted text */
function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function isoOfWritten(s: string): string | undefined {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return undefined;
  const compact = t.replace(/\s+/g, '');
  const found = findDates(compact);
  const d = found[0];
  return found.length === 1 && d && d.index === 0 && d.length === compact.length ? d.iso : undefined;
}

function keyPath(path: readonly unknown[], key: unknown): string {
  const parts: string[] = [];
  for (const [i, p] of path.entries()) {
    if (yaml().isSeq(p)) {
      parts.push(String(p.items.indexOf(path[i + 1] as never)));
      continue;
    }
    if (yaml().isMap(p)) continue;
    const pair = p as Pair;
    if (pair && typeof pair === 'object' && 'key' in pair && yaml().isScalar(pair.key))
      parts.push(String(pair.key.value));
  }
  parts.push(String(key));
  return parts.join('.');
}

async function sha256Of(file: string): Promise<string | undefined> {
  try {
    const s = await fsp.stat(file);
    if (!s.isFile() || s.size > MAX_HASH_BYTES) return undefined;
    return createHash('sha256')
      .update(await fsp.readFile(file))
      .digest('hex');
  } catch {
    return undefined;
  }
}

async function folderFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fsp.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const rel = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
    if (
      /^case\.(?:ya?ml|json)$/.test(rel) ||
      /^caselint\.config\./.test(e.name) ||
      rel.startsWith('node_modules/')
    )
      continue;
    out.push(rel);
  }
  return out.sort();
}

/** the indentation of a block map's keys, from the source */
function indentOf(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ ]*/.exec(text.slice(start))?.[0] ?? '';
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** an edit adding `key: value` to a map (block or flow) */
function addToMap(
  text: string,
  map: YAMLMap,
  key: string,
  value: string,
  path: string,
  kind: FixKind,
): Edit | undefined {
  const last = map.items.at(-1);
  if (!last || !map.range) return undefined;
  if (map.flow) {
    const close = text.lastIndexOf('}', map.range[1]);
    return { start: close, end: close, text: `, ${key}: ${value} `.replace(/ $/, ''), kind, path };
  }
  const firstKey = map.items[0]?.key as Scalar | undefined;
  const lastValue = (last.value ?? last.key) as Scalar | undefined;
  if (!firstKey?.range || !lastValue?.range) return undefined;
  const at = endOfLine(text, lastValue.range[1] - 1);
  const col = firstKey.range[0] - (text.lastIndexOf('\n', firstKey.range[0] - 1) + 1);
  const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
  return { start: at, end: at, text: `${prefix}${' '.repeat(col)}${key}: ${value}\n`, kind, path };
}

export async function fixCaseFile(caseFile: string, kinds: ReadonlySet<FixKind>): Promise<FixResult> {
  const before = await fsp.readFile(caseFile, 'utf8');
  const result: FixResult = { file: caseFile, before, after: before, applied: [] };
  if (!/\.ya?ml$/i.test(caseFile))
    return { ...result, skipped: 'case.json: --fix 只修改 YAML 案卷 / only YAML case files are fixed' };
  const doc = yaml().parseDocument(before, { keepSourceTokens: true });
  if (doc.errors.length > 0)
    return { ...result, skipped: 'YAML 有语法错误，未修改 / the YAML has syntax errors; not fixed' };
  const dir = dirname(caseFile);
  const edits: Edit[] = [];

  yaml().visit(doc, {
    Pair(_, pair, path) {
      if (!yaml().isScalar(pair.key) || !yaml().isScalar(pair.value) || !pair.value.range) return;
      const key = String(pair.key.value);
      const node = pair.value;
      const range = node.range;
      if (!range) return;
      const where = keyPath(path, key);
      if (kinds.has('date') && DATE_KEYS.test(key) && typeof node.value === 'string') {
        const iso = isoOfWritten(node.value);
        if (iso) edits.push({ start: range[0], end: range[1], text: iso, kind: 'date', path: where });
      }
      if (kinds.has('cite') && key === 'cite' && typeof node.value === 'string') {
        const c = parseCitation(node.value);
        const written = node.value.replace(/\s+/g, '');
        if (c) {
          const canonical = formatCitationZh(c);
          // only a citation and nothing else is rewritten (a note in the same string is the user's text)
          const plain = written.replace(/[（(]([0-9一二三四五六七八九十]+)[）)]/g, '$1');
          const isWholeCitation =
            /^第[^，。；]*[条款项]$/.test(written) &&
            plain.replace(/[第条款项0-9零〇一二两三四五六七八九十百千]/g, '') === '';
          if (isWholeCitation && canonical !== node.value)
            edits.push({ start: range[0], end: range[1], text: canonical, kind: 'cite', path: where });
        }
      }
      if (kinds.has('quote') && TEXT_KEYS.test(key) && typeof node.value === 'number') {
        const written = before.slice(range[0], range[1]).trim();
        if (/^[0-9]+$/.test(written))
          edits.push({ start: range[0], end: range[1], text: quote(written), kind: 'quote', path: where });
      }
    },
  });

  const documents = doc.get('documents', true);
  const listed = new Set<string>();
  if (yaml().isSeq(documents)) {
    for (const [i, item] of documents.items.entries()) {
      if (!yaml().isMap(item)) continue;
      const file = item.get('file');
      if (typeof file !== 'string') continue;
      listed.add(file.replace(/^\.\//, ''));
      if (kinds.has('sha256') && !item.has('sha256')) {
        const hash = await sha256Of(join(dir, file));
        const e = hash && addToMap(before, item, 'sha256', hash, `documents.${String(i)}.sha256`, 'sha256');
        if (e) edits.push(e);
      } else if (kinds.has('sha256')) {
        // `sha256: null` / `~` / an empty value is not recorded (src/load/nulls.ts): fill it in like a missing key
        const node = item.get('sha256', true) as Scalar | undefined;
        if (node && yaml().isScalar(node) && node.value === null && node.range) {
          const hash = await sha256Of(join(dir, file));
          const [start, end] = node.range;
          const empty = start === end;
          if (hash)
            edits.push({
              start,
              end,
              // an empty value sits where its comment starts (sha256: # 待补): keep the spaces around the hash
              text: `${empty && before[start - 1] === ':' ? ' ' : ''}${hash}${empty && before[start] === '#' ? ' ' : ''}`,
              kind: 'sha256',
              path: `documents.${String(i)}.sha256`,
            });
        }
      }
    }
  }
  if (kinds.has('unlisted')) {
    const unlisted = (await folderFiles(dir)).filter((f) => !listed.has(f));
    const ids = new Set(
      yaml().isSeq(documents) ? documents.items.map((d) => (yaml().isMap(d) ? String(d.get('id')) : '')) : [],
    );
    const blocks: string[] = [];
    for (const f of unlisted) {
      const base =
        basename(f)
          .replace(/\.[^.]+$/, '')
          .replace(/[^A-Za-z0-9._-]+/g, '-')
          .replace(/^[^A-Za-z0-9]+|-+$/g, '')
          .toLowerCase() || 'file';
      const type = classify(f, undefined);
      // the type names the document when it is known; else the file name's ASCII part; never a bare number
      const stem = type !== 'other' ? type : /[A-Za-z]/.test(base) ? base : 'file';
      let id = stem;
      for (let n = 2; ids.has(id); n++) id = `${stem}-${String(n)}`;
      ids.add(id);
      const hash = kinds.has('sha256') ? await sha256Of(join(dir, f)) : undefined;
      blocks.push(
        [
          `- id: ${id}`,
          `  type: ${type}`,
          `  file: ${quote(f)}`,
          ...(hash ? [`  sha256: ${hash}`] : []),
        ].join('\n'),
      );
    }
    if (blocks.length > 0) {
      const path = 'documents';
      if (yaml().isSeq(documents) && !documents.flow && documents.items.length > 0 && documents.range) {
        const first = documents.items[0] as { range?: [number, number, number] };
        const indent = first.range ? indentOf(before, first.range[0]) : '  ';
        const lastItem = documents.items.at(-1) as { range?: [number, number, number] };
        const at = endOfLine(before, (lastItem.range?.[1] ?? documents.range[1]) - 1);
        const prefix = at === before.length && !before.endsWith('\n') ? '\n' : '';
        const text = blocks
          .map((b) =>
            b
              .split('\n')
              .map((l) => indent + l)
              .join('\n'),
          )
          .join('\n');
        edits.push({ start: at, end: at, text: `${prefix}${text}\n`, kind: 'unlisted', path });
      } else if (yaml().isSeq(documents) && documents.range && documents.items.length === 0) {
        const text = blocks
          .map((b) =>
            b
              .split('\n')
              .map((l) => `  ${l}`)
              .join('\n'),
          )
          .join('\n');
        edits.push({
          start: documents.range[0],
          end: documents.range[1],
          text: `\n${text}`,
          kind: 'unlisted',
          path,
        });
      } else if (!documents) {
        const text = blocks
          .map((b) =>
            b
              .split('\n')
              .map((l) => `  ${l}`)
              .join('\n'),
          )
          .join('\n');
        const prefix = before.endsWith('\n') ? '' : '\n';
        edits.push({
          start: before.length,
          end: before.length,
          text: `${prefix}documents:\n${text}\n`,
          kind: 'unlisted',
          path,
        });
      }
    }
  }

  // applied from the end; at one position the appended documents go in first, so that a key added to the last
  // listed document stays with it
  const rank = (e: Edit): number => (e.kind === 'unlisted' ? 0 : 1);
  edits.sort((a, b) => b.start - a.start || b.end - a.end || rank(a) - rank(b));
  let after = before;
  for (const e of edits) after = after.slice(0, e.start) + e.text + after.slice(e.end);
  result.after = after;
  result.applied = edits
    .map((e) => ({ kind: e.kind, path: e.path, line: lineOf(before, e.start) }))
    .sort((a, b) => a.line - b.line);
  return result;
}

export const ALL_FIXES: ReadonlySet<FixKind> = new Set(['sha256', 'date', 'cite', 'quote', 'unlisted']);

/** a unified diff of one fix */
export async function fixDiff(r: FixResult, shownName: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return createTwoFilesPatch(`a/${shownName}`, `b/${shownName}`, r.before, r.after, '', '', { context: 3 });
}
