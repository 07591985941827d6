import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { fromRoot } from '../../paths.js';
import { CASE_FILE_NAMES } from '../../load/discover.js';
import { caseTemplate } from '../../load/template.js';

/** `caselint init [dir]`: write a commented template case.yaml; never overwrite an existing case file. */
export function register(program: Command, io: CliIO): void {
  program
    .command('init')
    .description(
      '在文件夹中生成带注释的案卷模板 case.yaml / write a commented template case.yaml into a folder',
    )
    .argument('[dir]', '案卷文件夹 / case folder', '.')
    .action((dir: string) => {
      const target = resolve(process.cwd(), dir);
      const existing = CASE_FILE_NAMES.find((name) => existsSync(join(target, name)));
      if (existing) {
        io.err(
          `caselint init: ${join(dir, existing)} 已存在，不会覆盖 / already exists and will not be overwritten\n`,
        );
        io.exit(2);
        return;
      }
      try {
        mkdirSync(target, { recursive: true });
        const schemaRef = relative(target, fromRoot('schemas', 'case.schema.json')).split(sep).join('/');
        writeFileSync(join(target, 'case.yaml'), caseTemplate(schemaRef), { encoding: 'utf8', flag: 'wx' });
      } catch (error) {
        io.err(`caselint init: 无法写入 / cannot write ${join(dir, 'case.yaml')}: ${String(error)}\n`);
        io.exit(2);
        return;
      }
      io.out(
        `已生成 / wrote ${join(dir, 'case.yaml')}\n` +
          `下一步 / next: 填写案卷后运行 / fill it in, then run: caselint lint ${dir}\n`,
      );
    });
}
