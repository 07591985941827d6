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
    .option(
      '--map <mapping.yaml>',
      '台账列映射（见 docs/ledger-mapping.yaml）；输入为 .xlsx/.csv 台账 / column mapping; the input is a ledger',
    )
    .action(async (inputs: string[], flags: ImportFlags) => {
      if (flags.format !== 'yaml' && flags.format !== 'json')
        throw new UsageError(`--format: 需要 yaml 或 json / expected yaml or json, got "${flags.format}"`);
      const cwd = process.cwd();
      if (flags.map !== undefined) {
        await importLedgerCommand(inputs, flags, io);
        return;
      }
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

async function importLedgerCommand(inputs: string[], flags: ImportFlags, io: CliIO): Promise<void> {
  const cwd = process.cwd();
  if (inputs.length !== 1)
    throw new UsageError('caselint import --map: 需要一个台账文件 / expected one ledger file');
  if (!flags.out) throw new UsageError('caselint import --map: 需要 --out <dir> / --out <dir> is required');
  const { readFile } = await import('node:fs/promises');
  const { importLedger, readMapping, LedgerError } = await import('../../import/ledger.js');
  const mapFile = resolve(cwd, flags.map ?? '');
  let mapText: string;
  try {
    mapText = await readFile(mapFile, 'utf8');
  } catch {
    throw new UsageError(`caselint import: ${flags.map ?? ''}: 文件不存在 / cannot read the mapping`);
  }
  try {
    const mapping = readMapping(mapText, flags.map ?? '');
    const ledger = resolve(cwd, inputs[0] ?? '');
    const r = await importLedger(ledger, mapping, resolve(cwd, flags.out), today());
    for (const n of r.notes) io.err(`${inputs[0] ?? ''}:${String(n.row)}: 注意 / note: ${n.message}\n`);
    for (const e of r.errors) io.err(`${inputs[0] ?? ''}:${String(e.row)}: ${e.message}\n`);
    io.out(
      `已生成 ${String(r.written.length)} 个案卷 / wrote ${String(r.written.length)} case folders under ${flags.out}` +
        (r.errors.length > 0
          ? `；${String(new Set(r.errors.map((e) => e.row)).size)} 行未导入 / rows not imported`
          : '') +
        '\n',
    );
    if (r.errors.length > 0) io.exit(1);
  } catch (error) {
    if (error instanceof LedgerError) throw new UsageError(`caselint import: ${error.message}`);
    throw error;
  }
}
