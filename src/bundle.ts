/**
 * The entry of the bundle (dist/caselint.js, built by scripts/build-bundle.mjs): the CLI's `main`, the API, and —
 * when loaded in a lint worker thread — the worker loop with every rule pack (from which it takes the rules of the
 * run and the known rules the main thread names).
 */
import { allRules } from '../rules/index.js';
import { setWorkerEntry } from './cli/runtime.js';
import { isLintWorker, serveLintWorker } from './engine/lint-worker.js';

setWorkerEntry(import.meta.url);
if (isLintWorker()) serveLintWorker(allRules);

export { main } from './cli/main.js';
export { describeInternalError } from './engine/internal-error.js';
export * from './api.js';
