/**
 * What the CLI knows about how it was loaded: the bundle registers its own URL so that lint runs can start worker
 * threads on it. Run from the TypeScript sources (tests, tsx) nothing registers, and every case runs in-thread.
 */
import type { WorkerSetting } from '../engine/run-types.js';

let workerEntry_: string | undefined;

export function setWorkerEntry(url: string): void {
  workerEntry_ = url;
}

export function workerEntry(): string | undefined {
  return workerEntry_;
}

/** `--concurrency`: a number of worker threads, `auto` (the cores; only for more than a few dozen cases) or `off` */
export function workerSetting(concurrency: string | undefined): WorkerSetting | false {
  const entry = workerEntry_;
  if (!entry || concurrency === 'off') return false;
  if (concurrency === undefined || concurrency === 'auto') return { entry };
  const count = Number(concurrency);
  return count <= 1 ? false : { entry, count, minCases: 2 };
}
