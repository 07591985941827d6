/**
 * The fuzz campaign: seeded inputs from mutate.ts, each a mutated copy of an example case folder, run through
 * the whole pipeline in-process (lintPaths and every formatter) and, for a share of them, through the built CLI.
 * Invariants: no thrown error escapes, one result per case, exit code 0/1/2, no stack trace or internal engine
 * text in any output, bounded time per case and bounded memory for the run.
 */
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { lintPaths } from '../../src/engine/run.js';
import type { LintRun } from '../../src/engine/run-types.js';
import { formatterNames, getFormatter } from '../../src/format/index.js';
import { fromRoot } from '../../src/paths.js';
import { getRules } from '../../src/engine/registry.js';
import { shutdown } from '../../src/shutdown.js';
import { type FuzzInput, fuzzInput, mutateAttachment, mutateData, mutateText } from './mutate.js';

export interface FuzzOptions {
  seed: number;
  runs: number;
  /** every n-th input also goes through the CLI (0: never) */
  cliEvery: number;
  /** a case taking longer than this is a hang */
  caseTimeoutMs: number;
  /** peak resident memory allowed for the run */
  maxRssBytes: number;
  log?: (line: string) => void;
}

export interface FuzzFailure {
  index: number;
  kind:
    | 'thrown'
    | 'lost-result'
    | 'hang'
    | 'rule-crash'
    | 'formatter-crash'
    | 'stack-trace'
    | 'exit-code'
    | 'memory';
  detail: string;
  input: FuzzInput;
}

export interface FuzzReport {
  seed: number;
  inputs: number;
  cliRuns: number;
  lostResults: number;
  hangs: number;
  ruleCrashes: number;
  formatterCrashes: number;
  thrown: number;
  badExitCodes: number;
  stackTraces: number;
  peakRssMiB: number;
  slowestCaseMs: number;
  durationS: number;
  failures: FuzzFailure[];
}

