import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { register as lint } from './lint.js';
import { register as rules } from './rules.js';
import { register as explain } from './explain.js';
import { register as schema } from './schema.js';
import { register as init } from './init.js';
import { register as period } from './period.js';
import { register as law } from './law.js';
import { register as hash } from './hash.js';
import { register as deadlines } from './deadlines.js';
import { register as report } from './report.js';
import { register as stats } from './stats.js';
import { register as importCommand } from './import.js';
import { register as server } from './server.js';

/** Every command, in the order `caselint --help` lists them. */
export const commands: ((program: Command, io: CliIO) => void)[] = [
  lint,
  rules,
  explain,
  schema,
  init,
  period,
  law,
  hash,
  deadlines,
  report,
  stats,
  importCommand,
  server,
];
