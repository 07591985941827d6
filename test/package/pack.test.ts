/**
 * The npm package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty folder outside the
 * repository, then the installed `npx caselint` (lint, rules --json, explain), the API (`import { lint, lintCase }
 * from 'caselint'`) and its type declarations under `tsc`. Nothing is written into the repository tree.
 *
 * The tarball is packed with --ignore-scripts from the dist/ that `npm test` has just built: the `prepack` script
 * would rebuild dist/ inside the repository while other test files run the built CLI from it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/paths.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const CLEAN_CASE = 'printing-vocs';
const CLEAN_CASE_NUMBER = '沪普环罚〔2020〕12号';

interface PackedFile {
  path: string;
  size: number;
}
interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: PackedFile[];
}

/**
 * The environment for the nested npm: without the npm_* variables of the `npm test` that runs vitest (they would
 * point npm at the repository — npm_config_local_prefix — and carry the repository's engine-strict), but with
 * where packages come from (registry, cache, proxies, certificates).
 */
function npmEnv(): NodeJS.ProcessEnv {
  const keep =
    /^npm_config_(registry|cache|cafile|ca|userconfig|globalconfig|proxy|https_proxy|http_proxy|noproxy|strict_ssl|fetch_.+|.*:registry|\/\/.+)$/i;
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1', npm_config_update_notifier: 'false' };
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !keep.test(key)) continue;
    if (key === 'NODE_OPTIONS' || key.startsWith('VITEST') || key === 'FORCE_COLOR') continue;
    env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string, timeout = 240_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    env: npmEnv(),
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
}

function explainFailure(what: string, r: SpawnSyncReturns<string>): string {
  return `${what} exited ${String(r.status)}${r.error ? ` (${r.error.message})` : ''}\n${r.stdout}\n${r.stderr}`;
}

let work = '';
let app = '';
let pack: PackResult;
let installMode = '';

