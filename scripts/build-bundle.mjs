#!/usr/bin/env node
// Bundles the CLI, the API and the lint worker into one file, dist/caselint.cjs (run by `npm run build` after tsc,
// which emits the type declarations), plus dist/caselint.js, the ESM face of the API that re-exports it. Heavy
// libraries stay external and load on first use (src/lazy.ts and the dynamic imports), so start-up pays only for
// what a command needs.
//
// Why CommonJS: bin/caselint.js compiles the bundle through vm.Script with a V8 code cache, which Node 20 offers
// for scripts only (module.enableCompileCache() is Node >= 22.1). import.meta.url becomes the bundle's file URL.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** loaded lazily (createRequire or import()) from node_modules, never at start-up */
export const LAZY_EXTERNALS = [
  'ajv',
  'ajv-formats',
  'ajv-i18n',
  'yaml',
  'docx',
  'mammoth',
  'unpdf',
  'exceljs',
];

/**
 * src/load/embedded-validators.ts gets the precompiled validators as code (and the ajv runtime helpers they
 * require, bundled), each only if it was generated from the schema as it is now; a stale one is left out and the
 * bundle falls back to the .txt file or to compiling the schema, as the sources do.
 */
const embedValidators = {
  name: 'embed-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]load[\\/]embedded-validators\.ts$/ }, () => {
      const resolve = createRequire(join(root, 'package.json')).resolve;
      const validators = [];
      const helpers = new Set();
      for (const [name, schema, generated] of [
        ['case', 'schemas/case.schema.json', 'src/load/case-validator.generated.txt'],
        ['config', 'schemas/config.schema.json', 'src/engine/config-validator.generated.txt'],
      ]) {
        const hash = createHash('sha256')
          .update(readFileSync(join(root, schema), 'utf8'))
          .digest('hex');
        const code = readFileSync(join(root, generated), 'utf8');
        if (!code.startsWith(`// schema-sha256: ${hash}\n`)) {
          console.warn(
            `build-bundle: ${generated} is stale (npx tsx src/load/gen-validator.ts); not embedded`,
          );
          continue;
        }
        for (const m of code.matchAll(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)/g)) helpers.add(m[1]);
        validators.push(`${name}: function (require, module, exports) {\n${code}\n}`);
      }
      const imports = [...helpers].map(
        (id, i) => `const helper${i} = require(${JSON.stringify(resolve(id))});`,
      );
      const runtime = [...helpers].map((id, i) => `${JSON.stringify(id)}: helper${i}`);
      return {
        contents: `${imports.join('\n')}
export const EMBEDDED_VALIDATORS = {${validators.join(',\n')}};
export const EMBEDDED_RUNTIME = {${runtime.join(', ')}};
`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

/**
 * src/law/verified-data.ts gets the SHA-256 of each knowledge-base YAML whose compiled JSON copy (src/law/data/
 * compiled/, written by scripts/gen-law-doc.ts) was made from the YAML as it is now, so that the bundle reads only
 * the copy at start; a stale copy is left out and read as from the sources (the YAML checked, or parsed).
 */
const verifyLawData = {
  name: 'verify-law-data',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]law[\\/]verified-data\.ts$/ }, () => {
      const data = join(root, 'src', 'law', 'data');
      const names = readdirSync(data)
        .filter((f) => f.endsWith('.yaml'))
        .concat(
          readdirSync(join(data, 'benchmarks'))
            .filter((f) => f.endsWith('.yaml'))
            .map((f) => `benchmarks/${f}`),
        );
      const verified = {};
      for (const name of names.sort()) {
        const sha = createHash('sha256')
          .update(readFileSync(join(data, name), 'utf8'))
          .digest('hex');
        try {
          const compiled = JSON.parse(
            readFileSync(join(data, 'compiled', name.replace(/\.yaml$/, '.json')), 'utf8'),
          );
          if (compiled.sha256 === sha) verified[name] = sha;
          else
            console.warn(
              `build-bundle: the compiled copy of ${name} is stale (npx tsx scripts/gen-law-doc.ts); not verified`,
            );
        } catch {
          console.warn(`build-bundle: no compiled copy of ${name}; not verified`);
        }
      }
      return {
        contents: `export const VERIFIED_LAW_DATA = ${JSON.stringify(verified)};\n`,
        loader: 'js',
      };
    });
  },
};

