import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, resolveConfig } from '../../engine/config.js';
import { getRules, similarRuleIds } from '../../engine/registry.js';
import { lintPaths, unknownRuleIds } from '../../engine/run.js';
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
    .action(async (paths: string[], flags: LintFlags) => {
      await runLint(paths, flags, io);
    });
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
    run = await lintPaths(paths, { cwd, config, onCase: progress.update });
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
