/**
 * The worker side of LintPool: started by the entry module (the bundle) when it is loaded in a lint worker, with
 * the rule set that module carries. Builds the run's environment once and lints each case it is sent.
 */
import { workerThreads } from '../lazy.js';
import { shutdown } from '../shutdown.js';
import {
  LINT_WORKER_ARG,
  LINT_WORKER_TAG,
  type LintJob,
  type LintReply,
  type LintWorkerData,
} from './pool.js';
import { lintOneCase, prepareLintEnv } from './run.js';
import type { Rule } from './types.js';

/** true in a thread started by LintPool */
export function isLintWorker(): boolean {
  // the argument first: the main thread of every command asks, and need not load worker_threads to be told no
  if (!process.argv.includes(LINT_WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as Partial<LintWorkerData> | null)?.tag === LINT_WORKER_TAG;
}

export function serveLintWorker(rules: readonly Rule[]): void {
  const { parentPort: port, workerData } = workerThreads();
  if (!port || !isLintWorker()) return;
  const data = workerData as LintWorkerData;
  const env = prepareLintEnv(data.config, [...rules], data.cwd, {
    keepCase: data.keepCase,
    fingerprint: data.fingerprint,
  });
  port.on('message', (job: LintJob) => {
    if ('close' in job) {
      void shutdown().finally(() => port.close());
      return;
    }
    lintOneCase(job.target, env).then(
      (outcome) => port.postMessage({ id: job.id, outcome } satisfies LintReply),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies LintReply),
    );
  });
}
