#!/usr/bin/env node
// One measured CLI run for scripts/bench.mjs: runs the bundled CLI's main() in this process with the given
// arguments (output to a file) and prints {"ms": wall time, "maxRssMiB": peak resident memory, worker threads
// included} on stdout. Usage: node scripts/bench-child.mjs lint <dir> --as-of … -o /dev/null
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const { main } = await import(join(root, 'dist', 'caselint.js'));
const io = {
  code: 0,
  out: () => undefined,
  err: (text) => void process.stderr.write(text),
  exit(code) {
    io.code = Math.max(io.code, code);
  },
  color: false,
  stderrIsTTY: false,
};
const code = await main(['node', 'caselint', ...process.argv.slice(2)], io);
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, code, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
