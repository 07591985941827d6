/**
 * The 整改清单 opens in LibreOffice Calc: `lint --format xlsx:file` output is converted with LibreOffice headless to
 * one CSV per sheet, and what LibreOffice reads back must be what the workbook holds (sheet by sheet, cell by cell).
 * Without soffice the tests say they were skipped and why (test/output/tools.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { rectificationWorkbook } from '../../src/format/xlsx.js';
import { runCli } from '../cli/run-cli.js';
import { SOFFICE, skipReason, titled } from '../output/tools.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-xlsx-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const noCalc = skipReason(
  { soffice: SOFFICE },
  'apt-get install -y --no-install-recommends libreoffice-calc-nogui',
);

/**
 * LibreOffice's CSV filter: comma, double quote, UTF-8 (76), from line 1, …, and the 12th token -1 = every sheet
 * to its own file `<name>-<sheet>.csv` (LibreOffice ≥ 7.2).
 */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Converts the workbook with LibreOffice headless and returns each sheet's rows as LibreOffice wrote them. */
async function calcSheets(xlsx: string, sheetNames: string[]): Promise<Map<string, string[][]>> {
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      CSV_ALL_SHEETS,
      '--outdir',
      work,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const base = xlsx.replace(/\.xlsx$/, '');
  const out = new Map<string, string[][]>();
  for (const name of sheetNames) {
    const file = `${base}-${name}.csv`;
    expect(existsSync(file), `LibreOffice wrote no CSV for sheet ${name}`).toBe(true);
    out.set(name, await csvRows(readFileSync(file, 'utf8')));
  }
  return out;
}

/** CSV text → rows of strings (exceljs's CSV reader, every value kept as text) */
async function csvRows(text: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  const sheet = await book.csv.read(Readable.from([text]), { map: (v: unknown) => v } as never);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(cells(row, sheet.columnCount));
  });
  return rows.map(trimEnd);
}

function cells(row: ExcelJS.Row, width: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= width; i++) {
    const v = row.getCell(i).value;
    out.push(v === null || v === undefined ? '' : String(v as string | number));
  }
  return out;
}

function trimEnd(row: string[]): string[] {
  const copy = [...row];
  while (copy.length > 0 && copy.at(-1) === '') copy.pop();
  return copy;
}

/** the workbook's own rows, as exceljs reads the file back */
async function workbookSheets(xlsx: string): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
  const out = new Map<string, string[][]>();
  for (const sheet of book.worksheets) {
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) rows.push(trimEnd(cells(sheet.getRow(r), sheet.columnCount)));
    while (rows.length > 0 && rows.at(-1)?.length === 0) rows.pop();
    out.set(sheet.name, rows);
  }
  return out;
}

describe('xlsx 整改清单 in LibreOffice Calc', () => {
  it.skipIf(noCalc)(
    titled('lint --format xlsx:file opens in LibreOffice with every sheet and cell as written', noCalc),
    async () => {
      const xlsx = join(work, '整改清单.xlsx');
      const r = runCli([
        'lint',
        'fixtures/rules/doc/decision-citations/fail-basis',
        '--format',
        `xlsx:${xlsx}`,
        '--as-of',
        '2026-11-28',
      ]);
      expect(r.code, r.stderr).toBe(1);
      const written = await workbookSheets(xlsx);
      const names = [...written.keys()];
      expect(names[0]).toBe('汇总');
      expect(names).toContain('适用法律正确');
      const calc = await calcSheets(xlsx, names);
      for (const name of names) {
        const rows = (calc.get(name) ?? []).filter((row) => row.length > 0);
        expect(rows, `sheet ${name}`).toEqual((written.get(name) ?? []).filter((row) => row.length > 0));
      }
      const law = calc.get('适用法律正确') ?? [];
      expect(law[0]).toEqual([
        '案卷',
        '文件',
        '位置',
        '严重程度',
        '问题',
        '依据',
        '整改建议',
        '整改期限',
        '规则',
        '相关规则',
      ]);
      expect(law[1]?.[0]).toBe('沪普环罚〔2020〕12号');
      expect(law[1]?.[3]).toBe('错误');
      expect(law[1]?.[5]).toContain('行政处罚法(2017)第三十九条');
      expect(law[1]?.[8]).toBe('doc/decision-citations');
      const summary = calc.get('汇总') ?? [];
      expect(summary[0]).toEqual(['类别', '错误', '警告', '提示', '合计', '涉及案卷']);
      expect(summary.find((row) => row[0] === '适用法律正确')?.slice(1)).toEqual(['1', '0', '0', '1', '1']);
    },
  );

  it.skipIf(noCalc)(
    titled('LibreOffice reads a finding that looks like a formula as text, never computes it', noCalc),
    async () => {
      const finding: Finding = {
        ruleId: 'procedure/legal-review',
        severity: 'error',
        category: '程序合法',
        message: { zh: '=SUM(1,2)', en: '=SUM(1,2)' },
        case: '沪普环罚〔2021〕13号',
        file: 'a/case.yaml',
        line: 3,
        column: 5,
        basis: [{ law: 'admin-penalty-law', version: '2021', article: 58 }],
      };
      const buffer = await rectificationWorkbook(
        {
          results: [{ file: 'a/case.yaml', findings: [finding] }],
          rules: [],
          asOf: '2026-11-28',
          errorCount: 1,
          warningCount: 0,
          infoCount: 0,
          fatalInputError: false,
          durationMs: 1,
        },
        'zh',
      );
      const xlsx = join(work, 'formula.xlsx');
      writeFileSync(xlsx, buffer);
      const calc = await calcSheets(xlsx, ['汇总', '程序合法']);
      const row = calc.get('程序合法')?.[1] ?? [];
      expect(row[0]).toBe('沪普环罚〔2021〕13号');
      expect(row[4]).toBe("'=SUM(1,2)");
      expect(row[4]).not.toBe('3');
    },
  );
});
