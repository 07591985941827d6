#!/usr/bin/env node
// `npm run bench [-- N]`: measures caselint against its floors in one run and prints each ratio (issue 13):
//   start-up           `caselint --version` and `caselint lint <one case>` (in its own process and with a resident
//                      server) vs a bare `node -e ''` (medians)
//   throughput         lint of N synthetic cases (default 1,000) on 1 core and on every core vs the floor:
//                      reading, parsing and schema-validating each case file and reading and hashing each
//                      listed attachment (scripts/bench-floor.mjs), on 1 thread and on every core's thread
//                      (medians of interleaved rounds)
//   cache              a rerun with --cache over the unchanged tree vs the cold --cache run
//   memory             peak RSS (worker threads included) at 1,000 and 4,000 cases: lint (json), lint -f html,
//                      report --json
// and writes docs/benchmark.md, the results page (the table of ratios, the machine, how to reproduce). The cases are the example cases
// with their attachments hard-linked (so the document rules run for real), in a temporary folder.
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
import { availableParallelism, cpus, loadavg, totalmem, release, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const n = Number(process.argv[2] ?? process.env.BENCH_CASES ?? 1000);
const big = Number(process.env.BENCH_BIG_CASES ?? 4 * n);
const AS_OF = '2026-11-28';

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

const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** the template's credit code with characters 11–16 replaced by `i` in base 31 and a new GB 32100 check character */
function distinctCreditCode(code, i) {
  let digits = '';
  for (let rest = i, k = 0; k < 6; k += 1, rest = Math.floor(rest / 31))
    digits = CREDIT_CHARSET[rest % 31] + digits;
  const first17 = code.slice(0, 10) + digits + code.slice(16, 17);
  let sum = 0;
  for (let k = 0; k < 17; k += 1) sum += CREDIT_CHARSET.indexOf(first17[k]) * CREDIT_WEIGHTS[k];
  return first17 + CREDIT_CHARSET[(31 - (sum % 31)) % 31];
}

function generate(into, count) {
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length];
    const dir = join(
      into,
      String(Math.floor(i / 1000)).padStart(3, '0'),
      `case-${String(i).padStart(6, '0')}`,
    );
    mkdirSync(dir, { recursive: true });
    // every case is distinct, as in a real repository: its own case number and its own party (a valid credit
    // code), so the cross-case rules (repo/*) do their real work instead of flagging 1,000 copies of one case
    const yaml = template.yaml
      .replace(/^(\s*number:\s*)(.+)$/m, `$1BENCH-${i}`)
      .replace(
        /^(\s*credit_code:\s*)([0-9A-Z]{18})\s*$/m,
        (_, key, code) => `${key}${distinctCreditCode(code, i)}`,
      );
    writeFileSync(join(dir, 'case.yaml'), yaml);
    for (const f of template.files) {
      try {
        linkSync(join(template.dir, f), join(dir, f));
      } catch {
        copyFileSync(join(template.dir, f), join(dir, f));
      }
    }
  }
}

/**
 * the floor, in its own process like the CLI runs (scripts/bench-floor.mjs): read + parse + schema-validate each
 * case file, read + sha256 each listed attachment, 8 cases in flight; on `threads` worker threads for the
 * all-cores comparison (like with like: lint on N cores against the floor on N threads)
 */
function floor(dir, threads) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench-floor.mjs'), dir, String(threads)], {
    cwd: root,
    encoding: 'utf8',
  });
  try {
    return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '');
  } catch {
    throw new Error(`floor run failed: ${dir}\n${r.stderr}`);
  }
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

const STARTUP_ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 21);
const THROUGHPUT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// Every caselint run of the bench happens in its own process (a server the developer started must not answer it);
// only the start-up measure "with the resident server" talks to a server, its own.
process.env.CASELINT_NO_SERVER = '1';

/** starts a resident server of its own (its socket in a private folder); returns its environment and its stop */
function ownServer() {
  const runtime = mkdtempSync(join(tmpdir(), 'caselint-bench-'));
  const env = { ...process.env, XDG_RUNTIME_DIR: runtime };
  delete env.CASELINT_NO_SERVER;
  const bin = join(root, 'bin', 'caselint.js');
  const started = spawnSync(process.execPath, [bin, 'server', 'start', '--idle-minutes', '10'], {
    env,
    encoding: 'utf8',
  });
  if (started.status !== 0) throw new Error(`caselint server start failed: ${started.stderr}`);
  return {
    env,
    stop() {
      spawnSync(process.execPath, [bin, 'server', 'stop'], { env });
      rmSync(runtime, { recursive: true, force: true });
    },
  };
}

