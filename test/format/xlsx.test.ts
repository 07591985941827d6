import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LintRun } from '../../src/engine/run-types.js';
import type { Finding } from '../../src/engine/types.js';
import { rectificationWorkbook } from '../../src/format/xlsx.js';
import { runCli } from '../cli/run-cli.js';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'procedure/legal-review',
  severity: 'error',
  category: '程序合法',
  message: { zh: '处罚决定前没有法制审核记录', en: 'no legal review before the decision' },
  case: '沪普环罚〔2020〕12号',
  file: 'a/case.yaml',
  line: 3,
  column: 5,
  basis: [{ law: 'admin-penalty-law', version: '2021', article: 58 }],
  ...over,
});

const run = (findings: Finding[]): LintRun => ({
  results: [{ file: 'a/case.yaml', findings }],
  rules: [],
  asOf: '2026-11-28',
  errorCount: 0,
  warningCount: 0,
  infoCount: 0,
  fatalInputError: false,
  durationMs: 1,
});

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

describe('xlsx 整改清单', () => {
  it('has a summary sheet and one sheet per category, with case, finding, basis, suggestion, deadline and rules', async () => {
    const book = await read(
      await rectificationWorkbook(
        run([
          finding({ suggestion: { zh: '补做法制审核', en: 'do the legal review' }, related: ['doc/x'] }),
          finding({
            ruleId: 'execution/payment-deadline',
            severity: 'warning',
            category: '执行到位',
            deadline: { label: { zh: '缴款期限', en: 'payment' }, due: '2020-10-30', status: 'overdue' },
            message: { zh: '=SUM(1)', en: '=SUM(1)' },
          }),
          finding({
            ruleId: 'procedure/waived',
            waived: { reason: 'r', approved_by: 'x', date: '2020-01-01' },
          }),
        ]),
        'zh',
      ),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '程序合法', '执行到位']);
    const summary = book.getWorksheet('汇总');
    expect(summary?.getRow(1).values).toEqual([
      undefined,
      '类别',
      '错误',
      '警告',
      '提示',
      '合计',
      '涉及案卷',
    ]);
    const procedure = summary?.getColumn(1).values.indexOf('程序合法') ?? -1;
    expect(summary?.getRow(procedure).values).toEqual([undefined, '程序合法', 1, 0, 0, 1, 1]);
    const sheet = book.getWorksheet('程序合法');
    const row = sheet?.getRow(2).values as unknown[];
    expect(row.slice(1)).toEqual([
      '沪普环罚〔2020〕12号',
      'a/case.yaml',
      '3:5',
      '错误',
      '处罚决定前没有法制审核记录',
      expect.stringContaining('第五十八条') as unknown,
      '补做法制审核',
      '',
      'procedure/legal-review',
      'doc/x',
    ]);
    expect(sheet?.rowCount).toBe(2); // the waived finding is not listed
    const exec = book.getWorksheet('执行到位')?.getRow(2).values as unknown[];
    expect(exec[5]).toBe("'=SUM(1)");
    expect(exec[8]).toBe('2020-10-30');
  });

  it('is written by lint --format xlsx:file, and refused without a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-xlsx-'));
    try {
      const out = join(dir, '整改清单.xlsx');
      const r = runCli([
        'lint',
        'fixtures/cases/printing-vocs',
        '--format',
        `xlsx:${out}`,
        '--as-of',
        '2026-11-28',
      ]);
      expect(r.code).toBeLessThan(2);
      const book = await read(readFileSync(out));
      expect(book.getWorksheet('汇总')?.getCell('A1').value).toBe('类别');
      const refused = runCli(['lint', 'fixtures/cases/printing-vocs', '--format', 'xlsx']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('需要文件名');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
