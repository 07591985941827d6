import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CASE_FILE_NAMES } from '../../load/discover.js';
import type { Command } from 'commander';
import { ConfigError, resolveConfig } from '../../engine/config.js';
import { getRule, getRules } from '../../engine/registry.js';
import { lintPaths, selectRules } from '../../engine/run.js';
import { unknownRuleMessage } from '../../engine/rule-options.js';
import { DEFAULT_CACHE_FILE } from '../../engine/cache.js';
import { workerSetting } from '../runtime.js';
import type { CaseResult, LintRun } from '../../engine/run-types.js';
import { formatterNames, getStreamFormat } from '../../format/index.js';
import { runEnd, type RunEnd, type RunStart, type StreamFormat } from '../../format/stream.js';
import { FormatSink } from '../../format/sink.js';
import type { Lang } from '../../format/types.js';
import { progressReporter } from '../../format/progress.js';
import { UsageError, type CliIO } from '../io.js';
import { collect, parseCount, parseDateOption, parseLang } from '../options.js';

interface LintFlags {
  format: string[];
  outputFile?: string;
  lang?: Lang;
  asOf?: string;
  maxWarnings?: number;
  quiet?: boolean;
  config?: string;
  rule: string[];
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

export function register(program: Command, io: CliIO): void {
  program
    .command('lint', { isDefault: true })
    .description('检查案卷（默认命令）/ check case files (default command)')
    .argument('[paths...]', '案卷文件夹或文件 / case folders or files', [])
    .option(
      '-f, --format <name[:file]>',
      `输出格式 / output format (${[...formatterNames(), 'xlsx'].join('|')}); repeatable, name:file writes to a file (xlsx: 整改清单, file only)`,
      collect,
      [],
    )
    .option('-o, --output-file <file>', '将输出写入文件 / write the output to a file')
    .option('--lang <zh|en>', '消息语言 / message language', parseLang)
    .option('--as-of <date>', '判断期限的基准日 / judge deadlines as of this date (YYYY-MM-DD)', (v) =>
      parseDateOption(v),
    )
    .option('--max-warnings <n>', '警告数超过此值则失败 / fail when warnings exceed n', (v) =>
      parseCount(v, '--max-warnings'),
    )
    .option('--quiet', '只报告错误 / report errors only')
    .option('-c, --config <file>', '配置文件 / configuration file')
    .option(
      '--rule <id=severity>',
      '覆盖规则严重程度 / override a rule severity (error|warning|info|off); repeatable',
      collect,
      [],
    )
    .option('--cache', '只检查变化的案卷 / only check cases that changed since the last run')
    .option(
      '--cache-location <path>',
      `缓存文件或文件夹 / cache file or folder (default ${DEFAULT_CACHE_FILE})`,
    )
    .option(
      '--concurrency <n|auto|off>',
      '工作线程数 / worker threads (auto: one per core, above a few dozen cases)',
      parseConcurrency,
    )
    .option('--stdin', '从标准输入读取案卷文件 / read the case file from standard input')
    .option(
      '--stdin-filename <file>',
      '标准输入的案卷文件名（附件相对其文件夹）/ the file name of the standard input (attachments are found beside it)',
    )
    .option(
      '--print-config <case>',
      '打印检查该案卷时使用的配置 / print the configuration used for this case and exit',
    )
    .option(
      '--fix',
      '先做不改变法律事实的机械修正（sha256、日期、条文写法、证号加引号、补列文件）再检查 / apply mechanical fixes, then lint',
    )
    .option(
      '--fix-dry-run',
      '以统一差异格式显示 --fix 将做的修改，不写入 / print the fixes as a unified diff, write nothing',
    )
    .action(async (paths: string[], flags: LintFlags) => {
      if (flags.printConfig !== undefined) printConfig(flags, io);
      else if (flags.fixDryRun) await runFix(paths, false, io);
      else {
        if (flags.fix) await runFix(paths, true, io);
        await runLint(paths, flags, io);
      }
    });
}

function parseConcurrency(value: string): string {
  if (value === 'auto' || value === 'off' || /^[1-9]\d*$/.test(value)) return value;
  throw new UsageError(
    `--concurrency 只能是正整数、auto 或 off / --concurrency expects a number, auto or off, got "${value}"`,
  );
}

/** ESLint's rule: a folder (existing, or written with a trailing slash) holds the default file name */
export function cacheFileOf(cwd: string, location: string | undefined): string {
  if (!location) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, DEFAULT_CACHE_FILE) : path;
}