beforeAll(() => {
  for (const built of ['dist/caselint.js', 'dist/src/api.d.ts'])
    if (!existsSync(fromRoot(built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  work = mkdtempSync(join(tmpdir(), 'caselint-pack-'));
  const out = join(work, 'tarball');
  mkdirSync(out);
  const packed = run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', out], fromRoot());
  if (packed.status !== 0) throw new Error(explainFailure('npm pack', packed));
  pack = (JSON.parse(packed.stdout) as PackResult[])[0]!;
  const tarball = join(out, pack.filename);

  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'caselint-user', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  // Offline from the npm cache that `npm ci` filled; if a package's metadata is not cached, the registry may fill in.
  const common = [
    'install',
    tarball,
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--engine-strict=false',
  ];
  for (const mode of ['--offline', '--prefer-offline']) {
    const installed = run(NPM, [...common, mode], app);
    if (installed.status === 0) {
      installMode = mode;
      break;
    }
    if (mode === '--prefer-offline') throw new Error(explainFailure('npm install <tarball>', installed));
  }

  const cases = join(app, 'cases');
  cpSync(fromRoot('fixtures', 'cases', CLEAN_CASE), join(cases, 'clean'), { recursive: true });
  cpSync(fromRoot('fixtures', 'cases', CLEAN_CASE), join(cases, 'missing-decision'), { recursive: true });
  rmSync(join(cases, 'missing-decision', 'decision.pdf'));
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
}, 120_000);

function caselint(args: string[]): SpawnSyncReturns<string> {
  // --no: never download caselint; it must come from the installed tarball
  return run(NPX, ['--no', '--', 'caselint', ...args], app, 120_000);
}

describe('the packed tarball', () => {
  it('holds what an installed caselint needs and nothing of the development tree', () => {
    const paths = pack.files.map((f) => f.path);
    console.log(
      `caselint tarball: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(0)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked; installed ${installMode}`,
    );
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/caselint.js',
      'dist/caselint.js',
      'dist/src/api.d.ts',
      'schemas/case.schema.json',
      'schemas/config.schema.json',
      'src/law/data/laws.yaml',
      'src/law/data/compiled/laws.json',
      'src/load/case-validator.generated.txt',
      'src/engine/config-validator.generated.txt',
      `fixtures/cases/${CLEAN_CASE}/case.yaml`,
    ])
      expect(paths, needed).toContain(needed);
    const unwanted = paths.filter(
      (p) =>
        /^(test|scripts|node_modules|coverage|\.ci|\.git)\//.test(p) ||
        /(^|\/)node_modules\//.test(p) ||
        (/\.(ts|mts|cts)$/.test(p) && !/\.d\.ts$/.test(p)) ||
        /^fixtures\/(?!cases\/|rules\/)/.test(p) ||
        /(^|\/)\.caselint(cache|-cache)/.test(p) ||
        /\.tsbuildinfo$/.test(p) ||
        /^dist\/(src|rules)\/.*\.js$/.test(p),
    );
    expect(unwanted).toEqual([]);
    expect(pack.size).toBeLessThan(4 * 1024 * 1024);
    expect(pack.unpackedSize).toBeLessThan(12 * 1024 * 1024);
  });
});

describe('the installed command', () => {
  it('lints a clean case with exit 0 and a defective one with exit 1', () => {
    const clean = caselint(['lint', 'cases/clean', '--format', 'json']);
    expect(clean.status, explainFailure('caselint lint cases/clean', clean)).toBe(0);
    const cleanReport = JSON.parse(clean.stdout) as { summary: { cases: number; errors: number } };
    expect(cleanReport.summary).toMatchObject({ cases: 1, errors: 0 });

    const defective = caselint(['lint', 'cases/missing-decision']);
    expect(defective.status, explainFailure('caselint lint cases/missing-decision', defective)).toBe(1);
    expect(defective.stdout).toContain('doc/attachment-missing');
    expect(defective.stdout).toContain('decision.pdf');
    const json = caselint(['lint', 'cases/missing-decision', '--format', 'json']);
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as {
      summary: { errors: number };
      results: { case: string; findings: { ruleId: string; line: number }[] }[];
    };
    expect(report.summary.errors).toBe(1);
    expect(report.results[0]?.case).toBe(CLEAN_CASE_NUMBER);
    const finding = report.results[0]?.findings.find((f) => f.ruleId === 'doc/attachment-missing');
    expect(finding?.line).toBeGreaterThan(1);

    const version = caselint(['--version']);
    const { version: packed } = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.stdout.trim()).toBe(packed);
  }, 240_000);

  it('lists its rules as JSON', () => {
    const rules = caselint(['rules', '--json']);
    expect(rules.status, explainFailure('caselint rules --json', rules)).toBe(0);
    const list = JSON.parse(rules.stdout) as { id: string; basis: unknown[] }[];
    expect(list.length).toBeGreaterThan(50);
    expect(list.map((r) => r.id)).toContain('doc/attachment-missing');
    for (const rule of list) expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  }, 120_000);

  it('explains a rule with its shipped examples', () => {
    const explained = caselint(['explain', 'procedure/decision-time-limit', '--lang', 'en']);
    expect(explained.status, explainFailure('caselint explain', explained)).toBe(0);
    expect(explained.stdout).toContain('Failing example:');
    expect(explained.stdout).toContain('Passing example:');
  }, 120_000);

  it('runs the commands that read shipped data or load a lazy dependency', () => {
    const init = caselint(['init', 'new-case']);
    expect(init.status, explainFailure('caselint init', init)).toBe(0);
    const template = readFileSync(join(app, 'new-case', 'case.yaml'), 'utf8');
    expect(template).toContain('$schema=../node_modules/caselint/schemas/case.schema.json');
    expect(existsSync(join(app, 'node_modules', 'caselint', 'schemas', 'case.schema.json'))).toBe(true);

    const schema = caselint(['schema', 'case']);
    expect(schema.status, explainFailure('caselint schema case', schema)).toBe(0);
    expect((JSON.parse(schema.stdout) as { $id: string }).$id).toMatch(/case\.schema\.json$/);

    const sarif = caselint(['lint', 'cases/missing-decision', '--format', 'sarif']);
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { version: string } } }[] };
    expect(log.runs[0]?.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);

    const report = caselint(['report', 'cases/clean', '--docx', 'review.docx']);
    expect(report.status, explainFailure('caselint report --docx', report)).toBe(0);
    expect(readFileSync(join(app, 'review.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  }, 240_000);

  it('follows a configuration that extends an installed package', () => {
    const shared = join(app, 'node_modules', 'shared-caselint-config');
    mkdirSync(shared, { recursive: true });
    writeFileSync(
      join(shared, 'package.json'),
      JSON.stringify({ name: 'shared-caselint-config', version: '1.0.0', main: 'caselint.config.yaml' }),
    );
    writeFileSync(join(shared, 'caselint.config.yaml'), "rules:\n  doc/attachment-missing: 'off'\n");
    const project = join(app, 'with-config');
    cpSync(join(app, 'cases', 'missing-decision'), join(project, 'case'), { recursive: true });
    writeFileSync(join(project, 'caselint.config.yaml'), 'extends: shared-caselint-config\n');
    const linted = spawnSync(NPX, ['--no', '--', 'caselint', 'lint', 'case'], {
      cwd: project,
      env: npmEnv(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(linted.status, explainFailure('caselint lint with extends', linted)).toBe(0);
  }, 120_000);
});

describe('the installed API', () => {
  it('lints paths and one case object', () => {
    const data = parse(readFileSync(fromRoot('fixtures', 'cases', CLEAN_CASE, 'case.yaml'), 'utf8')) as {
      party: { credit_code: string };
    };
    writeFileSync(join(app, 'case-data.json'), JSON.stringify(data));
    writeFileSync(
      join(app, 'use-api.mjs'),
      `import { readFileSync } from 'node:fs';
import { lint, lintCase } from 'caselint';

const data = JSON.parse(readFileSync('case-data.json', 'utf8'));
const code = data.party.credit_code;
const wrongCheck = { ...data, party: { ...data.party, credit_code: code.slice(0, -1) + (code.endsWith('0') ? '1' : '0') } };
const out = {
  paths: await lint(['cases/clean', 'cases/missing-decision'], { lang: 'en' }),
  object: await lintCase(data),
  wrongCheck: await lintCase(wrongCheck),
  invalid: await lintCase({ format: 'caselint/1' }),
};
process.stdout.write(JSON.stringify(out));
`,
    );
    const used = run(process.execPath, ['use-api.mjs'], app, 120_000);
    expect(used.status, explainFailure('node use-api.mjs', used)).toBe(0);
    interface Report {
      summary: { cases: number; errors: number };
      results: {
        file: string;
        case: string | null;
        findings: { ruleId: string; message: string; path: string | null }[];
      }[];
    }
    const out = JSON.parse(used.stdout) as Record<'paths' | 'object' | 'wrongCheck' | 'invalid', Report>;

    // the two folders are copies of one case: besides the missing attachment, repo/duplicate-number on each (the
    // cross-case findings come after the cases, not in results[].findings; the summary counts them)
    expect(out.paths.summary).toMatchObject({ cases: 2, errors: 3 });
    expect(out.paths.results.map((r) => r.case)).toEqual([CLEAN_CASE_NUMBER, CLEAN_CASE_NUMBER]);
    expect(out.paths.results[0]?.findings).toEqual([]);
    const missing = out.paths.results[1]?.findings.find((f) => f.ruleId === 'doc/attachment-missing');
    expect(missing?.message).toMatch(/decision\.pdf/);

    expect(out.object.summary).toMatchObject({ cases: 1, errors: 0 });
    expect(out.object.results[0]?.case).toBe(CLEAN_CASE_NUMBER);

    const checksum =
      out.wrongCheck.results[0]?.findings.filter((f) => f.ruleId === 'core/party-id-checksum') ?? [];
    expect(checksum.map((f) => f.path)).toEqual(['/party/credit_code']);
    expect(out.wrongCheck.summary.errors).toBeGreaterThanOrEqual(1);

    expect(out.invalid.summary.errors).toBeGreaterThanOrEqual(1);
    expect(out.invalid.results[0]?.findings.every((f) => f.ruleId.startsWith('input/'))).toBe(true);
  }, 120_000);

  it('has type declarations that resolve from the installed package and catch a type error', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['typed.ts'],
      }),
    );
    const good = `import { lint, lintCase, type CaseFileData, type JsonFinding, type JsonReport, type LintApiOptions } from 'caselint';

type IsAny<T> = 0 extends 1 & T ? true : false;
type NoAny<T extends false> = T;
export type Checked = [
  NoAny<IsAny<JsonReport>>,
  NoAny<IsAny<JsonReport['summary']>>,
  NoAny<IsAny<JsonReport['results'][number]['coverage']>>,
  NoAny<IsAny<JsonFinding>>,
  NoAny<IsAny<JsonFinding['basis'][number]>>,
  NoAny<IsAny<JsonFinding['deadline']>>,
  NoAny<IsAny<JsonFinding['waived']>>,
  NoAny<IsAny<LintApiOptions>>,
  NoAny<IsAny<NonNullable<LintApiOptions['ruleSet']>[number]>>,
  NoAny<IsAny<CaseFileData>>,
  NoAny<IsAny<NonNullable<CaseFileData['timeline']>[number]>>,
  NoAny<IsAny<Awaited<ReturnType<typeof lint>>>>,
  NoAny<IsAny<Parameters<typeof lintCase>[1]>>,
];

const options: LintApiOptions = { lang: 'en', asOf: '2024-01-01', rules: { 'doc/attachment-missing': 'off' } };
const report: JsonReport = await lint(['cases'], options);
const first: JsonFinding | undefined = report.results[0]?.findings[0];
const line: number | undefined = first?.line;
const severity: 'error' | 'warning' | 'info' | undefined = first?.severity;
const data: CaseFileData = { format: 'caselint/1', case: { number: '沪环罚〔2024〕1号', agency: '上海市生态环境局' } };
const single = await lintCase(data, { file: 'case.yaml' });
console.log(line, severity, single.summary.errors + report.summary.warnings);
`;
    const tsc = fromRoot('node_modules', 'typescript', 'bin', 'tsc');
    writeFileSync(join(app, 'typed.ts'), good);
    const passed = run(process.execPath, [tsc, '-p', 'tsconfig.json'], app, 120_000);
    expect(passed.status, explainFailure('tsc on a correct use of the API', passed)).toBe(0);

    writeFileSync(join(app, 'typed.ts'), `${good}\nexport const wrong: string = report.summary.errors;\n`);
    const failed = run(process.execPath, [tsc, '-p', 'tsconfig.json'], app, 120_000);
    expect(failed.status).not.toBe(0);
    expect(failed.stdout).toMatch(/typed\.ts\(\d+,\d+\): error TS2322/);
  }, 300_000);
});
