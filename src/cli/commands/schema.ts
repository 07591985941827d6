import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { fromRoot } from '../../paths.js';
import { UsageError, type CliIO } from '../io.js';

export function register(program: Command, io: CliIO): void {
  program
    .command('schema')
    .description('输出案卷 JSON Schema / print the case-file JSON Schema')
    .argument('[which]', 'case | config', 'case')
    .action((which: string) => {
      if (which !== 'case' && which !== 'config')
        throw new UsageError(`schema: case 或 config / expected case or config, got "${which}"`);
      io.out(readFileSync(fromRoot('schemas', `${which}.schema.json`), 'utf8'));
    });
}
