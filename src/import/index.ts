/**
 * `caselint import` for a case's documents: read each file (size-limited, text extracted by the safe extractor
 * of src/text), recognise the decision, the prior notice, the service receipts and the filing form, read them,
 * and compose the draft. Documents are read, never written.
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { DocumentData, DocumentType } from '../model/case-data.js';
import { extractText } from '../text/extract.js';
import { CASE_FILE_NAMES } from '../load/discover.js';
import { DEFAULT_MAX_BYTES } from '../load/attachments.js';
import { readDecision } from './decision.js';
import { classify, readFilingForm, readNotice, readReceipt, TITLE_ZH } from './documents.js';
import { composeDraft, type Draft, type ImportedDocument } from './draft.js';
import { Fields } from './fields.js';
import { prepareText, type SourceText } from './source.js';

export interface InputText {
  /** file name, shown in source comments */
  name: string;
  /** path written into documents[].file (relative to the case folder) */
  file?: string;
  text?: string;
  sha256?: string;
  /** why the text could not be read */
  textNote?: string;
  /** a scan without a text layer */
  scanned?: boolean;
}

export class ImportInputError extends Error {}

const READ_ORDER: DocumentType[] = ['decision', 'prior-notice', 'service-receipt', 'filing-form'];

function idFor(type: DocumentType, served: string | undefined, taken: Set<string>, name: string): string {
  let base: string = type;
  if (type === 'service-receipt' && served) base = `${served}-receipt`;
  if (type === 'other') {
    const ascii = basename(name, extname(name))
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+|-+$/g, '');
    base = ascii.length >= 2 ? ascii.toLowerCase() : 'document';
  }
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`;
  taken.add(id);
  return id;
}

/** Reads documents given as texts (the accuracy script and tests use this directly). */
export function importTexts(inputs: InputText[], generatedOn: string): Draft & { fields: Fields } {
  const fields = new Fields();
  const prepared = inputs.map((input) => {
    const type = classify(input.name, input.text);
    const src: SourceText | undefined =
      input.text !== undefined ? prepareText(input.name, input.text) : undefined;
    return { input, type, src };
  });
  const rank = (t: DocumentType): number => {
    const i = READ_ORDER.indexOf(t);
    return i < 0 ? READ_ORDER.length : i;
  };
  // several documents titled 决定书 (a copy, a draft): the longest text is read as the decision
  const ordered = [...prepared].sort(
    (a, b) => rank(a.type) - rank(b.type) || (b.input.text?.length ?? 0) - (a.input.text?.length ?? 0),
  );
  const taken = new Set<string>();
  const documents: ImportedDocument[] = [];
  let decisions = 0;
  for (const { input, type, src } of ordered) {
    const receipt = type === 'service-receipt' && src ? readReceipt(src) : undefined;
    if (type === 'decision' && src) {
      decisions++;
      if (decisions === 1) readDecision(src, fields);
    }
    if (type === 'prior-notice' && src) readNotice(src, fields);
    if (type === 'filing-form' && src) readFilingForm(src, fields);
    const data: DocumentData = { id: idFor(type, receipt?.served, taken, input.name), type };
    const title = TITLE_ZH[type];
    if (title)
      data.title =
        type === 'service-receipt' && receipt?.served
          ? `${title}（${TITLE_ZH[receipt.served as DocumentType] ?? ''}）`
          : title;
    if (input.file) data.file = input.file;
    if (input.sha256) data.sha256 = input.sha256;
    if (type === 'decision' && decisions === 1) {
      const n = fields.get<string>('case.number');
      if (n) data.number = n.value;
      const d = fields.get<string>('decision.date');
      if (d) data.date = d.value;
    }
    if (type === 'prior-notice') {
      const n = fields.get<string>('notice.number');
      if (n?.doc === input.name) data.number = n.value;
      const d = fields.get<string>('notice.date');
      if (d?.doc === input.name) data.date = d.value;
    }
    if (input.scanned) data.scanned = true;
    const doc: ImportedDocument = { data };
    if (receipt?.served) doc.served = receipt.served;
    if (receipt?.date) {
      doc.serviceDate = { value: receipt.date.iso, doc: input.name, line: receipt.date.line };
      data.date = receipt.date.iso;
    }
    if (receipt?.method)
      doc.serviceMethod = { value: receipt.method.value, doc: input.name, line: receipt.method.line };
    if (src && type === 'service-receipt') {
      const servers =
        /(?<!受)送达人(?:（签名）|\(签名\))?[:：]([\u4e00-\u9fa5、，,]{2,20}?)(?=(?:[\u4e00-\u9fa5]{0,6}[:：])|$|\d)/.exec(
          src.flat,
        );
      const names = servers?.[1]?.split(/[、，,]/).filter((n) => n.length >= 2 && n.length <= 4) ?? [];
      if (names.length > 0)
        doc.servers = { value: names, doc: input.name, line: src.lineOf[servers?.index ?? 0] ?? 1 };
    }
    if (input.textNote) doc.textNote = input.textNote;
    documents.push(doc);
  }
  // documents in the order given
  const position = new Map(ordered.map((o, i) => [documents[i], inputs.indexOf(o.input)]));
  documents.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
  if (decisions === 0) fields.miss('case.number', { why: '未找到行政处罚决定书（按标题或文件名识别）' });
  const draft = composeDraft(fields, documents, generatedOn);
  return { ...draft, fields };
}

const READABLE = new Set(['.docx', '.pdf', '.txt']);

async function listFolder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await fsp.readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (!e.isFile() || e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    if ((CASE_FILE_NAMES as readonly string[]).includes(e.name)) continue;
    out.push(join(e.parentPath, e.name));
  }
  return out.sort((a, b) => a.localeCompare(b, 'zh'));
}

/**
 * The files of a case: one folder (all its files), or document paths. `base` is the case folder the draft's
 * document paths are relative to.
 */
export async function collectInputs(
  paths: string[],
  cwd: string,
): Promise<{ files: string[]; base: string }> {
  if (paths.length === 0) throw new ImportInputError('需要文书或文件夹 / expected documents or a folder');
  const files: string[] = [];
  let base: string | undefined;
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let s;
    try {
      s = await fsp.stat(abs);
    } catch {
      throw new ImportInputError(`${p}: 文件不存在 / no such file or folder`);
    }
    if (s.isDirectory()) {
      base ??= abs;
      files.push(...(await listFolder(abs)));
    } else files.push(abs);
  }
  base ??= resolve(files[0] ?? cwd, '..');
  return { files, base };
}

export async function readInputs(
  files: string[],
  base: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<InputText[]> {
  const out: InputText[] = [];
  for (const f of files) {
    const rel = relative(base, f).split(sep).join('/');
    const name = basename(f);
    const input: InputText = { name, file: rel.startsWith('..') ? f : rel };
    const s = await fsp.stat(f);
    if (s.size > maxBytes) {
      input.textNote = `超过大小上限 ${String(maxBytes)} 字节，未读取`;
      out.push(input);
      continue;
    }
    const bytes = await fsp.readFile(f);
    input.sha256 = createHash('sha256').update(bytes).digest('hex');
    if (READABLE.has(extname(f).toLowerCase())) {
      const x = await extractText(bytes, name);
      if (x.textStatus === 'ok') input.text = x.text ?? '';
      else {
        input.textNote = x.textNote?.zh ?? x.textStatus;
        if (x.textStatus === 'scanned') input.scanned = true;
      }
    } else if (/\.(png|jpe?g|tiff?|bmp|gif|webp)$/i.test(f)) {
      input.textNote = '图片文件，没有文字层';
      input.scanned = true;
    }
    out.push(input);
  }
  return out;
}
