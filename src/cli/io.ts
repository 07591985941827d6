/** What a command may touch: its output streams and the process exit code (set, never called). */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** raise the exit code: the highest requested code wins (0 clean, 1 findings, 2 usage or unreadable input) */
  exit(code: number): void;
  /** true when stdout is a terminal and colour is allowed */
  color: boolean;
  /** true when stderr is a terminal (progress display) */
  stderrIsTTY: boolean;
}

export class UsageError extends Error {}
