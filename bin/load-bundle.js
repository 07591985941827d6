// Loads dist/caselint.cjs with a V8 code cache (vm.Script with cachedData; the bundle holds no import(), see
// scripts/build-bundle.mjs). The cache is a private folder of the user in the system's temporary directory, one
// file per bundle build, Node version and command; V8 itself rejects a cache that does not match the code or the
// engine, and then it is written again. NODE_DISABLE_COMPILE_CACHE=1 turns it off (the bundle is then required).
'use strict';
const {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'caselint.cjs');

/** FNV-1a, to name cache files (not a security measure: the folder's ownership is) */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** the user's own cache folder, or undefined when it cannot be trusted (another owner, writable by others) */
function cacheFolder() {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `caselint-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return undefined;
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** the first argument that is not an option: the command, so that each command's cache holds its own code */
function commandOf(argv) {
  return argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
}

function loadBundle(argv = process.argv) {
  const bundleRequire = createRequire(BUNDLE);
  const dir = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
  if (!dir) return { bundle: bundleRequire(BUNDLE), saveCache() {} };

  // ASCII by construction (scripts/build-bundle.mjs): latin1 reads it without decoding
  const source = readFileSync(BUNDLE, 'latin1');
  const st = statSync(BUNDLE);
  const prefix = hash(BUNDLE);
  const stamp = hash([st.size, st.mtimeMs, process.version, process.arch, commandOf(argv)].join('\0'));
  const file = join(dir, `${prefix}-${stamp}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(file);
  } catch {
    // no cache yet
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const bundleModule = { exports: {}, filename: BUNDLE };
  script.runInThisContext()(bundleModule.exports, bundleRequire, bundleModule, BUNDLE, dirname(BUNDLE));

  return {
    bundle: bundleModule.exports,
    /** writes the cache when there was none or V8 refused it; call it after the command ran */
    saveCache() {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        const data = script.createCachedData();
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, data, { mode: 0o600 });
        renameSync(partial, file);
        // caches written before this build of the bundle are of no further use
        for (const name of readdirSync(dir)) {
          if (!name.startsWith(`${prefix}-`)) continue;
          const old = join(dir, name);
          if (statSync(old).mtimeMs < st.mtimeMs) rmSync(old, { force: true });
        }
      } catch {
        // a cache that cannot be written only costs the next start its compile time
      }
    },
  };
}

module.exports = { loadBundle };
