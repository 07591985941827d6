import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';

/** Formatters by name; all but the two everyday ones are loaded only when asked for. */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: () => Promise.resolve(stylish),
  json: () => Promise.resolve(json),
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
};

export function formatterNames(): string[] {
  return Object.keys(loaders);
}

export async function getFormatter(name: string): Promise<Formatter | undefined> {
  const load = loaders[name];
  return load ? load() : undefined;
}
