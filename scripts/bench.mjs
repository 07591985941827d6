#!/usr/bin/env node
// Benchmark: generate N synthetic cases (default 10,000) from the clean example cases in a temporary folder,
// lint them, and report cases/second, total time, peak memory, a bare read+parse+validate pass over the same
// files, and the wall time of linting one case against a bare `node -e ''`. Usage: npm run bench [-- N]
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? process.env.BENCH_CASES ?? 10_000);
const { lintPaths } = await import(join(root, 'dist/src/engine/run.js'));
const { discoverCases, loadCase } = await import(join(root, 'dist/src/load/index.js'));

const casesDir = join(root, 'fixtures', 'cases');
const templates = readdirSync(casesDir).map((name) => ({
  dir: join(casesDir, name),
  yaml: readFileSync(join(casesDir, name, 'case.yaml'), 'utf8'),
  // attachments are hard-linked (same inode, inside the case folder), so document rules run for real
  files: readdirSync(join(casesDir, name)).filter(
    (f) => f !== 'case.yaml' && statSync(join(casesDir, name, f)).isFile(),
  ),
}));
// inside the repository, so attachments can be hard-linked (same file system); removed at the end
const work = mkdtempSync(join(root, '.bench-'));
try {
  const t0 = performance.now();
  for (let i = 0; i < n; i += 1) {
    const template = templates[i % templates.length];
    const dir = join(
      work,
      String(Math.floor(i / 1000)).padStart(3, '0'),
      `case-${String(i).padStart(6, '0')}`,
    );
    mkdirSync(dir, { recursive: true });
    // vary the case number so every case is distinct
    writeFileSync(join(dir, 'case.yaml'), template.yaml.replace(/^(\s*number:\s*)(.+)$/m, `$1BENCH-${i}`));
    for (const f of template.files) {
      try {
        linkSync(join(template.dir, f), join(dir, f));
      } catch {
        copyFileSync(join(template.dir, f), join(dir, f));
      }
    }
  }
  const generateMs = performance.now() - t0;

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

  const t1 = performance.now();
  const discovery = await discoverCases([work], work);
  let loaded = 0;
  for (const target of discovery.targets) if ((await loadCase(target, work)).ok) loaded += 1;
  const bareMs = performance.now() - t1;

  const t2 = performance.now();
  const run = await lintPaths([work], { cwd: root, asOf: '2026-11-28', ruleOverrides: {} });
  const lintMs = performance.now() - t2;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);

  const oneCase = join(casesDir, readdirSync(casesDir)[0]);
  const time = (args) => {
    const runs = [];
    for (let i = 0; i < 5; i += 1) {
      const s = performance.now();
      spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
      runs.push(performance.now() - s);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  const bareNode = time(['-e', '']);
  const oneLint = time([join(root, 'bin', 'caselint.js'), 'lint', oneCase, '--as-of', '2026-11-28']);

  let extraction = '';
  try {
    const { benchExtraction } = await import(join(root, 'dist/src/text/bench.js'));
    const r = await benchExtraction(casesDir);
    extraction = `document text extraction: ${r.files} files, ${r.ms.toFixed(0)} ms (${(r.ms / Math.max(1, r.files)).toFixed(1)} ms/file)`;
  } catch {
    extraction = 'document text extraction: not measured (src/text/bench.ts not available)';
  }

  const out = [
    `caselint bench — ${n} synthetic cases (${templates.length} templates), node ${process.version}`,
    `generate:                 ${generateMs.toFixed(0)} ms`,
    `read+parse+validate only: ${bareMs.toFixed(0)} ms (${loaded} cases, ${((loaded / bareMs) * 1000).toFixed(0)} cases/s)`,
    `lint (all rules):         ${lintMs.toFixed(0)} ms (${((n / lintMs) * 1000).toFixed(0)} cases/s), ${run.rules.length} rules, ${run.errorCount} errors / ${run.warningCount} warnings / ${run.infoCount} info`,
    `peak memory (RSS):        ${(peakRss / 1048576).toFixed(0)} MiB`,
    `one case, CLI wall time:  ${oneLint.toFixed(0)} ms (median of 5) vs bare node -e '': ${bareNode.toFixed(0)} ms`,
    extraction,
  ];
  console.log(out.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
