import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/format/stylish.js';
import type { LintRun } from '../../src/engine/run-types.js';

const ESC = String.fromCharCode(27);

function run(file: string, message: string): LintRun {
  return {
    results: [
      {
        file: 'c/case.yaml',
        findings: [
          {
            ruleId: 'doc/unlisted-file',
            severity: 'info',
            category: '归档规范',
            message: { zh: message, en: message },
            case: 'c',
            file,
            line: 1,
            column: 1,
            basis: [],
          },
        ],
      },
    ],
    rules: [],
    asOf: '2026-11-28',
    errorCount: 0,
    warningCount: 0,
    infoCount: 1,
    fatalInputError: false,
    durationMs: 1,
  };
}

describe('stylish formatter', () => {
  it('never passes terminal escape sequences from file names or case text to the terminal', () => {
    const out = stylish(run(`c/${ESC}[2Jevil.pdf`, `文件 ${ESC}[31m未列出`), {
      lang: 'zh',
      color: false,
      cwd: '/',
      quiet: false,
    });
    expect(out.includes(ESC)).toBe(false);
    expect(out).toContain('\\u{1b}[2Jevil.pdf');
  });

  it('--quiet keeps only errors', () => {
    const out = stylish(run('c/x.pdf', '提示'), { lang: 'en', color: false, cwd: '/', quiet: true });
    expect(out).not.toContain('提示');
    expect(out).toMatch(/1 case checked/);
  });
});