function startup(oneCase, rounds = STARTUP_ROUNDS) {
  const lint = [join(root, 'bin', 'caselint.js'), 'lint', oneCase, '--as-of', AS_OF];
  const server = ownServer();
  const commands = {
    bare: [['-e', '']],
    version: [[join(root, 'bin', 'caselint.js'), '--version']],
    lint: [lint],
    server: [lint, server.env],
  };
  const times = { bare: [], version: [], lint: [], server: [] };
  try {
    // interleaved, so that a burst of load hits all four alike
    for (let i = 0; i < rounds; i += 1) {
      for (const [name, [args, env]] of Object.entries(commands)) {
        const s = performance.now();
        spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore', ...(env ? { env } : {}) });
        times[name].push(performance.now() - s);
      }
    }
  } finally {
    server.stop();
  }
  return {
    bare: median(times.bare),
    version: median(times.version),
    lint: median(times.lint),
    server: median(times.server),
  };
}

const work = mkdtempSync(join(root, '.bench-'));
const lines = [];
const say = (line) => {
  lines.push(line);
  console.log(line);
};
/** each ratio of the issue, for the table of docs/benchmark.md */
const ratios = [];
function ratio(measure, value, target) {
  ratios.push({ measure, value, target });
  return `${value.toFixed(2)}×`;
}
const startedAt = new Date();
const loadBefore = loadavg();
try {
  const small = join(work, 'small');
  const large = join(work, 'large');
  generate(small, n);
  generate(large, big);
  const cores = availableParallelism();
  say(
    `caselint bench — node ${process.version}, ${cores} cores (${cpus()[0]?.model ?? '?'}), ${n} and ${big} synthetic cases from ${templates.length} examples`,
  );

  const s = startup(join(casesDir, readdirSync(casesDir).sort()[0] ?? ''));
  say(
    `start-up  --version ${s.version.toFixed(0)} ms, lint one case ${s.lint.toFixed(0)} ms (${s.server.toFixed(0)} ms with the resident server), bare node ${s.bare.toFixed(0)} ms (medians of ${STARTUP_ROUNDS}, interleaved)`,
  );
  say(
    `          ratio: --version ${ratio("start-up: `caselint --version` vs bare `node -e ''`", s.version / s.bare, 1.5)}, lint one case ${ratio('start-up: `caselint lint <one case>` vs bare node', s.lint / s.bare, 1.5)}, with the server ${ratio('start-up: `caselint lint <one case>` with the resident server (`caselint server start`) vs bare node', s.server / s.bare, 1.5)} bare node (target ≤ 1.5×)`,
  );

  const lintArgs = (dir, extra) => ['lint', dir, '--as-of', AS_OF, '-f', 'json', '-o', '/dev/null', ...extra];
  // interleaved rounds, medians: a burst of load hits the floor and the lint alike
  const rounds = { floor1: [], one: [], floorN: [], all: [] };
  let f;
  for (let i = 0; i < THROUGHPUT_ROUNDS; i += 1) {
    f = floor(small, 1);
    rounds.floor1.push(f.ms);
    rounds.one.push(cli(lintArgs(small, ['--concurrency', 'off'])).ms);
    rounds.floorN.push(floor(small, cores).ms);
    rounds.all.push(cli(lintArgs(small, ['--concurrency', String(cores)])).ms);
  }
  const [floor1, one, floorN, all] = [rounds.floor1, rounds.one, rounds.floorN, rounds.all].map(median);
  say(
    `floor     1 thread ${floor1.toFixed(0)} ms, ${cores} threads ${floorN.toFixed(0)} ms: ${f.loaded} cases read, parsed, validated; ${f.attachments} attachments read and hashed (medians of ${THROUGHPUT_ROUNDS})`,
  );
  say(
    `lint      1 core ${one.toFixed(0)} ms (${((n / one) * 1000).toFixed(0)} cases/s), ${cores} cores ${all.toFixed(0)} ms (${((n / all) * 1000).toFixed(0)} cases/s)`,
  );
  say(
    `          ratio: 1 core ${ratio('throughput: lint on 1 core vs the floor on 1 thread', one / floor1, 1.5)}, ${cores} cores ${ratio(`throughput: lint on ${cores} cores vs the floor on ${cores} threads`, all / floorN, 1.5)} the floor (target ≤ 1.5×)`,
  );

  const cacheFile = join(work, 'lint-cache.json');
  const cold = cli(lintArgs(small, ['--cache', '--cache-location', cacheFile]));
  const warm = cli(lintArgs(small, ['--cache', '--cache-location', cacheFile]));
  say(`cache     cold ${cold.ms.toFixed(0)} ms, rerun over the unchanged tree ${warm.ms.toFixed(0)} ms`);
  say(
    `          ratio: ${ratio('cache: rerun over the unchanged tree vs the cold `--cache` run', warm.ms / cold.ms, 0.2)} the cold run (target ≤ 0.2×)`,
  );

  // peak memory at n and 4 × n cases: the default format, the html timelines (each case drawn, then dropped) and
  // the review report (compact summaries and findings kept for the scores)
  const memoryRuns = {
    'lint (json)': (dir) => lintArgs(dir, []),
    'lint -f html': (dir) => ['lint', dir, '--as-of', AS_OF, '-f', 'html', '-o', '/dev/null'],
    'report --json': (dir) => ['report', dir, '--as-of', AS_OF, '--json'],
  };
  for (const [name, args] of Object.entries(memoryRuns)) {
    const memSmall = cli(args(small));
    const memLarge = cli(args(large));
    ratios.push({
      measure: `memory: ${name}, peak RSS at ${big} cases`,
      value: memLarge.maxRssMiB,
      target: 300,
      unit: ' MiB',
    });
    say(
      `memory    ${name}: peak RSS ${memSmall.maxRssMiB.toFixed(0)} MiB at ${n} cases, ${memLarge.maxRssMiB.toFixed(0)} MiB at ${big} cases (worker threads included)`,
    );
    say(
      `          ratio: ${ratio(`memory: ${name}, peak RSS at ${big} vs ${n} cases`, memLarge.maxRssMiB / memSmall.maxRssMiB, 1.3)} (target ≤ 1.3×, under 300 MiB)`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

await writeResultsPage();

/** docs/benchmark.md: the last results, the machine they were measured on, and how to reproduce them */
async function writeResultsPage() {
  const loadAfter = loadavg();
  const row = (r) => {
    const unit = r.unit ?? '×';
    const value = unit === '×' ? `${r.value.toFixed(2)}×` : `${r.value.toFixed(0)}${unit}`;
    const target = unit === '×' ? `≤ ${r.target}×` : `< ${r.target}${unit}`;
    return `| ${r.measure} | ${value} | ${target} | ${r.value <= r.target ? 'yes' : '**no**'} |`;
  };
  const args = process.argv[2] ? ` -- ${process.argv[2]}` : '';
  const page = `# Performance benchmark

Written by \`npm run bench${args}\` (\`scripts/bench.mjs\`); do not edit by hand. Each figure is a ratio of two
measurements taken in the same run, so that the machine's speed cancels out (issue 13). The discretion
benchmarks (裁量基准) are documented in [discretion-benchmark.md](discretion-benchmark.md).

## Last run

- date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
- machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}
- Node.js ${process.version}
- load average (1/5/15 min): ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} at the start, ${loadAfter.map((l) => l.toFixed(2)).join(' / ')} at the end (a busy machine makes every figure noisier)
- cases: ${n} and ${big} synthetic cases made from the ${templates.length} example cases in \`fixtures/cases/\`

| measure | result | target | met |
| --- | --- | --- | --- |
${ratios.map(row).join('\n')}

\`\`\`text
$ npm run bench${args}
${lines.join('\n')}
\`\`\`

## What is measured

- **Start-up:** \`caselint --version\` and \`caselint lint <one example case>\` against a bare \`node -e ''\`,
  each run ${STARTUP_ROUNDS} times, interleaved so that a burst of load hits all alike; medians. The lint is
  measured twice: in its own process (the default; every other measure too), and handed to a resident server
  the bench started with \`caselint server start\` (src/server: the command then costs a bare Node start and a
  socket round trip).
- **Throughput:** linting the ${n} cases on one core (\`--concurrency off\`) and on every core against the floor:
  reading, parsing and schema-validating each case file and reading and hashing each listed attachment
  (\`scripts/bench-floor.mjs\`: its own process like the CLI, 8 cases in flight like an in-thread lint). One core
  is compared with the floor in one thread, ${availableParallelism()} cores with the floor dealt to ${availableParallelism()} worker threads
  (like with like); ${THROUGHPUT_ROUNDS} interleaved rounds, medians.
- **Cache:** a \`--cache\` rerun over the unchanged tree against the cold \`--cache\` run that wrote the cache.
- **Memory:** peak resident memory (worker threads included) at ${n} and ${big} cases for \`lint\` (json, written
  case by case), \`lint -f html\` and \`report --json\` (compact per-case summaries).

## How to reproduce

\`\`\`sh
npm ci
npm run bench            # builds, then measures; N = 1,000 cases by default
npm run bench -- 2000    # N cases (and 4 × N for the memory measure; BENCH_BIG_CASES overrides it)
\`\`\`

Run it on an idle machine: the ratios hold up under load better than the times, but not perfectly.
\`BENCH_STARTUP_ROUNDS\` sets the start-up repetitions.
`;
  const doc = join(root, 'docs', 'benchmark.md');
  let text = page;
  try {
    const prettier = await import('prettier');
    text = await prettier.format(page, { ...(await prettier.resolveConfig(doc)), filepath: doc });
  } catch {
    // prettier is a development dependency: without it the page is written as is
  }
  writeFileSync(doc, text);
  console.log('results written to docs/benchmark.md');
}
