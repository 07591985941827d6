import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/paths.js';
import { citationsOfCell } from '../../src/import/ledger.js';
import { runCli } from '../cli/run-cli.js';

const TITLES = [
  '序号',
  '处罚决定书文号',
  '当事人名称',
  '统一社会信用代码',
  '违反条款',
  '处罚依据',
  '处罚种类',
  '罚款金额（元）',
  '决定日期',
  '承办人',
];

function row(i: number): (string | number | Date)[] {
  return [
    i,
    `沪某环罚〔2023〕${String(i)}号`,
    `上海某某${String(i)}有限公司`,
    '91310000MA1K4ABC1X',
    '《中华人民共和国大气污染防治法》第四十五条',
    '《中华人民共和国大气污染防治法》第一百零八条第（一）项',
    '罚款',
    i % 2 === 0 ? 30000 : '叁万元整',
    i % 3 === 0 ? new Date(Date.UTC(2023, 6, 5)) : '2023年7月5日',
    '张三、李四',
  ];
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'caselint-ledger-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ledger import', () => {
  it('turns a 200-row xlsx ledger into 200 case folders in one command, with the template mapping', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('台账');
    sheet.addRow(TITLES);
    for (let i = 1; i <= 200; i++) sheet.addRow(row(i));
    await book.xlsx.writeFile(join(dir, 'ledger.xlsx'));
    const template = readFileSync(fromRoot('docs', 'ledger-mapping.yaml'), 'utf8');
    const wanted = new Set([
      'case.number',
      'party.name',
      'party.credit_code',
      'violation.violated',
      'violation.basis',
      'penalty.kinds',
      'penalty.fine',
      'decision.date',
      'officers',
    ]);
    const [columns = '', defaults = ''] = template.split(/^defaults:/m);
    const mapping = columns
      .split('\n')
      .filter(
        (l) => !/^\s{2}[a-z]+\.[a-z_.]+:|^\s{2}officers:/.test(l) || wanted.has(l.trim().split(':')[0] ?? ''),
      )
      .join('\n')
      .concat(`defaults:${defaults}`);
    writeFileSync(join(dir, 'map.yaml'), mapping);
    const r = runCli(['import', 'ledger.xlsx', '--map', 'map.yaml', '--out', 'cases'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const folders = readdirSync(join(dir, 'cases'));
    expect(folders).toHaveLength(200);
    const c = parse(readFileSync(join(dir, 'cases', '沪某环罚-2023-7号', 'case.yaml'), 'utf8')) as Record<
      string,
      never
    >;
    expect(c).toMatchObject({
      case: { number: '沪某环罚〔2023〕7号', agency: '上海市某区生态环境局' },
      party: { name: '上海某某7有限公司', credit_code: '91310000MA1K4ABC1X' },
      officers: [{ name: '张三' }, { name: '李四' }],
      violation: {
        violated: [{ law: '中华人民共和国大气污染防治法', article: 45 }],
        basis: [{ article: 108, item: 1 }],
      },
      penalty: { kinds: ['fine'], fine: 30000 },
      timeline: [{ event: 'decision', date: '2023-07-05' }],
    });
    const lint = runCli(['lint', 'cases/沪某环罚-2023-7号', '--format', 'json', '--as-of', '2026-11-28'], {
      cwd: dir,
    });
    expect(lint.code).not.toBe(2);
  });

  it('reports a bad row of a csv ledger with its row number and imports the others', () => {
    const lines = [TITLES.join(','), ...[1, 2, 4].map((i) => row(i).map(String).join(','))];
    lines[2] = lines[2]?.replace('2023年7月5日', '七月五号') ?? '';
    writeFileSync(join(dir, 'ledger.csv'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(dir, 'map.yaml'),
      'columns:\n  case.number: 处罚决定书文号\n  party.name: 当事人名称\n  decision.date: 决定日期\n  penalty.fine: 罚款金额（元）\n',
    );
    const r = runCli(['import', 'ledger.csv', '--map', 'map.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ledger.csv:3: 决定日期“七月五号”不是日期');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['沪某环罚-2023-1号', '沪某环罚-2023-4号']);
  });

  it('refuses a mapping with an unknown field, naming the valid ones', () => {
    writeFileSync(join(dir, 'map.yaml'), 'columns:\n  case.numbr: 文号\n  party.name: 当事人\n');
    writeFileSync(join(dir, 'l.csv'), '文号,当事人\n');
    const r = runCli(['import', 'l.csv', '--map', 'map.yaml', '--out', 'o'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('case.numbr');
  });

  it('reads citation cells with several provisions and laws', () => {
    expect(
      citationsOfCell(
        '《固体废物污染环境防治法》第七十七条、第七十九条；《排污许可管理条例》第三十六条第（四）项',
      ),
    ).toEqual([
      { law: '固体废物污染环境防治法', article: 77 },
      { law: '固体废物污染环境防治法', article: 79 },
      { law: '排污许可管理条例', article: 36, item: 4 },
    ]);
    expect(citationsOfCell('第四十五条')).toBeNull();
  });
});
