/**
 * Ledger import: a bureau's 台账 (.xlsx via exceljs, or .csv) becomes one case folder per row, following a column
 * mapping (docs/ledger-mapping.yaml is the template for a typical ledger). Cells are read, not interpreted beyond
 * their column: dates to ISO, amounts (figures or 大写) to yuan, citations to structured references, penalty
 * kinds from their words. A row that cannot become a case is reported with its row number and the others go on.
 */
import { existsSync, mkdirSync, promises as fsp, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { yaml } from '../lazy.js';
import type { CaseData, LawRefData, PartyType, PenaltyKind, TimelineEventData } from '../model/case-data.js';
import { parseArabicYuan, parseCapitalYuan } from '../text/numerals.js';
import { parseCitation } from '../law/numerals.js';
import { findDates } from './dates.js';
import { KIND_WORDS } from './decision.js';
import { NOT_RECORDED } from './draft.js';

/** the case fields a ledger column can fill */
export const LEDGER_FIELDS = [
  'case.number',
  'case.filing_number',
  'case.agency',
  'case.cause',
  'case.source',
  'party.name',
  'party.type',
  'party.credit_code',
  'party.id_number',
  'party.representative',
  'party.address',
  'officers',
  'violation.facts',
  'violation.type',
  'violation.violated',
  'violation.basis',
  'penalty.kinds',
  'penalty.fine',
  'penalty.confiscated_gains',
  'filing.date',
  'notice.date',
  'decision.date',
  'decision.served',
  'paid.date',
  'closed.date',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

export interface LedgerMapping {
  /** worksheet name or 1-based index (xlsx); default the first */
  sheet?: string | number;
  /** 1-based row of the column titles; default 1 */
  header_row?: number;
  /** case field → column title as written in the ledger */
  columns: Partial<Record<LedgerField, string>>;
  /** values for fields no column gives (e.g. case.agency for a one-bureau ledger) */
  defaults?: Partial<Record<'case.agency' | 'case.source' | 'case.jurisdiction', string>>;
}

export class LedgerError extends Error {}

export interface RowError {
  row: number;
  message: string;
}

export function readMapping(text: string, file: string): LedgerMapping {
  let m: unknown;
  try {
    m = yaml().parse(text);
  } catch (error) {
    throw new LedgerError(`${file}: YAML 无法解析 / cannot parse: ${String(error)}`);
  }
  if (typeof m !== 'object' || m === null || typeof (m as { columns?: unknown }).columns !== 'object')
    throw new LedgerError(`${file}: 需要 columns: {字段: 列名} / expected columns: {field: column title}`);
  const mapping = m as LedgerMapping;
  for (const key of Object.keys(mapping.columns)) {
    if (!(LEDGER_FIELDS as readonly string[]).includes(key))
      throw new LedgerError(`${file}: 未知字段 / unknown field "${key}" (${LEDGER_FIELDS.join(', ')})`);
  }
  if (!mapping.columns['case.number'] || !mapping.columns['party.name'])
    throw new LedgerError(
      `${file}: columns 至少需要 case.number 和 party.name / needs case.number and party.name`,
    );
  return mapping;
}

type Cell = string | number | Date | boolean | null | undefined;

function cellText(v: unknown): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.result !== undefined) return cellText(o.result);
    if (typeof o.text === 'string') return o.text;
  }
  return String(v as string);
}

/** rows of the ledger as {column title → cell}, with their 1-based row numbers */
export async function readLedger(
  file: string,
  mapping: LedgerMapping,
): Promise<{ row: number; cells: Map<string, Cell> }[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  let sheet;
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.xlsx') {
      await book.xlsx.load((await fsp.readFile(file)) as unknown as ArrayBuffer);
      sheet =
        typeof mapping.sheet === 'string'
          ? book.getWorksheet(mapping.sheet)
          : book.worksheets[(mapping.sheet ?? 1) - 1];
    } else if (ext === '.csv') {
      const text = (await fsp.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
      const { Readable } = await import('node:stream');
      sheet = await book.csv.read(Readable.from([text]), { parserOptions: { delimiter: ',' } } as never);
    } else throw new LedgerError(`${file}: 台账应为 .xlsx 或 .csv / a ledger is .xlsx or .csv`);
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw new LedgerError(`${file}: 无法读取台账 / cannot read the ledger: ${String(error)}`);
  }
  if (!sheet) throw new LedgerError(`${file}: 找不到工作表 / no such sheet: ${String(mapping.sheet ?? 1)}`);
  const headerRow = mapping.header_row ?? 1;
  const titles = new Map<number, string>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const t = cellText(cell.value);
    if (t !== undefined) titles.set(col, String(t instanceof Date ? t.toISOString() : t).replace(/\s+/g, ''));
  });
  const wanted = Object.values(mapping.columns).map((t) => t.replace(/\s+/g, ''));
  const missing = wanted.filter((t) => ![...titles.values()].includes(t));
  if (missing.length > 0)
    throw new LedgerError(
      `${file}: 第${String(headerRow)}行没有这些列 / row ${String(headerRow)} lacks the columns: ${missing.join('、')}`,
    );
  const rows: { row: number; cells: Map<string, Cell> }[] = [];
  sheet.eachRow((r, n) => {
    if (n <= headerRow) return;
    const cells = new Map<string, Cell>();
    r.eachCell((cell, col) => {
      const title = titles.get(col);
      if (title) cells.set(title, cellText(cell.value));
    });
    if ([...cells.values()].some((v) => v !== undefined && String(v).trim() !== ''))
      rows.push({ row: n, cells });
  });
  return rows;
}