/** --rule id=severity, each id a rule of caselint's (else a usage error with the nearest ids) */
function parseRuleOverrides(values: string[], lang: Lang | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const m = /^([^=\s]+)=(error|warning|info|off)$/.exec(value);
    if (!m?.[1] || !m[2]) {
      throw new UsageError(
        `--rule 需要 规则=严重程度，如 procedure/filing-deadline=warning / --rule expects id=severity, got "${value}"`,
      );
    }
    if (!getRule(m[1])) throw new UsageError(`--rule: ${unknownRuleMessage(m[1], getRules())[lang ?? 'zh']}`);
    out[m[1]] = m[2];
  }
  return out;
}

/** outputs written only to a file (binary); loaded only when asked for */
const BINARY_FORMATS = ['xlsx'];

interface OutputTarget {
  name: string;
  file?: string;
}

function parseTargets(formats: string[], outputFile: string | undefined): OutputTarget[] {
  const list = formats.length > 0 ? formats : ['stylish'];
  const targets = list.map((spec): OutputTarget => {
    const i = spec.indexOf(':');
    return i < 0 ? { name: spec } : { name: spec.slice(0, i), file: spec.slice(i + 1) };
  });
  const names = [...formatterNames(), ...BINARY_FORMATS];
  for (const t of targets) {
    if (BINARY_FORMATS.includes(t.name) && !t.file)
      throw new UsageError(`--format ${t.name} 需要文件名 / needs a file: --format ${t.name}:整改清单.xlsx`);
    if (!names.includes(t.name))
      throw new UsageError(`未知输出格式 / unknown format "${t.name}" (${names.join(', ')})`);
  }
  const first = targets.find((t) => t.file === undefined);
  if (outputFile && first) first.file = outputFile;
  return targets;
}

/** --fix / --fix-dry-run: the fixes of every YAML case file found under the paths (src/fix, loaded only here) */
async function runFix(paths: string[], write: boolean, io: CliIO): Promise<void> {
  const cwd = process.cwd();
  const { discoverCases } = await import('../../load/discover.js');
  const { fixCaseFile, fixDiff, ALL_FIXES } = await import('../../fix/index.js');
  const found = await discoverCases(paths.length > 0 ? paths : ['.'], cwd);
  for (const target of found.targets) {
    const caseFile = statSync(target).isDirectory()
      ? CASE_FILE_NAMES.map((n) => join(target, n)).find((f) => existsSync(f))
      : target;
    if (!caseFile) continue;
    const shown = relative(cwd, caseFile) || caseFile;
    const r = await fixCaseFile(caseFile, ALL_FIXES);
    if (r.skipped) {
      io.err(`caselint --fix: ${shown}: ${r.skipped}\n`);
      continue;
    }
    if (r.after === r.before) continue;
    if (!write) {
      io.out(await fixDiff(r, shown.split(sep).join('/')));
      continue;
    }
    writeFileSync(caseFile, r.after, 'utf8');
    const kinds = [...new Set(r.applied.map((a) => a.kind))].join(', ');
    io.err(`caselint --fix: ${shown}: ${String(r.applied.length)} 处修正 / fixes (${kinds})\n`);
  }
}

async function runLint(paths: string[], flags: LintFlags, io: CliIO): Promise<void> {
  const cwd = process.cwd();
  const ruleOverrides = parseRuleOverrides(flags.rule, flags.lang);
  const targets = parseTargets(flags.format, flags.outputFile);
  let lang: Lang = flags.lang ?? 'zh';
  let run: LintRun;
  const outputs = new StreamedOutputs(targets, io, cwd, Boolean(flags.quiet));
  try {
    const config = resolveConfig({
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      ruleOverrides,
      rules: getRules(),
      knownRules: getRules(),
    });
    if (!flags.lang && config.lang) lang = config.lang;
    const progress = progressReporter(io);
    const stdin = flags.stdin ? await readStdin(flags, paths) : undefined;
    await outputs.load();
    run = await lintPaths(paths, {
      cwd,
      config,
      rules: getRules(),
      knownRules: getRules(),
      onCase: progress.update,
      // each format writes a case's text as it arrives; only the workbook needs every result at the end
      onStart: (start) => outputs.start(start, lang, progress.pause),
      onResult: (result) => outputs.add(result),
      keepResults: targets.some((t) => BINARY_FORMATS.includes(t.name)),
      // the html format draws each case's timeline: it needs the normalised case (dropped once drawn)
      keepCase: targets.some((t) => t.name === 'html'),
      workers: workerSetting(flags.concurrency),
      ...(flags.cache ? { cacheFile: cacheFileOf(cwd, flags.cacheLocation) } : {}),
      ...(stdin ? { stdin } : {}),
    });
    progress.done();
    outputs.finish(runEnd(run));
  } catch (error) {
    outputs.dispose();
    if (error instanceof ConfigError) {
      io.err(`${error.text(flags.lang, cwd)}\n`);
      io.exit(2);
      return;
    }
    throw error;
  }
  for (const target of targets) {
    if (target.name === 'xlsx' && target.file) {
      const { rectificationWorkbook } = await import('../../format/xlsx.js');
      writeFileSync(resolve(cwd, target.file), await rectificationWorkbook(run, lang));
    }
  }
  if (run.fatalInputError) io.exit(2);
  else if (run.errorCount > 0) io.exit(1);
  else if (flags.maxWarnings !== undefined && run.warningCount > flags.maxWarnings) {
    io.err(
      `caselint: 警告 ${run.warningCount} 项，超过 --max-warnings ${flags.maxWarnings} / ${run.warningCount} warnings exceed --max-warnings ${flags.maxWarnings}\n`,
    );
    io.exit(1);
  }
}

