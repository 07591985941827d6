#!/usr/bin/env node
import { describeInternalError, main } from '../dist/caselint.js';

/** one line on stderr, never a stack trace; the process ends even if a stray handle would keep it alive */
function fail(error) {
  try {
    process.stderr.write(`caselint: internal error: ${describeInternalError(error).en}\n`);
  } catch {
    // stderr is gone too
  }
  process.exit(2);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main(process.argv).then(
  (code) => {
    process.exitCode = code;
    // The work is done: give pending output time to drain, then end even if a worker or timer lingers.
    setTimeout(() => process.exit(code), 3000).unref();
  },
  (error) => fail(error),
);