function isoDate(v: Cell): string | undefined | null {
  if (v === undefined || v === null || String(v).trim() === '') return undefined;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v).replace(/\s+/g, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const d = findDates(s);
  return d.length === 1 && d[0]?.index === 0 && d[0].length === s.length ? d[0].iso : null;
}

function amount(v: Cell): number | undefined | null {
  if (v === undefined || v === null || String(v).trim() === '') return undefined;
  if (typeof v === 'number') return v >= 0 ? v : null;
  const s = String(v).trim();
  if (/^\d+(?:\.\d{1,2})?$/.test(s.replace(/,/g, ''))) return Number(s.replace(/,/g, ''));
  return parseArabicYuan(s) ?? parseCapitalYuan(s) ?? parseArabicYuan(`${s}元`) ?? null;
}

/** 《大气污染防治法》第一百零八条第一项；《…》第… → structured references; a citation without a law repeats the last law */
export function citationsOfCell(text: string): LawRefData[] | null {
  const out: LawRefData[] = [];
  let law: string | undefined;
  for (const part of text.replace(/\s+/g, '').split(/[；;，,、\n]|(?=《)/)) {
    if (part === '') continue;
    const m = /^(?:《([^》]+)》)?(.*)$/.exec(part);
    if (m?.[1]) law = m[1];
    const rest = m?.[2] ?? '';
    if (rest === '' || /^的?规定$/.test(rest)) continue;
    const c = parseCitation(rest);
    if (!c || !law) return null;
    const ref: LawRefData = { law, article: c.article };
    if (c.paragraph !== undefined) ref.paragraph = c.paragraph;
    if (c.item !== undefined) ref.item = c.item;
    out.push(ref);
  }
  return out.length > 0 ? out : null;
}

const SOURCES = ['双随机', '日常检查', '信访', '12345', '12369', '举报', '移送', '督察', '自动监控', '其他'];