/**
 * Node built-ins that cost milliseconds to load and that the CommonJS packages in the bundle require without
 * needing them at start: commander requires child_process (~6 ms) for executable subcommands, which caselint has
 * none of. Such a module is required when one of its members is first read. (Not for caselint's own ESM imports:
 * esbuild copies the members of a CommonJS module into the importer's namespace, which would load it at once.)
 */
const LAZY_BUILTINS = ['child_process'];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin'
        ? { path: `node:${args.path.replace(/^node:/, '')}`, external: true }
        : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real;
const load = () => (real ??= require('node:${args.path}'));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const d = Reflect.getOwnPropertyDescriptor(load(), key);
    return d && { ...d, configurable: true };
  },
});
`,
      loader: 'js',
    }));
  },
};

const result = await build({
  plugins: [embedValidators, verifyLawData, lazyBuiltins],
  entryPoints: [join(root, 'src', 'bundle.ts')],
  outfile: join(root, 'dist', 'caselint.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // createRequire/import of these stays a runtime lookup (their subpaths too)
  external: LAZY_EXTERNALS.flatMap((name) => [name, `${name}/*`]),
  define: { 'import.meta.url': '__caselintUrl' },
  // import() becomes require(): V8's code cache of a vm.Script cannot keep a dynamic import callback on Node 20
  supported: { 'dynamic-import': false },
  banner: { js: "var __caselintUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  // `node scripts/build-bundle.mjs --no-minify`: readable names in a CPU profile (node --cpu-prof)
  minify: !process.argv.includes('--no-minify'),
  keepNames: false,
  logLevel: 'warning',
  metafile: true,
});

// ASCII only, so that bin/load-bundle.js reads it as latin1: a one-byte string, no UTF-8 decoding (~3 ms of every
// start). esbuild escapes strings but leaves some regular-expression literals as they are; \uXXXX means the same
// there (an astral character becomes its surrogate pair, which a /u pattern reads as the one code point).
const bundlePath = join(root, 'dist', 'caselint.cjs');
const code = readFileSync(bundlePath, 'utf8');
// a backslash before such a character (an identity escape like \（) would turn the escape into a literal backslash
if (/\\[\u0080-\uffff]/.test(code)) {
  console.error('build-bundle: an escaped non-ASCII character in the bundle; cannot make it ASCII safely');
  process.exit(1);
}
const ascii = code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
if (ascii !== code) writeFileSync(bundlePath, ascii);

// a static import of a lazy library would load it at every start: refuse the bundle
const eager = Object.values(result.metafile.outputs)
  .flatMap((output) => output.imports)
  .filter((i) => i.external && i.kind === 'import-statement')
  .map((i) => i.path)
  .filter((path) => LAZY_EXTERNALS.some((name) => path === name || path.startsWith(`${name}/`)));
if (eager.length > 0) {
  console.error(
    `build-bundle: ${[...new Set(eager)].join(', ')} imported statically; load it on first use (src/lazy.ts, createRequire or import())`,
  );
  process.exit(1);
}

// dist/client.cjs: the command line's side of the resident server (src/server/client.ts), loaded before the bundle
// and small enough to need no code cache
await build({
  entryPoints: [join(root, 'src', 'server', 'client.ts')],
  outfile: join(root, 'dist', 'client.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// the ESM entry of the API (package.json exports). Named exports listed here rather than `export * from` the
// CommonJS file, which would make Node scan the whole bundle for its export names at every import.
const names = Object.keys(createRequire(import.meta.url)(join(root, 'dist', 'caselint.cjs'))).sort();
writeFileSync(
  join(root, 'dist', 'caselint.js'),
  `import { createRequire } from 'node:module';\n\nconst bundle = createRequire(import.meta.url)('./caselint.cjs');\nexport const { ${names.join(', ')} } = bundle;\n`,
);
