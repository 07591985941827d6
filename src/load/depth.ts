/**
 * A linear, non-recursive estimate of how deeply a YAML or JSON text nests, run before any parser sees the text:
 * the YAML and JSON parsers recurse once per level, so a file nested thousands deep (`- - - … x`, `[[[…]]]`) would
 * exhaust the call stack. A case file nests about six levels; anything deeper than MAX_NESTING_DEPTH is refused
 * with a located error.
 *
 * The estimate counts block levels by indentation and by compact indicators on one line (`- - x`, `- key: …`) and
 * flow levels by brackets outside quoted strings; lines of block scalars (`|`, `>`) are skipped. It may be off by
 * a level here and there, which does not matter against a limit this far above real files and this far below what
 * overflows the stack.
 */

export const MAX_NESTING_DEPTH = 64;

export interface TooDeep {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;

interface FlowState {
  depth: number;
  quote: '' | '"' | "'";
}

/** Scans `line` from `from` in flow context; returns the highest flow depth reached and where. */
function scanFlow(
  line: string,
  from: number,
  state: FlowState,
  onLevel: (depth: number, col: number) => boolean,
): boolean {
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (state.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') state.quote = '';
      continue;
    }
    if (state.quote === "'") {
      if (c === "'") {
        if (line[i + 1] === "'") i++;
        else state.quote = '';
      }
      continue;
    }
    if (c === '"' || c === "'") state.quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return false;
    else if (c === '[' || c === '{') {
      state.depth++;
      if (onLevel(state.depth, i)) return true;
    } else if (c === ']' || c === '}') {
      state.depth = Math.max(0, state.depth - 1);
      if (state.depth === 0) return false;
    }
  }
  return false;
}

/** skips node properties (`&anchor`, `!tag`) written before a value */
function afterProperties(line: string, from: number): number {
  let col = from;
  for (;;) {
    const m = /^[&!]\S*[ \t]+/.exec(line.slice(col, col + 1024));
    if (!m) return col;
    col += m[0].length;
  }
}

/** The first place where the nesting exceeds `limit`, or undefined when the text stays within it. */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): TooDeep | undefined {
  const lines = text.split('\n');
  const block: number[] = [];
  const flow: FlowState = { depth: 0, quote: '' };
  let scalarIndent = -1;
  let found: TooDeep | undefined;
  const check = (lineNo: number) => (depth: number, col: number) => {
    if (depth <= limit) return false;
    found = { line: lineNo + 1, column: col + 1 };
    return true;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').replace(/\r$/, '');
    if (flow.depth > 0) {
      if (scanFlow(line, 0, flow, (d, col) => check(n)(block.length + d, col))) return found;
      continue;
    }
    let col = 0;
    while (col < line.length && line[col] === ' ') col++;
    if (col === line.length || line[col] === '#') continue;
    if (scalarIndent >= 0) {
      if (col > scalarIndent) continue;
      scalarIndent = -1;
    }
    while (block.length > 0 && (block[block.length - 1] ?? 0) >= col) block.pop();
    const lineIndent = col;
    for (;;) {
      const c = line[col];
      const next = line[col + 1];
      if ((c === '-' || c === '?') && (next === undefined || next === ' ' || next === '\t')) {
        block.push(col);
        if (check(n)(block.length, col)) return found;
        col++;
        while (line[col] === ' ' || line[col] === '\t') col++;
        continue;
      }
      break;
    }
    col = afterProperties(line, col);
    const rest = line.slice(col);
    if (rest.startsWith('[') || rest.startsWith('{')) {
      if (scanFlow(line, col, flow, (d, at) => check(n)(block.length + d, at))) return found;
      continue;
    }
    // (no `\s*` before the colon: with the lazy body it would backtrack quadratically on long blank runs)
    const key = /^(?:"(?:[^"\\]|\\.)*"[ \t]?|'(?:[^']|'')*'[ \t]?|[^#'"\s][^#]*?):(?:[ \t]+|$)/.exec(rest);
    if (key) {
      block.push(col);
      if (check(n)(block.length, col)) return found;
      const valueAt = afterProperties(line, col + key[0].length);
      const value = line.slice(valueAt);
      if (value.startsWith('[') || value.startsWith('{')) {
        if (scanFlow(line, valueAt, flow, (d, at) => check(n)(block.length + d, at))) return found;
        continue;
      }
    }
    if (BLOCK_SCALAR_HEADER.test(line)) scalarIndent = lineIndent;
  }
  return found;
}
