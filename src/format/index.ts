import type { Formatter } from './types.js';
import { formatBuffered, type StreamFormat } from './stream.js';
import { stylishStream } from './stylish.js';
import { jsonStream } from './json.js';

/** Formats by name; all but the two everyday ones are loaded only when asked for. */
const loaders: Record<string, () => Promise<StreamFormat>> = {
  stylish: () => Promise.resolve(stylishStream),
  json: () => Promise.resolve(jsonStream),
  sarif: async () => (await import('./sarif.js')).sarifStream,
  junit: async () => (await import('./junit.js')).junitStream,
  github: async () => (await import('./github.js')).githubStream,
  markdown: async () => (await import('./markdown.js')).markdownStream,
  html: async () => (await import('./html.js')).htmlStream,
};

export function formatterNames(): string[] {
  return Object.keys(loaders);
}

/** the format written case by case as the results arrive (src/format/sink.ts) */
export async function getStreamFormat(name: string): Promise<StreamFormat | undefined> {
  const load = loaders[name];
  return load ? load() : undefined;
}

/** the format over a finished run, as one string */
export async function getFormatter(name: string): Promise<Formatter | undefined> {
  const format = await getStreamFormat(name);
  return format ? (run, options) => formatBuffered(format, run, options, name) : undefined;
}
