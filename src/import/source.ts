/**
 * An imported document's text prepared for reading: lines as extracted (1-based numbers are what the draft's
 * source comments cite) and a "flat" copy without any whitespace, so that a citation or an amount broken over two
 * lines by the layout is still found, with a map back from each flat character to its line.
 */

export interface SourceText {
  /** file name as given on the command line (shown in source comments) */
  doc: string;
  lines: string[];
  flat: string;
  /** 1-based line number of each character of `flat` */
  lineOf: number[];
}

/** A value read from a document, with where it was read. */
export interface Sourced<T> {
  value: T;
  doc: string;
  line: number;
  /** what the reader should know (a cross-check, a conversion) */
  note?: string;
}

/** A value that could not be read, and why (becomes a 未记录 comment in the draft). */
export interface Unread {
  why: string;
  doc?: string;
  line?: number;
}

/** Full-width digits and Latin letters to ASCII; ideographic and no-break spaces to plain spaces. */
export function halfWidth(s: string): string {
  return s
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00a0\u2002-\u200b\ufeff]/g, ' ');
}

export function prepareText(doc: string, text: string): SourceText {
  const lines = text.split(/\r\n|\r|\n/).map((l) => halfWidth(l).replace(/\s+$/, ''));
  let flat = '';
  const lineOf: number[] = [];
  lines.forEach((line, i) => {
    for (const ch of line.replace(/\s+/g, '')) {
      flat += ch;
      for (let k = 0; k < ch.length; k++) lineOf.push(i + 1);
    }
  });
  return { doc, lines, flat, lineOf };
}

export function sourcedAt<T>(src: SourceText, flatIndex: number, value: T, note?: string): Sourced<T> {
  const line = src.lineOf[Math.min(Math.max(flatIndex, 0), src.lineOf.length - 1)] ?? 1;
  return note === undefined ? { value, doc: src.doc, line } : { value, doc: src.doc, line, note };
}

/** the line's text without whitespace */
export function compact(line: string): string {
  return line.replace(/\s+/g, '');
}

/** flat offset of the first character of a 1-based line (or the end of the text) */
export function flatStartOfLine(src: SourceText, line: number): number {
  const at = src.lineOf.findIndex((l) => l >= line);
  return at < 0 ? src.flat.length : at;
}
