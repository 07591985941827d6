import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { fromRoot } from '../../paths.js';
import { UsageError, type CliIO } from '../io.js';

const SCHEMAS = ['case', 'config'] as const;

/** the case repository's editor settings: the YAML language server (and VS Code's JSON) validate case files */
function editorSettings(
  folder: string,
  files: Record<(typeof SCHEMAS)[number], string>,
): Record<string, unknown> {
  const workspace = basename(folder) === '.vscode' ? dirname(folder) : folder;
  const rel = (file: string) => `./${relative(workspace, file).split(sep).join('/')}`;
  return {
    'yaml.schemas': {
      [rel(files.case)]: ['**/case.yaml', '**/case.yml'],
      [rel(files.config)]: ['**/caselint.config.yaml', '**/caselint.config.yml'],
    },
    'json.schemas': [{ fileMatch: ['**/case.json'], url: rel(files.case) }],
  };
}

function writeEditorSetup(dir: string, io: CliIO): void {
  const folder = resolve(process.cwd(), dir);
  mkdirSync(folder, { recursive: true });
  const files = {
    case: join(folder, 'caselint.case.schema.json'),
    config: join(folder, 'caselint.config.schema.json'),
  };
  for (const which of SCHEMAS)
    writeFileSync(files[which], readFileSync(fromRoot('schemas', `${which}.schema.json`)));
  const settingsFile = join(folder, 'settings.json');
  const ours = editorSettings(folder, files);
  let settings: Record<string, unknown> = {};
  if (existsSync(settingsFile)) {
    try {
      settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
    } catch {
      // settings.json with comments (JSONC) is not rewritten: the user merges the lines by hand
      io.out(`${settingsFile} 含注释或无法解析，未修改；请手工加入 / not valid JSON, left as it is; add:\n`);
      io.out(`${JSON.stringify(ours, null, 2)}\n`);
      return;
    }
  }
  const yamlSchemas = {
    ...(settings['yaml.schemas'] as Record<string, unknown> | undefined),
    ...(ours['yaml.schemas'] as object),
  };
  const jsonSchemas = [
    ...((settings['json.schemas'] as { url?: string }[] | undefined) ?? []).filter(
      (s) => !String(s.url ?? '').endsWith('caselint.case.schema.json'),
    ),
    ...(ours['json.schemas'] as object[]),
  ];
  writeFileSync(
    settingsFile,
    `${JSON.stringify({ ...settings, 'yaml.schemas': yamlSchemas, 'json.schemas': jsonSchemas }, null, 2)}\n`,
  );
  io.out(
    `已写入 / wrote ${relative(process.cwd(), files.case)}, ${relative(process.cwd(), files.config)}, ${relative(process.cwd(), settingsFile)}\n`,
  );
}

export function register(program: Command, io: CliIO): void {
  program
    .command('schema')
    .description(
      '输出案卷 JSON Schema，或为编辑器写入 Schema 与设置 / print the JSON Schema, or set up an editor (--write .vscode)',
    )
    .argument('[which]', 'case | config', 'case')
    .option(
      '--write <dir>',
      '把两个 Schema 复制到该文件夹并写入 settings.json（YAML 语言服务器）/ copy both schemas there and point the editor settings at them',
    )
    .action((which: string, flags: { write?: string }) => {
      if (which !== 'case' && which !== 'config')
        throw new UsageError(`schema: case 或 config / expected case or config, got "${which}"`);
      if (flags.write !== undefined) writeEditorSetup(flags.write, io);
      else io.out(readFileSync(fromRoot('schemas', `${which}.schema.json`), 'utf8'));
    });
}
