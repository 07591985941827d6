import { describe, expect, it } from 'vitest';
import { github, escapeData, escapeProperty } from '../../src/format/github.js';
import { markdown } from '../../src/format/markdown.js';
import { sampleRun } from './sample-run.js';

const options = { lang: 'zh' as const, color: false, cwd: '/work/repo', quiet: false };

/** parses `::cmd k=v,k=v::data` back, undoing the escapes */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => decodeURIComponent(s);
  const props = Object.fromEntries(
    m[2]!.split(',').map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), unescape(kv.slice(i + 1))];
    }),
  );
  return { command: m[1]!, props, data: unescape(m[3]!) };
}

describe('github formatter', () => {
  it('writes one annotation per active finding, located on the file', () => {
    const lines = github(sampleRun(), options).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const parsed = lines.map(parseCommand);
    expect(parsed.map((p) => p.command)).toEqual(['warning', 'error', 'notice', 'error']);
    const first = parsed[0]!;
    expect(first.props).toMatchObject({
      file: 'fixtures/cases/printing-vocs/case.yaml',
      line: '212',
      col: '5',
      title: 'doc/decision-contents 处罚决定书内容',
    });
    expect(first.data).toContain('含逗号: 冒号 与 100%');
    expect(first.data).toContain('\n依据: 行政处罚法(2017)第三十九条第一款第（二）项');
  });

  it('escapes data and properties per the workflow-command rules', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    for (const line of github(sampleRun(), options).trimEnd().split('\n')) {
      expect(line).not.toMatch(/[\r]/);
      const props = /^::\w+ ([^:]*)::/.exec(line)?.[1] ?? '';
      expect(props.split(',').every((p) => /^\w+=/.test(p))).toBe(true);
    }
  });

  it('--quiet keeps errors only', () => {
    const lines = github(sampleRun(), { ...options, quiet: true })
      .trimEnd()
      .split('\n');
    expect(lines.every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines).toHaveLength(2);
  });
});

describe('markdown formatter', () => {
  it('summarises counts, cases and top rules', () => {
    const md = markdown(sampleRun(), options);
    expect(md).toMatch(/错误 \*\*2\*\* · 警告 \*\*1\*\* · 提示 \*\*1\*\* · 已豁免 1/);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('.yaml'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(
      /沪普环罚〔2026〕7号 \| `cases\/open-water\/case.yaml` \| 1 \| 0 \| 1 \| 0 \| — \| — \|$/,
    );
    expect(md).toContain('| `execution/publication-deadline` | 处罚决定公开期限 | 错误 | 1 | 1 |');
    expect(md).toContain('<details>');
  });

  it('speaks English with lang en and escapes table pipes', () => {
    const run = sampleRun();
    run.results[0]!.caseId = 'A|B';
    const md = markdown(run, { ...options, lang: 'en' });
    expect(md).toContain('case(s) checked');
    expect(md).toContain('A\\|B');
  });
});
