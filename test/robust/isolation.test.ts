import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { lintPaths } from '../../src/engine/run.js';
import { parseCaseText } from '../../src/load/index.js';
import { MAX_NESTING_DEPTH } from '../../src/load/depth.js';
import { jsonStream } from '../../src/format/json.js';
import { formatBuffered, type StreamFormat } from '../../src/format/stream.js';
import { runCli } from '../cli/run-cli.js';
import { copyCase, deepBasis, editCase, scratchDir } from './generate.js';
import { getRules } from '../../src/engine/registry.js';

const STACK = /Maximum call stack|RangeError|\n\s+at /;

describe('a case nested thousands deep', () => {
  it('is a located input error of that case; the other cases are still checked', async () => {
    const root = scratchDir();
    copyCase(root, 'a-clean');
    editCase(copyCase(root, 'b-deep'), (t) => deepBasis(t));
    const run = await lintPaths([root], {
      rules: getRules(),
      cwd: root,
      asOf: '2021-06-01',
    });
    expect(run.results).toHaveLength(2);
    const deep = run.results.find((r) => r.file.includes('b-deep'));
    const clean = run.results.find((r) => r.file.includes('a-clean'));
    expect(clean?.caseId).toBeDefined();
    const tooDeep = deep?.findings.find((f) => f.ruleId === 'input/too-deep');
    expect(tooDeep?.line).toBeGreaterThan(1);
    expect(tooDeep?.file).toMatch(/b-deep[/\\]case\.yaml$/);
    expect(JSON.stringify(run)).not.toMatch(/Maximum call stack/);
  });

  it('prints the other cases and exits 2 in the CLI, without an internal message, and ends', () => {
    const root = scratchDir();
    copyCase(root, 'a-clean');
    editCase(copyCase(root, 'b-deep'), (t) => deepBasis(t));
    // a cold text cache: the extraction worker is started for the clean case
    const r = runCli(['lint', root, '--lang', 'en', '--as-of', '2021-06-01'], {
      cwd: root,
      env: { XDG_CACHE_HOME: join(root, 'cache') },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('input/too-deep');
    expect(r.stdout).toMatch(/2 cases checked/);
    expect(r.stdout + r.stderr).not.toMatch(STACK);
  });

  it.each([
    ['block sequence', `a:\n  ${'- '.repeat(3000)}x\n`, 'yaml'],
    ['flow sequence', `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`, 'yaml'],
    ['unclosed flow', `a: ${'['.repeat(3000)}\n`, 'yaml'],
    ['anchored flow', `a: &x ${'{b: '.repeat(3000)}1${'}'.repeat(3000)}\n`, 'yaml'],
    [
      'indented mappings',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n',
      'yaml',
    ],
    [
      'sequences of mappings',
      Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i)}- k:`).join('\n') + ' x\n',
      'yaml',
    ],
    ['JSON arrays', `{"a": ${'['.repeat(3000)}${']'.repeat(3000)}}`, 'json'],
  ] as const)('%s: refused before parsing, with a position', (_name, text, kind) => {
    const parsed = parseCaseText(text, 'case.yaml', kind);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.code).toBe('too-deep');
    expect(parsed.errors[0]?.line).toBeGreaterThanOrEqual(1);
    expect(parsed.errors[0]?.column).toBeGreaterThan(1);
  });

  it('accepts nesting up to the limit, and quoted or block-scalar text that only looks deep', () => {
    const nested = `a: ${'['.repeat(MAX_NESTING_DEPTH - 2)}${']'.repeat(MAX_NESTING_DEPTH - 2)}\n`;
    expect(parseCaseText(nested, 'c.yaml', 'yaml').ok).toBe(true);
    const quoted = `a: "${'['.repeat(3000)}"\nb: |\n  ${'- '.repeat(3000)}x\n`;
    expect(parseCaseText(quoted, 'c.yaml', 'yaml').ok).toBe(true);
  });
});

describe('failures inside one case stay in that case', () => {
  it('a formatter that fails on one case reports it as an internal error and prints the others', async () => {
    const root = scratchDir();
    copyCase(root, 'a');
    copyCase(root, 'b');
    const run = await lintPaths([root], {
      rules: getRules(),
      cwd: root,
      asOf: '2021-06-01',
    });
    const failing: StreamFormat = (start, options) => {
      const writer = jsonStream(start, options);
      return {
        ...writer,
        add: (r) => {
          if (r.caseId !== undefined && r.file.includes('b/'))
            throw new RangeError('Maximum call stack size exceeded');
          return writer.add(r);
        },
      };
    };
    const text = formatBuffered(failing, run, { lang: 'en', color: false, cwd: root, quiet: false }, 'json');
    const out = JSON.parse(text) as {
      summary: { errors: number };
      results: { file: string; case: string | null; findings: { ruleId: string }[] }[];
    };
    expect(out.results).toHaveLength(2);
    // the case the format could not write counts as one more error
    expect(out.summary.errors).toBe(run.errorCount + 1);
    const b = out.results.find((r) => r.file.includes('b/'));
    expect(b?.findings.map((m) => m.ruleId)).toEqual(['internal/error']);
    expect(out.results.find((r) => r.file.includes('a/'))?.case).toBe('沪普环罚〔2020〕12号');
    expect(text).not.toMatch(/Maximum call stack/);
  });
});
