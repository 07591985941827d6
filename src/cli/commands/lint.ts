import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, resolveConfig } from '../../engine/config.js';
import { getRules, similarRuleIds } from '../../engine/registry.js';
import { lintPaths, unknownRuleIds } from '../../engine/run.js';
import { DEFAULT_CACHE_FILE } from '../../engine/cache.js';
import { workerSetting } from '../runtime.js';
import type { LintRun } from '../../engine/run-types.js';
import { formatterNames, getFormatter } from '../../format/index.js';
import type { Lang } from '../../format/types.js';
import { progressReporter } from '../../format/progress.js';
import { formatIsolated } from '../../format/isolate.js';
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
}

export function register(program: Command, io: CliIO): void {
  program
    .command('lint', { isDefault: true })
    .description('检查案卷（默认命令）/ check case files (default command)')
    .argument('[paths...]', '案卷文件夹或文件 / case folders or files', [])
    .option(
      '-f, --format <name[:file]>',
      `输出格式 / output format (${formatterNames().join('|')}); repeatable, name:file writes to a file`,
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
    .action(async (paths: string[], flags: LintFlags) => {
      await runLint(paths, flags, io);
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

function parseRuleOverrides(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const m = /^([a-z]+\/[a-z0-9-]+)=(error|warning|info|off)$/.exec(value);
    if (!m?.[1] || !m[2]) {
      throw new UsageError(
        `--rule 需要 规则=严重程度，如 procedure/filing-deadline=warning / --rule expects id=severity, got "${value}"`,
      );
    }
    out[m[1]] = m[2];
  }
  return out;
}

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
  const names = formatterNames();
  for (const t of targets) {
    if (!names.includes(t.name))
      throw new UsageError(`未知输出格式 / unknown format "${t.name}" (${names.join(', ')})`);
  }
  const first = targets.find((t) => t.file === undefined);
  if (outputFile && first) first.file = outputFile;
  return targets;
}

async function runLint(paths: string[], flags: LintFlags, io: CliIO): Promise<void> {
  const cwd = process.cwd();
  const ruleOverrides = parseRuleOverrides(flags.rule);
  const targets = parseTargets(flags.format, flags.outputFile);
  let lang: Lang = flags.lang ?? 'zh';
  let run: LintRun;
  try {
    const config = resolveConfig({
      cwd,
      ...(flags.config ? { configPath: flags.config } : {}),
      ...(flags.asOf ? { asOf: flags.asOf } : {}),
      ruleOverrides,
    });
    if (!flags.lang && config.lang) lang = config.lang;
    const unknown = unknownRuleIds(config, getRules());
    if (unknown.length > 0) {
      const hints = unknown.map(
        (id) =>
          `${id}${similarRuleIds(id).length ? ` (→ ${similarRuleIds(id).slice(0, 3).join(', ')})` : ''}`,
      );
      throw new UsageError(
        `未知规则 / unknown rule: ${hints.join('; ')}. 用 caselint rules 查看全部规则 / see caselint rules`,
      );
    }
    const progress = progressReporter(io);
    run = await lintPaths(paths, {
      cwd,
      config,
      rules: getRules(),
      onCase: progress.update,
      // the html format draws each case's timeline: it needs the normalised case
      keepCase: targets.some((t) => t.name === 'html'),
      workers: workerSetting(flags.concurrency),
      ...(flags.cache ? { cacheFile: cacheFileOf(cwd, flags.cacheLocation) } : {}),
    });
    progress.done();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`caselint: 配置文件错误 / configuration error: ${error.message}\n`);
      io.exit(2);
      return;
    }
    throw error;
  }
  for (const target of targets) {
    const formatter = await getFormatter(target.name);
    if (!formatter) continue;
    const text = formatIsolated(formatter, target.name, run, {
      lang,
      color: io.color && !target.file,
      cwd,
      quiet: Boolean(flags.quiet),
    });
    if (target.file) writeFileSync(resolve(cwd, target.file), text);
    else io.out(text);
  }
  if (run.fatalInputError) io.exit(2);
  else if (run.errorCount > 0) io.exit(1);
  else if (flags.maxWarnings !== undefined && run.warningCount > flags.maxWarnings) io.exit(1);
}