const LEAK = /Maximum call stack|\n\s+at .+:\d+:\d+|\bat (?:async )?[\w.]+ \(/;

const BASES = readdirSync(fromRoot('fixtures', 'cases'));

/** writes the mutated case folder: attachments hard-linked (never written), damaged ones as new files */
function materialise(root: string, index: number, input: FuzzInput): string {
  const src = fromRoot('fixtures', 'cases', input.base);
  const dir = join(root, `c${index}`);
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(src).filter((f) => f !== 'case.yaml');
  const attachments = input.mutations.filter((m) => m.kind === 'attachment');
  // Without an attachment mutation the documents are left out (a case whose listed files are missing): hashing
  // and extracting the same unchanged documents again would only slow the campaign down.
  if (attachments.length > 0) for (const f of files) linkSync(join(src, f), join(dir, f));
  for (const m of attachments) {
    const name = files[m.at % files.length];
    if (!name) continue;
    const other = files.find((f) => !f.endsWith(name.slice(-4))) ?? name;
    const bytes = mutateAttachment(readFileSync(join(src, name)), m, readFileSync(join(src, other)));
    rmSync(join(dir, name));
    writeFileSync(join(dir, name), bytes);
  }
  const data = parse(readFileSync(join(src, 'case.yaml'), 'utf8')) as unknown;
  mutateData(data, input.mutations);
  const asJson = input.mutations.some((m) => m.kind === 'json');
  const text = asJson ? JSON.stringify(data, null, 1) : stringify(data);
  writeFileSync(join(dir, asJson ? 'case.json' : 'case.yaml'), mutateText(text, input.mutations));
  return dir;
}

function outputsOf(run: LintRun): string[] {
  return run.results.flatMap((r) => r.findings.map((f) => `${f.message.zh}\n${f.message.en}`));
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'caselint-fuzz-'));
  const cacheHome = join(root, '.cache');
  const previousCache = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = cacheHome;
  const inputs = fc.sample(fuzzInput(BASES), { seed: options.seed, numRuns: options.runs });
  const formatters = await Promise.all(
    formatterNames().map(async (n) => [n, await getFormatter(n)] as const),
  );
  const report: FuzzReport = {
    seed: options.seed,
    inputs: 0,
    cliRuns: 0,
    lostResults: 0,
    hangs: 0,
    ruleCrashes: 0,
    formatterCrashes: 0,
    thrown: 0,
    badExitCodes: 0,
    stackTraces: 0,
    peakRssMiB: 0,
    slowestCaseMs: 0,
    durationS: 0,
    failures: [],
  };
  const fail = (index: number, kind: FuzzFailure['kind'], detail: string, input: FuzzInput) => {
    report.failures.push({ index, kind, detail: detail.slice(0, 500), input });
    log(`  ✖ input ${index}: ${kind}: ${detail.slice(0, 200)}`);
  };
  try {
    for (const [index, input] of inputs.entries()) {
      report.inputs += 1;
      const dir = materialise(root, index, input);
      const t0 = performance.now();
      let run: LintRun | undefined;
      try {
        run = await lintPaths([dir], { cwd: root, asOf: '2024-01-01', rules: getRules() });
      } catch (error) {
        report.thrown += 1;
        fail(index, 'thrown', String(error), input);
      }
      const ms = performance.now() - t0;
      report.slowestCaseMs = Math.max(report.slowestCaseMs, Math.round(ms));
      if (ms > options.caseTimeoutMs) {
        report.hangs += 1;
        fail(index, 'hang', `${Math.round(ms)} ms`, input);
      }
      if (run) {
        if (run.results.length !== 1) {
          report.lostResults += 1;
          fail(index, 'lost-result', `${run.results.length} results`, input);
        }
        const crashes = run.results
          .flatMap((r) => r.findings)
          .filter(
            (f) => f.ruleId === 'internal/error' || /执行出错|\bfailed: /.test(f.message.zh + f.message.en),
          );
        if (crashes.length > 0) {
          report.ruleCrashes += 1;
          fail(index, 'rule-crash', crashes.map((f) => `${f.ruleId}: ${f.message.en}`).join('; '), input);
        }
        const texts = outputsOf(run);
        for (const [name, formatter] of formatters) {
          try {
            texts.push(formatter?.(run, { lang: 'zh', color: false, cwd: root, quiet: false }) ?? '');
          } catch (error) {
            report.formatterCrashes += 1;
            fail(index, 'formatter-crash', `${name}: ${String(error)}`, input);
          }
        }
        const leaked = texts.find((t) => LEAK.test(t));
        if (leaked) {
          report.stackTraces += 1;
          fail(index, 'stack-trace', leaked.match(LEAK)?.[0] ?? '', input);
        }
      }
      if (options.cliEvery > 0 && index % options.cliEvery === 0) {
        report.cliRuns += 1;
        const cli = spawnSync(
          process.execPath,
          [fromRoot('bin', 'caselint.js'), 'lint', dir, '--format', 'json', '--as-of', '2024-01-01'],
          {
            cwd: root,
            encoding: 'utf8',
            timeout: options.caseTimeoutMs * 3,
            env: { ...process.env, NO_COLOR: '1' },
          },
        );
        if (cli.status === null) {
          report.hangs += 1;
          fail(index, 'hang', `CLI did not exit (${cli.signal ?? 'timeout'})`, input);
        } else if (![0, 1, 2].includes(cli.status)) {
          report.badExitCodes += 1;
          fail(index, 'exit-code', `exit ${cli.status}: ${cli.stderr}`, input);
        }
        if (LEAK.test(cli.stdout + cli.stderr)) {
          report.stackTraces += 1;
          fail(index, 'stack-trace', `CLI: ${cli.stderr || cli.stdout}`, input);
        }
        try {
          const out = JSON.parse(cli.stdout) as { results: unknown[] };
          if (out.results.length !== 1) throw new Error(`${out.results.length} results`);
        } catch (error) {
          report.lostResults += 1;
          fail(index, 'lost-result', `CLI: ${String(error)} ${cli.stderr}`, input);
        }
      }
      rmSync(dir, { recursive: true, force: true });
      const rss = process.memoryUsage().rss;
      report.peakRssMiB = Math.max(report.peakRssMiB, Math.round(rss / 1024 / 1024));
      if (rss > options.maxRssBytes) {
        fail(index, 'memory', `${Math.round(rss / 1024 / 1024)} MiB`, input);
        break;
      }
      if ((index + 1) % 250 === 0)
        log(
          `${index + 1}/${inputs.length} inputs, ${report.failures.length} failures, peak ${report.peakRssMiB} MiB`,
        );
    }
  } finally {
    await shutdown();
    if (previousCache === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = previousCache;
    rmSync(root, { recursive: true, force: true });
  }
  report.durationS = Math.round((performance.now() - started) / 100) / 10;
  return report;
}

/** true when the report shows no broken invariant */
export function clean(report: FuzzReport): boolean {
  return report.failures.length === 0;
}
