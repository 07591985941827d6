/**
 * Names from untrusted places (file names in the case folder, zip entry names, parser messages) shown in a
 * message: control characters (terminal escape sequences) and bidirectional overrides (which reorder what a
 * reviewer reads, e.g. 决定书‮fdp.exe) are written as \u{…} escapes instead.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function printable(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}

const UNSAFE_KEEP_LINES =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** as printable(), but line breaks (LF, CR) are kept for the caller to encode */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_KEEP_LINES, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
