#!/usr/bin/env node
// `npm run bench [-- N]`: measures caselint against its floors in one run and prints each ratio (issue 13):
//   start-up           `caselint --version` and `caselint lint <one case>` vs a bare `node -e ''` (medians)
//   throughput         lint of N synthetic cases (default 1,000) on 1 core and on every core vs the floor:
//                      reading, parsing and schema-validating each case file and reading and hashing each
//                      listed attachment, in one thread
//   cache              a rerun with --cache over the unchanged tree vs the cold --cache run
//   memory             peak RSS (worker threads included) linting 1,000 and 4,000 cases
// and writes the results into docs/benchmark.md (between the bench markers). The cases are the example cases
// with their attachments hard-linked (so the document rules run for real), in a temporary folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? process.env.BENCH_CASES ?? 1000);
const big = Number(process.env.BENCH_BIG_CASES ?? 4 * n);
const AS_OF = '2026-11-28';
const { discoverCases, loadCase } = await import(join(root, 'dist/src/load/index.js'));

const casesDir = join(root, 'fixtures', 'cases');
const templates = readdirSync(casesDir)
  .sort()
  .map((name) => ({
    dir: join(casesDir, name),
    yaml: readFileSync(join(casesDir, name, 'case.yaml'), 'utf8'),
    files: readdirSync(join(casesDir, name)).filter(
      (f) => f !== 'case.yaml' && statSync(join(casesDir, name, f)).isFile(),
    ),
  }));

function generate(into, count) {
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    const dir = join(
      into,
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
}

/** the floor: read + parse + schema-validate each case file, read + sha256 each listed attachment, one thread */
async function floor(dir) {
  const t = performance.now();
  const discovery = await discoverCases([dir], dir);
  let loaded = 0;
  let attachments = 0;
  for (const target of discovery.targets) {
    const r = await loadCase(target, dir);
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
  return { ms: performance.now() - t, loaded, attachments };
}

function cli(args) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench-child.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`bench run failed: ${args.join(' ')}\n${r.stderr}`);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function startup(oneCase, rounds = 11) {
  const commands = {
    bare: ['-e', ''],
    version: [join(root, 'bin', 'caselint.js'), '--version'],
    lint: [join(root, 'bin', 'caselint.js'), 'lint', oneCase, '--as-of', AS_OF],
  };
  const times = { bare: [], version: [], lint: [] };
  // interleaved, so that a burst of load on the machine hits all three alike
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      const s = performance.now();
      spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
      times[name].push(performance.now() - s);
    }
  }
  return { bare: median(times.bare), version: median(times.version), lint: median(times.lint) };
}

const work = mkdtempSync(join(root, '.bench-'));
const lines = [];
const say = (line) => {
  lines.push(line);
  console.log(line);
};
try {
  const small = join(work, 'small');
  const large = join(work, 'large');
  generate(small, n);
  generate(large, big);
  const cores = availableParallelism();
  say(
    `caselint bench — node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? '?'}), ${n} and ${big} synthetic cases from ${templates.length} examples`,
  );

  const s = startup(join(casesDir, templates[0] ? readdirSync(casesDir).sort()[0] : ''));
  say(
    `start-up  --version ${s.version.toFixed(0)} ms, lint one case ${s.lint.toFixed(0)} ms, bare node ${s.bare.toFixed(0)} ms (medians of 11)`,
  );
  say(
    `          ratio: --version ${(s.version / s.bare).toFixed(2)}×, lint one case ${(s.lint / s.bare).toFixed(2)}× bare node (target ≤ 1.5×)`,
  );

  const lintArgs = (dir, extra) => ['lint', dir, '--as-of', AS_OF, '-f', 'json', '-o', '/dev/null', ...extra];
  const f = await floor(small);
  const one = cli(lintArgs(small, ['--concurrency', 'off']));
  const all = cli(lintArgs(small, ['--concurrency', String(cores)]));
  say(
    `floor     ${f.ms.toFixed(0)} ms: ${f.loaded} cases read, parsed, validated; ${f.attachments} attachments read and hashed (one thread)`,
  );
  say(
    `lint      1 core ${one.ms.toFixed(0)} ms (${((n / one.ms) * 1000).toFixed(0)} cases/s), ${cores} cores ${all.ms.toFixed(0)} ms (${((n / all.ms) * 1000).toFixed(0)} cases/s)`,
  );
  say(
    `          ratio: 1 core ${(one.ms / f.ms).toFixed(2)}×, ${cores} cores ${(all.ms / f.ms).toFixed(2)}× the floor (target ≤ 1.5×)`,
  );

  const cacheFile = join(work, 'lint-cache.json');
  const cold = cli(lintArgs(small, ['--cache', '--cache-location', cacheFile]));
  const warm = cli(lintArgs(small, ['--cache', '--cache-location', cacheFile]));
  say(`cache     cold ${cold.ms.toFixed(0)} ms, rerun over the unchanged tree ${warm.ms.toFixed(0)} ms`);
  say(`          ratio: ${(warm.ms / cold.ms).toFixed(2)}× the cold run (target ≤ 0.2×)`);

  const memSmall = cli(lintArgs(small, []));
  const memLarge = cli(lintArgs(large, []));
  say(
    `memory    peak RSS ${memSmall.maxRssMiB.toFixed(0)} MiB at ${n} cases, ${memLarge.maxRssMiB.toFixed(0)} MiB at ${big} cases (default settings, worker threads included)`,
  );
  say(
    `          ratio: ${(memLarge.maxRssMiB / memSmall.maxRssMiB).toFixed(2)}× (target ≤ 1.3×, under 300 MiB)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// keep the last results in docs/benchmark.md
const doc = join(root, 'docs', 'benchmark.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const text = readFileSync(doc, 'utf8');
const block = `${START}\n\n\`\`\`text\n$ npm run bench${process.argv[2] ? ` -- ${process.argv[2]}` : ''}\n${lines.join('\n')}\n\`\`\`\n\n${END}`;
const i = text.indexOf(START);
const j = text.indexOf(END);
writeFileSync(
  doc,
  i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + END.length) : `${text.trimEnd()}\n\n${block}\n`,
);
console.log(`results written to docs/benchmark.md`);
