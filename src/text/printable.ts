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
