import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { xmlEscape } from '../../src/format/junit.js';
import { escapeText, foldLine } from '../../src/report/ics.js';

const text = fc.string({ unit: 'grapheme', maxLength: 300 });

describe('escaping and folding properties', () => {
  it('iCalendar folding keeps lines ≤ 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(text, (s) => {
        const line = `DESCRIPTION:${escapeText(s)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) {
          expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
          expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(escapeText(s)).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('workflow-command escapes are undone by percent-decoding', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(escapeData(s)).not.toMatch(/[\r\n]/);
        expect(decodeURIComponent(escapeData(s))).toBe(s);
        const p = escapeProperty(s);
        expect(p).not.toMatch(/[\r\n:,]/);
        expect(decodeURIComponent(p)).toBe(s);
      }),
    );
  });

  it('XML escaping leaves no markup characters', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(xmlEscape(s)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|apos;)/);
      }),
    );
  });
});