/** the text outputs of a lint run, each written case by case as the results arrive (src/format/sink.ts) */
class StreamedOutputs {
  private formats: (StreamFormat | undefined)[] = [];
  private sinks: FormatSink[] = [];
  private files: number[] = [];

  constructor(
    private readonly targets: OutputTarget[],
    private readonly io: CliIO,
    private readonly cwd: string,
    private readonly quiet: boolean,
  ) {}

  async load(): Promise<void> {
    this.formats = await Promise.all(
      this.targets.map((t) => (BINARY_FORMATS.includes(t.name) ? undefined : getStreamFormat(t.name))),
    );
  }

  start(start: RunStart, lang: Lang, beforeTerminalText: () => void): void {
    this.targets.forEach((target, i) => {
      const format = this.formats[i];
      if (!format) return;
      let write: (text: string) => void;
      if (target.file) {
        const fd = openSync(resolve(this.cwd, target.file), 'w');
        this.files.push(fd);
        write = (text) => void writeSync(fd, text);
      } else {
        write = (text) => {
          beforeTerminalText();
          this.io.out(text);
        };
      }
      const options = { lang, color: this.io.color && !target.file, cwd: this.cwd, quiet: this.quiet };
      this.sinks.push(new FormatSink(format(start, options), target.name, write));
    });
  }

  add(result: CaseResult): void {
    for (const sink of this.sinks) sink.add(result);
  }

  finish(end: RunEnd): void {
    try {
      for (const sink of this.sinks) sink.finish(end);
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    for (const sink of this.sinks) sink.dispose();
    for (const fd of this.files) closeSync(fd);
    this.sinks = [];
    this.files = [];
  }
}

async function readStdin(flags: LintFlags, paths: string[]): Promise<{ file: string; contents: Uint8Array }> {
  if (paths.length > 0)
    throw new UsageError(
      '--stdin 不能与路径同时使用 / --stdin takes no paths (name the buffer with --stdin-filename)',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { file: flags.stdinFilename ?? 'case.yaml', contents: Buffer.concat(chunks) };
}

/** --print-config <case>: the resolved configuration the lint of that case uses, as JSON (rules with their options) */
function printConfig(flags: LintFlags, io: CliIO): void {
  const cwd = process.cwd();
  const target = resolve(cwd, flags.printConfig ?? '.');
  if (!existsSync(target))
    throw new UsageError(`路径不存在 / no such file or folder: ${flags.printConfig ?? ''}`);
  let config;
  try {
    config = resolveConfig({
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      ruleOverrides: parseRuleOverrides(flags.rule, flags.lang),
      rules: getRules(),
      knownRules: getRules(),
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.text(flags.lang, cwd)}\n`);
      io.exit(2);
      return;
    }
    throw error;
  }
  const active = new Map(selectRules(config, getRules()).map((a) => [a.rule.meta.id, a]));
  const rules = Object.fromEntries(
    getRules().map((r) => {
      const a = active.get(r.meta.id);
      return [r.meta.id, a ? [a.severity, a.options] : ['off']];
    }),
  );
  const { rules: _configured, ...settings } = config;
  io.out(`${JSON.stringify({ case: flags.printConfig, ...settings, rules }, null, 2)}\n`);
}
