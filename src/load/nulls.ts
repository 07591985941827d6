/**
 * `null` as the value of an object property means "not recorded" (what a database export writes for an empty
 * column): the property is read exactly as if it were absent. This runs on the parsed data before schema
 * validation, so a null optional field is coverage (未记录…) in the rules, and a null required field is the same
 * `schema` error as a missing one. A null anywhere else (an item of a list, or the whole document) is left in
 * place and stays a located error. The source positions are untouched: the locator reads the original document.
 */
import { escapeSegment } from './messages.js';

export interface WithoutNulls {
  /** the data with every null object property removed (the input itself when there is none) */
  data: unknown;
  /** JSON pointers of the removed properties, in document order */
  nulled: string[];
}

/**
 * Removes the object properties whose value is null, without changing the input (objects that hold a null, and
 * their ancestors, are copied; everything else is shared). A structure that contains itself is left as it is.
 */
export function withoutNullProperties(data: unknown): WithoutNulls {
  const nulled: string[] = [];
  const ancestors = new Set<object>();
  const walk = (value: unknown, pointer: string): unknown => {
    if (value === null || typeof value !== 'object' || ancestors.has(value)) return value;
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        value.forEach((item: unknown, i) => {
          const next = walk(item, `${pointer}/${String(i)}`);
          if (next !== item) {
            copy ??= [...(value as unknown[])];
            copy[i] = next;
          }
        });
        return copy ?? value;
      }
      const record = value as Record<string, unknown>;
      let copy: Record<string, unknown> | undefined;
      for (const key of Object.keys(record)) {
        const item = record[key];
        const at = `${pointer}/${escapeSegment(key)}`;
        if (item === null) {
          nulled.push(at);
          copy ??= { ...record };
          delete copy[key];
          continue;
        }
        const next = walk(item, at);
        if (next !== item) {
          copy ??= { ...record };
          // a data property even for a key such as __proto__ (which an assignment would take as the prototype)
          Object.defineProperty(copy, key, {
            value: next,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return copy ?? value;
    } finally {
      ancestors.delete(value);
    }
  };
  const stripped = walk(data, '');
  return { data: stripped, nulled };
}