/** one row → case data, or the row's errors */
export function rowToCase(
  row: number,
  cells: Map<string, Cell>,
  mapping: LedgerMapping,
): { data?: CaseData; errors: string[]; notes: string[] } {
  const errors: string[] = [];
  const notes: string[] = [];
  const get = (f: LedgerField): Cell => {
    const title = mapping.columns[f];
    return title ? cells.get(title.replace(/\s+/g, '')) : undefined;
  };
  const text = (f: LedgerField): string | undefined => {
    const v = get(f);
    if (v === undefined || v === null) return undefined;
    const s = (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();
    return s === '' ? undefined : s;
  };
  const date = (f: LedgerField): string | undefined => {
    const d = isoDate(get(f));
    if (d === null) errors.push(`${mapping.columns[f] ?? f}“${String(get(f))}”不是日期 / not a date`);
    return d ?? undefined;
  };
  const number = text('case.number');
  const name = text('party.name');
  if (!number) errors.push(`${mapping.columns['case.number'] ?? ''}为空 / the case number is empty`);
  if (!name) errors.push(`${mapping.columns['party.name'] ?? ''}为空 / the party is empty`);
  const source = text('case.source') ?? mapping.defaults?.['case.source'];
  const sourceValue = source && SOURCES.find((s) => source.includes(s));
  if (source && !sourceValue) notes.push(`案件来源“${source}”不在取值表中，记为 其他`);
  const credit = text('party.credit_code')?.toUpperCase();
  const id = text('party.id_number')?.toUpperCase();
  const typeText = text('party.type');
  const type: PartyType =
    typeText && /个人|自然人|person/.test(typeText)
      ? 'person'
      : typeText || credit
        ? 'organization'
        : id
          ? 'person'
          : 'organization';
  const refs = (f: 'violation.violated' | 'violation.basis'): LawRefData[] => {
    const t = text(f);
    if (!t) return [];
    const r = citationsOfCell(t);
    if (!r) errors.push(`${mapping.columns[f] ?? f}“${t}”无法识别为《法名》第…条 / not a citation`);
    return r ?? [];
  };
  const violated = refs('violation.violated');
  const basis = refs('violation.basis');
  const kindsText = text('penalty.kinds') ?? '';
  const kinds = KIND_WORDS.filter(([re]) => re.test(kindsText)).map(([, k]) => k) as PenaltyKind[];
  const fineCell = get('penalty.fine');
  const fine = amount(fineCell);
  if (fine === null)
    errors.push(`${mapping.columns['penalty.fine'] ?? ''}“${String(fineCell)}”不是金额 / not an amount`);
  if (fine !== undefined && fine !== null && fine > 0 && !kinds.includes('fine')) kinds.push('fine');
  const gains = amount(get('penalty.confiscated_gains'));
  const timeline: TimelineEventData[] = [];
  const event = (f: LedgerField, e: TimelineEventData['event']): void => {
    const d = date(f);
    if (d) timeline.push({ event: e, date: d });
  };
  event('filing.date', 'filing-approved');
  event('notice.date', 'prior-notice-served');
  event('decision.date', 'decision');
  event('decision.served', 'decision-served');
  event('paid.date', 'paid');
  event('closed.date', 'closed');
  if (errors.length > 0) return { errors, notes };
  const officers = (text('officers') ?? '')
    .split(/[、，,；;\s]+/)
    .filter(Boolean)
    .map((n) => ({ name: n }));
  const decided = timeline.some((e) => e.event === 'decision');
  const data: CaseData = {
    format: 'caselint/1',
    case: {
      number: number ?? NOT_RECORDED,
      agency: text('case.agency') ?? mapping.defaults?.['case.agency'] ?? NOT_RECORDED,
      cause: text('case.cause') ?? NOT_RECORDED,
      source: (sourceValue ?? '其他') as CaseData['case']['source'],
      procedure: 'general',
      status: timeline.some((e) => e.event === 'closed') ? 'closed' : decided ? 'decided' : 'open',
    },
    party: { type, name: name ?? NOT_RECORDED },
    officers: officers.length > 0 ? officers : [{ name: NOT_RECORDED }],
    violation: { facts: text('violation.facts') ?? NOT_RECORDED, violated, basis },
    penalty: { kinds },
    timeline: timeline.sort((a, b) => a.date.localeCompare(b.date)),
  };
  const filing = text('case.filing_number');
  if (filing) data.case.filing_number = filing;
  const jurisdiction = mapping.defaults?.['case.jurisdiction'];
  if (jurisdiction) data.case.jurisdiction = jurisdiction;
  if (credit) data.party.credit_code = credit;
  if (id) data.party.id_number = id;
  const rep = text('party.representative');
  if (rep) data.party.representative = rep;
  const address = text('party.address');
  if (address) data.party.address = address;
  const vtype = text('violation.type');
  if (vtype) data.violation.type = vtype;
  if (fine !== undefined && fine !== null) data.penalty.fine = fine;
  if (gains !== undefined && gains !== null) data.penalty.confiscated_gains = gains;
  return { data, errors, notes };
}

/** a folder name from the case number: 沪普环罚〔2020〕12号 → 沪普环罚-2020-12号 */
export function folderName(number: string): string {
  return number
    .replace(/[〔[（(【]/g, '-')
    .replace(/[〕\]）)】]/g, '-')
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export interface LedgerResult {
  written: string[];
  errors: RowError[];
  notes: RowError[];
}

/** writes one folder per good row under `outDir` (never over an existing case file) */
export async function importLedger(
  ledgerFile: string,
  mapping: LedgerMapping,
  outDir: string,
  generatedOn: string,
): Promise<LedgerResult> {
  const rows = await readLedger(ledgerFile, mapping);
  const result: LedgerResult = { written: [], errors: [], notes: [] };
  const used = new Set<string>();
  for (const { row, cells } of rows) {
    const { data, errors, notes } = rowToCase(row, cells, mapping);
    for (const n of notes) result.notes.push({ row, message: n });
    if (!data) {
      for (const e of errors) result.errors.push({ row, message: e });
      continue;
    }
    let folder = folderName(data.case.number) || `row-${String(row)}`;
    if (used.has(folder)) folder = `${folder}-row${String(row)}`;
    used.add(folder);
    const dir = join(outDir, folder);
    if (existsSync(join(dir, 'case.yaml')) || existsSync(join(dir, 'case.json'))) {
      result.errors.push({
        row,
        message: `${folder}/case.yaml 已存在，未覆盖 / already exists, not overwritten`,
      });
      continue;
    }
    const doc = new (yaml().Document)(data);
    doc.commentBefore = ` 由 caselint import 于 ${generatedOn} 从台账 ${ledgerFile.split(/[\\/]/).pop() ?? ''} 第${String(row)}行生成。\n “未记录”为占位值：台账未载明，须人工补充。`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'case.yaml'), doc.toString({ lineWidth: 0 }), { encoding: 'utf8', flag: 'wx' });
    result.written.push(folder);
  }
  return result;
}
