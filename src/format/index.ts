import type { Formatter } from './types.js';
import { stylish } from './stylish.js';
import { json } from './json.js';

/** Formatters by name; heavy ones are loaded only when asked for. */
const loaders: Record<string, () => Promise<Formatter>> = {
  stylish: () => Promise.resolve(stylish),
  json: () => Promise.resolve(json),
};

export function formatterNames(): string[] {
  return Object.keys(loaders);
}

export async function getFormatter(name: string): Promise<Formatter | undefined> {
  const load = loaders[name];
  return load ? load() : undefined;
}
