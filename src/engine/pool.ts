/**
 * Worker threads for a lint run: each worker loads the entry module (the bundle, which serves lint jobs with its
 * own rule set, see lint-worker.ts), builds the run's environment once, then lints the cases it is sent. Results
 * come back as plain data; the caller puts them in input order. A worker that dies hands its cases back to this
 * thread, so one crash never loses a case.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../lazy.js';
import type { ResolvedConfig } from './config.js';
import type { ResultShape, WorkerSetting } from './run-types.js';
import type { CaseOutcome } from './run.js';

export const LINT_WORKER_TAG = 'caselint-lint-worker';
/** in each lint worker's process.argv: the entry module looks for it before loading worker_threads */
export const LINT_WORKER_ARG = '--caselint-lint-worker';

export interface LintWorkerData {
  tag: typeof LINT_WORKER_TAG;
  config: ResolvedConfig;
  cwd: string;
  keepCase: boolean;
  fingerprint: boolean;
  /**
   * ids of the rules of the run and of every rule the caller knows of (LintEnv.rules, LintEnv.knownRules): the worker
   * takes them from the rules its entry module carries, so its waivers are judged as in this thread
   */
  ruleIds: string[];
  knownRuleIds: string[];
  /** what of each result the caller reads: the worker posts only that (src/engine/lean-result.ts) */
  results: ResultShape;
}

/**
 * A lint worker's heap is kept close to what it holds (issue 13: memory flat in the number of cases):
 * - the young generation is capped: V8 grows it up to 3×16 MiB per thread when allocation is brisk, which on a
 *   long run is most of the resident memory of the workers, for little speed;
 * - the old generation gets a limit of 1 GiB instead of V8's default (from the machine's memory: 4 GiB on the
 *   bench machine). Not for the limit itself: under a limit of 2 GiB or more V8 lets the old generation grow to up
 *   to 4× its live size before it collects, under 1 GiB to about 1.6×. A worker's live heap is ~13 MiB and each case
 *   promotes a little garbage, so each worker's old generation reached 40–50 MiB on a run of 1,000 cases, and stays
 *   under ~20 MiB with this limit: ~45 MiB less at the run's peak for ~4–5 % more wall time on 2 cores (more full
 *   collections; measured on 1,000 cases, interleaved runs). A worker that would need more than 1 GiB stops like a
 *   crashed one (its cases then run in this thread, see `fail` below).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 };

export type LintJob = { id: number; target: string } | { close: true };
export type LintReply = { id: number; outcome: CaseOutcome } | { id: number; error: string };

interface Slot {
  worker: Worker;
  pending: Map<number, { target: string; resolve: (o: CaseOutcome) => void; reject: (e: unknown) => void }>;
  dead: boolean;
}

export class LintPool {
  readonly size: number;
  private readonly slots: Slot[];
  private nextId = 1;

  constructor(
    setting: WorkerSetting,
    data: Omit<LintWorkerData, 'tag'>,
    private readonly fallback: (target: string) => Promise<CaseOutcome>,
  ) {
    this.size = Math.max(1, setting.count ?? availableParallelism());
    const workerData: LintWorkerData = { tag: LINT_WORKER_TAG, ...data };
    this.slots = Array.from({ length: this.size }, () => this.start(setting.entry, workerData));
  }

  private start(entry: string, workerData: LintWorkerData): Slot {
    const worker = new (workerThreads().Worker)(new URL(entry), {
      workerData,
      resourceLimits: WORKER_LIMITS,
      argv: [LINT_WORKER_ARG],
    });
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on('message', (reply: LintReply) => {
      const job = slot.pending.get(reply.id);
      if (!job) return;
      slot.pending.delete(reply.id);
      if ('outcome' in reply) job.resolve(reply.outcome);
      else this.fallback(job.target).then(job.resolve, job.reject);
    });
    const fail = () => {
      if (slot.dead) return;
      slot.dead = true;
      // the worker is gone: its cases run here instead
      for (const job of slot.pending.values()) this.fallback(job.target).then(job.resolve, job.reject);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  }

  run(target: string): Promise<CaseOutcome> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return this.fallback(target);
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { target, resolve, reject });
      slot.worker.postMessage({ id, target } satisfies LintJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.dead) return;
        slot.dead = true;
        const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
        slot.worker.postMessage({ close: true } satisfies LintJob);
        const timer = setTimeout(() => void slot.worker.terminate(), 5000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
