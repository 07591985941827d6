import type { LintRun } from '../engine/run-types.js';

export type Lang = 'zh' | 'en';

export interface FormatOptions {
  lang: Lang;
  /** ANSI colour allowed (stylish only) */
  color: boolean;
  cwd: string;
  /** print only errors (--quiet) */
  quiet: boolean;
}

/** A formatter turns a lint run into the text of one output. */
export type Formatter = (run: LintRun, options: FormatOptions) => string;
