/**
 * `caselint import <documents…|folder>`: drafts a caselint/1 case from a case's documents (行政处罚决定书 first,
 * then 事先告知书, 送达回证, 立案审批表). Prints the draft (YAML with source comments, or JSON with --format json),
 * or writes <out>/case.yaml with --out (never over an existing case file). The import code loads only here.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { fromRoot } from '../../paths.js';
import { CASE_FILE_NAMES } from '../../load/discover.js';
import { UsageError, type CliIO } from '../io.js';

interface ImportFlags {
  out?: string;
  format: string;
  map?: string;
}

function today(): string {
  // China time: the draft's date note is a civil date
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function register(program: Command, io: CliIO): void {
  program
    .command('import')
    .description(
      '从案件文书（决定书、告知书、送达回证、立案审批表）生成案卷草稿，或从台账生成案卷 / draft a case from its documents, or cases from a ledger',
    )
    .argument('<inputs...>', '文书文件或案件文件夹（.docx .pdf .txt）/ documents or a case folder')
    .option('--out <dir>', '写入 <dir>/case.yaml（不覆盖已有案卷）/ write <dir>/case.yaml (never overwrites)')
    .option('--format <format>', '输出格式 yaml|json / output format', 'yaml')
    .action(async (inputs: string[], flags: ImportFlags) => {
      if (flags.format !== 'yaml' && flags.format !== 'json')
        throw new UsageError(`--format: 需要 yaml 或 json / expected yaml or json, got "${flags.format}"`);
      const cwd = process.cwd();
      const { collectInputs, readInputs, importTexts, ImportInputError } =
        await import('../../import/index.js');
      const { draftToYaml } = await import('../../import/draft.js');
      let files: string[];
      let base: string;
      try {
        ({ files, base } = await collectInputs(inputs, cwd));
      } catch (error) {
        if (error instanceof ImportInputError) throw new UsageError(`caselint import: ${error.message}`);
        throw error;
      }
      const outDir = flags.out ? resolve(cwd, flags.out) : base;
      if (flags.out) {
        const existing = CASE_FILE_NAMES.find((n) => existsSync(join(outDir, n)));
        if (existing)
          throw new UsageError(
            `caselint import: ${join(flags.out, existing)} 已存在，不会覆盖 / already exists and will not be overwritten`,
          );
      }
      const texts = await readInputs(files, outDir);
      if (texts.length === 0) throw new UsageError('caselint import: 没有可读取的文书 / no documents found');
      const draft = importTexts(texts, today());
      for (const t of texts.filter((x) => x.textNote && !x.scanned))
        io.err(`caselint import: ${t.name}: ${t.textNote ?? ''}\n`);
      if (!texts.some((t) => t.text !== undefined && /决定书/.test(t.name + t.text.slice(0, 200))))
        io.err('caselint import: 未找到可读的行政处罚决定书 / no readable decision found\n');
      if (draft.gaps.length > 0)
        io.err(`caselint import: 草稿须补充 / the draft needs: ${draft.gaps.join(', ')}\n`);
      if (flags.format === 'json') {
        io.out(`${JSON.stringify(draft.data, null, 2)}\n`);
        return;
      }
      const schemaRef = relative(outDir, fromRoot('schemas', 'case.schema.json')).split(sep).join('/');
      const yaml = draftToYaml(draft, schemaRef);
      if (!flags.out) {
        io.out(yaml);
        return;
      }
      try {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, 'case.yaml'), yaml, { encoding: 'utf8', flag: 'wx' });
      } catch (error) {
        io.err(
          `caselint import: 无法写入 / cannot write ${join(flags.out, 'case.yaml')}: ${String(error)}\n`,
        );
        io.exit(2);
        return;
      }
      io.out(
        `已生成草稿 / wrote ${join(flags.out, 'case.yaml')}\n下一步 / next: 核对注释中的“未记录”项后运行 / check the 未记录 notes, then run: caselint lint ${flags.out}\n`,
      );
    });
}
