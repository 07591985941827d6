/**
 * The worker side of LintPool: started by the entry module (the bundle) when it is loaded in a lint worker, with
 * the rules that module carries. Builds the run's environment once — the rules of the run and the rules the caller
 * knows of, both named by id in the worker data and taken from those rules — and lints each case it is sent.
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
import { leanResult } from './lean-result.js';
import type { Rule } from './types.js';

/** true in a thread started by LintPool */
export function isLintWorker(): boolean {
  // the argument first: the main thread of every command asks, and need not load worker_threads to be told no
  if (!process.argv.includes(LINT_WORKER_ARG)) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && (workerData as Partial<LintWorkerData> | null)?.tag === LINT_WORKER_TAG;
}

/**
 * the rules of these ids, in that order, from the rules the entry carries; a rule it does not carry is an error
 * (the worker then stops and LintPool lints its cases in the main thread, with the caller's own rules)
 */
export function rulesByIds(ids: readonly string[], carried: readonly Rule[]): Rule[] {
  const byId = new Map(carried.map((r) => [r.meta.id, r]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0)
    throw new Error(`the lint worker's entry does not carry the rules ${missing.join(', ')}`);
  return ids.map((id) => byId.get(id) as Rule);
}

/** serves lint jobs with `carried`, every rule the entry module carries (the bundle: every rule pack) */
export function serveLintWorker(carried: readonly Rule[]): void {
  const { parentPort: port, workerData } = workerThreads();
  if (!port || !isLintWorker()) return;
  const data = workerData as LintWorkerData;
  const env = prepareLintEnv(data.config, rulesByIds(data.ruleIds, carried), data.cwd, {
    keepCase: data.keepCase,
    fingerprint: data.fingerprint,
    knownRules: rulesByIds(data.knownRuleIds, carried),
  });
  port.on('message', (job: LintJob) => {
    if ('close' in job) {
      void shutdown().finally(() => port.close());
      return;
    }
    lintOneCase(job.target, env).then(
      (outcome) =>
        port.postMessage({
          id: job.id,
          outcome: { ...outcome, result: leanResult(outcome.result, data.results) },
        } satisfies LintReply),
      (error: unknown) =>
        port.postMessage({
          id: job.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies LintReply),
    );
  });
}
