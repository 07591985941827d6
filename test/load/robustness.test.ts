import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseText, validateCase } from '../../src/load/index.js';
import { decodeCaseBytes } from '../../src/load/read.js';

const locator = { locate: () => ({ line: 1, column: 1 }), locateKey: () => ({ line: 1, column: 1 }) };

describe('the loader never throws on bad input', () => {
  it('decodes, parses and validates arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const read = decodeCaseBytes(bytes, 'case.yaml');
        if (!read.ok) return;
        for (const kind of ['yaml', 'json'] as const) {
          const parsed = parseCaseText(read.read.text, 'case.yaml', kind);
          if (parsed.ok) validateCase(parsed.parsed.data, 'case.yaml', parsed.parsed);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parses arbitrary YAML-looking text and locates any pointer', () => {
    const token = fc.constantFrom(
      'a',
      'b:',
      ' ',
      '\n',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&x ',
      '*x',
      '"',
      "'",
      '#',
      ':',
      '2020-01-01',
      '~',
      '!!str ',
      '\t',
      '---',
      '%YAML 1.1',
    );
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 60 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (tokens, segments) => {
          const parsed = parseCaseText(tokens.join(''), 'case.yaml', 'yaml');
          if (!parsed.ok) {
            for (const e of parsed.errors) expect(e.line).toBeGreaterThanOrEqual(1);
            return;
          }
          const pos = parsed.parsed.locate('/' + segments.join('/'));
          expect(pos.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('validates arbitrary JSON values with located, bilingual errors', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const e of validateCase(value, 'case.yaml', locator)) {
          expect(e.message.zh.length).toBeGreaterThan(0);
          expect(e.message.en.length).toBeGreaterThan(0);
          expect(typeof e.path).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('validates mutations of a real case shape without throwing', () => {
    const base = {
      format: 'caselint/1',
      case: { number: 'x', agency: 'y', cause: 'z', source: '双随机', procedure: 'general', status: 'open' },
      party: { type: 'organization', name: 'n' },
      officers: [{ name: 'a' }],
      violation: { facts: 'f', violated: [{ law: 'l', article: 1 }], basis: [{ law: 'l', cite: '第一条' }] },
      penalty: { kinds: ['fine'] },
      timeline: [{ event: 'decision', date: '2020-01-01' }],
    };
    expect(validateCase(base, 'case.yaml', locator)).toEqual([]);
    fc.assert(
      fc.property(
        fc.constantFrom('case', 'party', 'officers', 'violation', 'penalty', 'timeline', 'format'),
        fc.jsonValue({ maxDepth: 2 }),
        (key, value) => {
          const errors = validateCase({ ...base, [key]: value }, 'case.yaml', locator);
          for (const e of errors) expect(e.path?.startsWith(`/${key}`), e.path).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
