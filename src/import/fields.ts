/**
 * What the importer read, by case-file path ('case.number', 'party.name', 'violation.basis' …): each value with
 * its source, each unread field with the reason. The draft composer turns this into YAML with comments.
 */
import type { Sourced, Unread } from './source.js';

export class Fields {
  readonly values = new Map<string, Sourced<unknown>>();
  readonly lists = new Map<string, Sourced<unknown>[]>();
  readonly unread = new Map<string, Unread>();

  set<T>(path: string, value: Sourced<T> | undefined): void {
    if (value === undefined) return;
    this.values.set(path, value);
    this.unread.delete(path);
  }

  /** first value wins (the decision is read before the other documents) */
  offer<T>(path: string, value: Sourced<T> | undefined): void {
    if (value !== undefined && !this.values.has(path)) this.set(path, value);
  }

  get<T>(path: string): Sourced<T> | undefined {
    return this.values.get(path) as Sourced<T> | undefined;
  }

  push<T>(path: string, value: Sourced<T>): void {
    const list = this.lists.get(path) ?? [];
    list.push(value);
    this.lists.set(path, list);
  }

  list<T>(path: string): Sourced<T>[] {
    return (this.lists.get(path) ?? []) as Sourced<T>[];
  }

  miss(path: string, why: Unread): void {
    if (!this.values.has(path) && !this.unread.has(path)) this.unread.set(path, why);
  }
}
