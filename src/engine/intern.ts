/**
 * Shares equal strings among the per-case data a run keeps until its end (issue 13, memory flat in the number of
 * cases). A result that comes from a worker thread or the result cache is a structured clone: every string in it is
 * a copy of its own, so 4,000 kept results hold 4,000 copies of each rule id, category, event name, date and law
 * label. The pool keeps one copy of each distinct string and puts it in place of the others.
 *
 * Only data that is kept anyway goes through the pool (the cross-case facts, the results a report keeps), so the
 * pool never keeps alive a string that would otherwise be dropped.
 */
import type { CaseResult } from './run-types.js';

export class StringPool {
  private readonly strings = new Map<string, string>();

  /**
   * `maxSize`: how many distinct strings the pool holds before it starts afresh. Most of a case's distinct strings
   * (its file, its number, its messages) never come again; the ones that do (rule ids, categories, event names,
   * dates, law labels) are few and soon pooled again, so the pool's own size stays flat in the number of cases.
   */
  constructor(private readonly maxSize = 20_000) {}

  /** the pool's copy of `s` (`s` itself the first time) */
  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= this.maxSize) this.strings.clear();
    this.strings.set(s, s);
    return s;
  }

  /**
   * Replaces, in place, every string inside plain data (arrays and plain objects, nested) by the pool's copy and
   * returns the value; strings themselves come back pooled. Values are unchanged: only which copy holds them.
   */
  internAll<T>(value: T): T {
    if (typeof value === 'string') return this.intern(value) as T;
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.internAll(value[i] as unknown);
      return value;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = this.internAll(record[key]);
    return value;
  }

  /** a result's plain data with pooled strings, in place (the normalised `case`, when kept, is left as it is) */
  internResult(result: CaseResult): CaseResult {
    result.file = this.intern(result.file);
    if (result.caseId !== undefined) result.caseId = this.intern(result.caseId);
    this.internAll(result.findings);
    if (result.summary) this.internAll(result.summary);
    if (result.coverage) this.internAll(result.coverage);
    if (result.facts) this.internAll(result.facts);
    return result;
  }
}
