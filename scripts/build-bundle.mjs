#!/usr/bin/env node
// Bundles the CLI and the API into one ESM file, dist/caselint.js (run by `npm run build` after tsc, which emits
// the type declarations). Heavy libraries stay external and load on first use (src/lazy.ts and the dynamic
// imports), so start-up pays only for what a command needs.
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

const result = await build({
  entryPoints: [join(root, 'src', 'bundle.ts')],
  outfile: join(root, 'dist', 'caselint.js'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // createRequire/import of these stays a runtime lookup (their subpaths too)
  external: LAZY_EXTERNALS.flatMap((name) => [name, `${name}/*`]),
  // CommonJS dependencies bundled into ESM need a require for Node built-ins
  banner: {
    js: "import { createRequire as __caselintRequire } from 'node:module'; const require = __caselintRequire(import.meta.url);",
  },
  legalComments: 'none',
  minify: true,
  keepNames: false,
  logLevel: 'warning',
  metafile: true,
});

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
