import type { CliIO } from '../cli/io.js';

/** A one-line progress display on stderr, only when stderr is a terminal and the run is long. */
export function progressReporter(
  io: CliIO,
  minCases = 50,
): { update: (done: number, total: number) => void; pause: () => void; done: () => void } {
  let shown = false;
  let last = 0;
  return {
    update(done, total) {
      if (!io.stderrIsTTY || total < minCases) return;
      const now = Date.now();
      if (done !== total && now - last < 100) return;
      last = now;
      shown = true;
      io.err(`\r检查中 / checking ${done}/${total} (${Math.round((done / total) * 100)}%)`);
    },
    /** clears the line before other text reaches the terminal (the next update draws it again) */
    pause() {
      if (shown) io.err('\r\x1b[K');
      shown = false;
    },
    done() {
      if (shown) io.err('\r\x1b[K');
    },
  };
}
