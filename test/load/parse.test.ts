import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCase, parseCaseText, pointerSegments, describePointer } from '../../src/load/index.js';
import { fromRoot } from '../../src/paths.js';

const vocsText = readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8');
const lines = vocsText.split('\n');

/** 1-based line and column of the first line matching `re` after line `after` */
function find(re: RegExp, after = 0): { line: number; column: number } {
  const i = lines.findIndex((l, n) => n >= after && re.test(l));
  const m = re.exec(lines[i] ?? '');
  return { line: i + 1, column: (m?.index ?? 0) + (m?.[1]?.length ?? 0) + 1 };
}

function parsed(text: string, kind: 'yaml' | 'json' = 'yaml') {
  const r = parseCaseText(text, 'case.yaml', kind);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.parsed;
}

describe('locate', () => {
  it('finds nested values in a clean case', async () => {
    const r = await loadCase(fromRoot('fixtures', 'cases', 'printing-vocs'), fromRoot());
    if (!r.ok) throw new Error('not loaded');
    const { locate } = r.loaded;
    const filingEvent = find(/^ {2}- event: filing-approved/);
    expect(locate('/timeline/3/date')).toEqual(find(/^( {4}date: )2020-08-21/, filingEvent.line - 1));
    expect(locate('/party/credit_code')).toEqual(find(/^( {2}credit_code: )/));
    expect(locate('/officers/1/name')).toEqual(find(/^( {2}- name: )李雯/));
    expect(locate('/violation/basis/0/cite')).toEqual(find(/^( {6}cite: )第一百零八条/));
  });

  it('falls back to the nearest existing ancestor, then 1:1', () => {
    const p = parsed('format: caselint/1\ncase:\n  number: X\n  agency: Y\n');
    expect(p.locate('/case/missing/deeper')).toEqual({ line: 3, column: 3 });
    expect(p.locate('/nothing')).toEqual({ line: 1, column: 1 });
    expect(p.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('decodes ~0 and ~1 escapes in pointers', () => {
    const p = parsed('format: caselint/1\nodd:\n  a/b: 1\n  c~d: 2\n');
    expect(p.locate('/odd/a~1b')).toEqual({ line: 3, column: 8 });
    expect(p.locate('/odd/c~0d')).toEqual({ line: 4, column: 8 });
    expect(pointerSegments('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
  });

  it('gives positions in JSON files', () => {
    const p = parsed(
      '{\n  "format": "caselint/1",\n  "timeline": [\n    { "event": "decision", "date": "2020-10-13" }\n  ]\n}\n',
      'json',
    );
    expect(p.locate('/timeline/0/date')).toEqual({ line: 4, column: 36 });
    expect(p.locateKey('/timeline/0/date')).toEqual({ line: 4, column: 28 });
  });

  it('resolves aliases on the way', () => {
    const p = parsed('format: caselint/1\nbase: &b\n  x: 1\nuse: *b\n');
    expect(p.locate('/use/x')).toEqual({ line: 3, column: 6 });
  });
});

describe('parseCaseText', () => {
  it('gives the same data on the fast and the full path', () => {
    const fast = parsed(vocsText).data;
    const full = parsed(vocsText.replace('format: caselint/1', 'format: &f caselint/1')).data;
    expect(full).toEqual(fast);
  });

  it('keeps dates as strings, even under a %YAML 1.1 directive', () => {
    const p = parsed('%YAML 1.1\n---\nformat: caselint/1\ndate: 2020-10-13\nwhen: 2020-10-13 10:00:00\n');
    expect(p.data).toMatchObject({ date: '2020-10-13' });
    expect(typeof (p.data as { when: unknown }).when).toBe('string');
  });

  it('refuses a self-referencing alias without throwing', () => {
    const r = parseCaseText('format: caselint/1\na: &a\n  - *a\n', 'case.yaml', 'yaml');
    expect(r.ok).toBe(false);
  });

  it('refuses several documents in one file', () => {
    const r = parseCaseText('format: caselint/1\n---\nformat: caselint/1\n', 'case.yaml', 'yaml');
    expect(r.ok ? '' : r.errors[0]?.code).toBe('yaml-syntax');
  });

  it('reports JSON duplicate keys (which JSON.parse would silently accept)', () => {
    const r = parseCaseText('{\n  "format": "caselint/1",\n  "format": "x"\n}\n', 'case.json', 'json');
    expect(r.ok ? undefined : r.errors[0]).toMatchObject({ code: 'duplicate-key', line: 3, column: 3 });
  });

  it('reports YAML-only syntax in a JSON file', () => {
    const r = parseCaseText('format: caselint/1\n', 'case.json', 'json');
    expect(r.ok ? '' : r.errors[0]?.code).toBe('json-syntax');
  });

  it.each(['', '   \n\n', '# comment only\n', '---\n'])('treats %j as an empty file', (text) => {
    const r = parseCaseText(text, 'case.yaml', 'yaml');
    expect(r.ok ? '' : r.errors[0]?.code).toBe('empty-file');
  });

  it.each(['42\n', '"text"\n', '- a\n- b\n'])('refuses the non-mapping top level %j', (text) => {
    const r = parseCaseText(text, 'case.yaml', 'yaml');
    expect(r.ok ? '' : r.errors[0]?.code).toBe('not-a-mapping');
  });
});

describe('describePointer', () => {
  it('names sections in Chinese and uses 1-based item numbers', () => {
    expect(describePointer('/timeline/2/date')).toEqual({ zh: '时间线第3项的 date', en: 'timeline[2].date' });
    expect(describePointer('/violation/basis/0/article')).toEqual({
      zh: '违法行为的处罚依据第1项的 article',
      en: 'violation.basis[0].article',
    });
  });
});
