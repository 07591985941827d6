/**
 * Runs the document libraries (mammoth, pdf.js through unpdf) in a worker thread with a memory cap, so that a
 * hostile file can be stopped: every job has a timeout after which the worker is terminated and replaced.
 * The libraries load lazily inside the worker, so `caselint lint` without document rules never pays for them.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { workerThreads } from '../lazy.js';
import { onShutdown } from '../shutdown.js';

export interface WorkerJob {
  kind: 'docx' | 'pdf';
  bytes: Uint8Array;
  maxPages: number;
}

export type WorkerResult =
  | { ok: true; pages?: string[]; text?: string; numPages?: number }
  | {
      ok: false;
      error: 'timeout' | 'crashed' | 'too-many-pages' | 'failed';
      name?: string;
      message: string;
      numPages?: number;
    };

// Plain JavaScript, evaluated in the worker: it must not depend on the TypeScript toolchain.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let mammoth, unpdf;
parentPort.on('message', async (job) => {
  try {
    if (job.kind === 'docx') {
      mammoth ??= await import(workerData.mammothUrl);
      const lib = mammoth.default ?? mammoth;
      const result = await lib.extractRawText({ buffer: Buffer.from(job.bytes) });
      parentPort.postMessage({ id: job.id, ok: true, text: result.value });
      return;
    }
    unpdf ??= await import(workerData.unpdfUrl);
    const doc = await unpdf.getDocumentProxy(new Uint8Array(job.bytes), {
      isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false,
    });
    if (doc.numPages > job.maxPages) {
      parentPort.postMessage({ id: job.id, ok: false, error: 'too-many-pages', numPages: doc.numPages, message: 'too many pages' });
      return;
    }
    const { text } = await unpdf.extractText(doc, { mergePages: false });
    parentPort.postMessage({ id: job.id, ok: true, pages: text, numPages: doc.numPages });
    await doc.destroy();
  } catch (e) {
    parentPort.postMessage({ id: job.id, ok: false, error: 'failed', name: e && e.name, message: String((e && e.message) || e) });
  }
});
`;

function libraryUrls(): { mammothUrl: string; unpdfUrl: string } {
  const require = createRequire(import.meta.url);
  const mammoth = require.resolve('mammoth');
  // unpdf's `require` entry is CJS; its ESM build sits beside it
  const unpdf = require.resolve('unpdf').replace(/index\.cjs$/, 'index.mjs');
  return { mammothUrl: pathToFileURL(mammoth).href, unpdfUrl: pathToFileURL(unpdf).href };
}

interface Pending {
  id: number;
  resolve: (r: WorkerResult) => void;
  timer: NodeJS.Timeout;
}

/** One worker, reused across jobs and cases; idle it does not keep the process alive. */
class ExtractionWorker {
  private worker: Worker | undefined;
  private pending: Pending | undefined;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();

  run(job: WorkerJob, timeoutMs: number): Promise<WorkerResult> {
    const result = this.queue.then(() => this.runNow(job, timeoutMs));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private start(): Worker {
    const worker = new (workerThreads().Worker)(WORKER_SOURCE, {
      eval: true,
      workerData: libraryUrls(),
      resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    worker.on('message', (msg: WorkerResult & { id: number }) => {
      const p = this.pending;
      if (!p || p.id !== msg.id) return;
      const { id: _id, ...rest } = msg;
      this.settle(rest as WorkerResult);
    });
    // only the current worker may settle the pending job (a terminated one exits later)
    worker.on('error', (err) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settle({ ok: false, error: 'crashed', message: err.message });
    });
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settle({ ok: false, error: 'crashed', message: 'worker exited' });
    });
    // library warnings are dropped (drained, so they cannot pile up)
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    return worker;
  }

  private settle(r: WorkerResult): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    this.worker?.unref();
    p.resolve(r);
  }

  private runNow(job: WorkerJob, timeoutMs: number): Promise<WorkerResult> {
    this.worker ??= this.start();
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<WorkerResult>((resolve) => {
      const timer = setTimeout(() => {
        this.worker = undefined;
        this.settle({ ok: false, error: 'timeout', message: `no result after ${timeoutMs} ms` });
        void worker.terminate();
      }, timeoutMs);
      this.pending = { id, resolve, timer };
      worker.ref();
      const bytes = new Uint8Array(job.bytes); // a copy: the caller's buffer stays usable
      worker.postMessage({ ...job, bytes, id }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

let shared: ExtractionWorker | undefined;

export function extractionWorker(): ExtractionWorker {
  shared ??= new ExtractionWorker();
  // the worker's piped stdout/stderr keep the event loop alive even when unref'd: close it when a command ends.
  // Registered on every use, not once: a shutdown clears its closers, and an API host runs many commands.
  onShutdown(closeExtractionWorker);
  return shared;
}

/** Stops the shared worker (tests, long-running hosts). */
export async function closeExtractionWorker(): Promise<void> {
  await shared?.close();
}
