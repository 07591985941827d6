import type { Command } from 'commander';
import type { CliIO } from '../io.js';

// Placeholder: replaced by the issue that owns the `report` command.
export function register(program: Command, io: CliIO): void {
  program
    .command('report')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      io.err('caselint report: not available in this build\n');
      io.exit(2);
    });
}
