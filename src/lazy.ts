/**
 * Heavy libraries, loaded on first use only (start-up: `caselint --version` and a clean one-case lint never load
 * them). The bundle keeps them external, so each is required from node_modules the first time it is needed.
 */
import { createRequire } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';
import type * as YamlLib from 'yaml';

const load = createRequire(import.meta.url);
let yamlLib: typeof YamlLib | undefined;
let zlibModule: typeof Zlib | undefined;
let workerThreadsModule: typeof WorkerThreads | undefined;

/** the `yaml` package (positions, the full YAML 1.2 parser, stringify) */
export function yaml(): typeof YamlLib {
  yamlLib ??= load('yaml') as typeof YamlLib;
  return yamlLib;
}

/**
 * Node built-ins that a one-case lint does not need and that cost about half a millisecond each to load: zlib (a
 * document whose text is not cached yet) and worker_threads (many cases, or text extraction).
 */
export function zlib(): typeof Zlib {
  zlibModule ??= load('node:zlib') as typeof Zlib;
  return zlibModule;
}

export function workerThreads(): typeof WorkerThreads {
  workerThreadsModule ??= load('node:worker_threads') as typeof WorkerThreads;
  return workerThreadsModule;
}
