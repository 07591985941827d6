#!/usr/bin/env node
// The command. It answers `--version` itself and otherwise runs the bundle, dist/caselint.cjs, compiled with a
// V8 code cache (Node 20 has no module compile cache, so the bundle is compiled here through vm.Script): a warm
// start skips parsing and compiling most of the bundle's code. See docs/architecture.md, "Start-up". CommonJS
// (bin/package.json): an ES module entry would start Node's ESM loader, a cost a command line tool pays every time.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  runThroughServerOrHere();
}

/**
 * A `lint` goes to the resident server when one of this build runs (`caselint server start`, src/server); the
 * command runs here when there is none or it cannot take the request. Without a server this costs two stat calls.
 */
function runThroughServerOrHere() {
  let viaServer;
  try {
    viaServer = require('../dist/client.cjs').runThroughServer(process.argv, join(__dirname, '..'));
  } catch {
    viaServer = undefined; // not built: run() says so
  }
  if (!viaServer) return run();
  viaServer.then(
    (result) => {
      if (result === 'in-process') run();
      else process.exitCode = result;
    },
    () => run(),
  );
}

function run() {
  let loaded;
  try {
    loaded = loadBundle();
  } catch (error) {
    // a clone that was never built: say what to do instead of printing a stack trace
    const missing = error && error.code === 'ENOENT';
    process.stderr.write(
      missing
        ? 'caselint: dist/caselint.cjs 不存在，请先运行 npm run build（the bundle is not built: run `npm run build`）\n'
        : `caselint: cannot load dist/caselint.cjs: ${error && error.message}\n`,
    );
    process.exit(2);
  }
  const { bundle, saveCache } = loaded;
  const { describeInternalError, main } = bundle;

  /** one line on stderr, never a stack trace; the process ends even if a stray handle would keep it alive */
  const fail = (error) => {
    try {
      process.stderr.write(`caselint: internal error: ${describeInternalError(error).en}\n`);
    } catch {
      // stderr is gone too
    }
    process.exit(2);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);

  main(process.argv).then(
    (code) => {
      process.exitCode = code;
      // after the run, so that the cache holds the functions this command compiled
      saveCache();
      // The work is done: give pending output time to drain, then end even if a worker or timer lingers.
      setTimeout(() => process.exit(code), 3000).unref();
    },
    (error) => fail(error),
  );
}
