#!/usr/bin/env node
// The floor of scripts/bench.mjs, measured as a CLI run is (its own process, start-up included): discover the
// cases, then for each case read, parse and schema-validate the case file and read and sha256 each listed
// attachment — with the same I/O overlap as an in-thread lint (8 cases in flight) and, with `threads` > 1, the
// cases dealt round-robin to that many worker threads (as `--concurrency N` deals them to its workers).
// Usage: node scripts/bench-floor.mjs <dir> [threads]; prints {"ms", "maxRssMiB", "loaded", "attachments"}.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const IN_FLIGHT = 8;

async function floorOf(targets, cwd) {
  const { loadCase } = await import(join(root, 'dist/src/load/index.js'));
  let loaded = 0;
  let attachments = 0;
  let next = 0;
  const one = async () => {
    while (next < targets.length) {
      const target = targets[next];
      next += 1;
      const r = await loadCase(target, cwd);
      if (!r.ok) continue;
      loaded += 1;
      for (const d of r.loaded.data.documents ?? []) {
        if (typeof d.file !== 'string') continue;
        try {
          createHash('sha256')
            .update(await readFile(join(r.loaded.dir, d.file)))
            .digest('hex');
          attachments += 1;
        } catch {
          // a missing attachment costs nothing to read
        }
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, one));
  return { loaded, attachments };
}

if (!isMainThread) {
  parentPort.postMessage(await floorOf(workerData.targets, workerData.cwd));
} else {
  const started = performance.now();
  const dir = process.argv[2];
  const threads = Number(process.argv[3] ?? 1);
  const { discoverCases } = await import(join(root, 'dist/src/load/index.js'));
  const { targets } = await discoverCases([dir], dir);
  let total;
  if (threads <= 1) total = await floorOf(targets, dir);
  else {
    const shares = Array.from({ length: threads }, (_, t) => targets.filter((_, i) => i % threads === t));
    const parts = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), {
              workerData: { targets: share, cwd: dir },
            });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    total = parts.reduce((a, b) => ({
      loaded: a.loaded + b.loaded,
      attachments: a.attachments + b.attachments,
    }));
  }
  const ms = performance.now() - started;
  process.stdout.write(
    `${JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...total })}\n`,
  );
}
