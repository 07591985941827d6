/** CLI conventions a linter's users expect: exit codes per input kind, globs, --stdin, --print-config, extends. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { runCli } from './run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'caselint-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** README "Exit codes": 1 for a case file that does not fit the format, 2 for one that cannot be read or parsed */
const EXPECTED_EXIT: Record<string, number> = {
  'alias-bomb': 2,
  'duplicate-key': 2,
  empty: 2,
  'invalid-yaml': 2,
  'json-syntax': 2,
  'no-case-file': 2,
  'not-a-mapping': 2,
  'schema-enum': 1,
  'schema-required': 1,
  'schema-date': 1,
  'impossible-date': 1,
  'unknown-field': 1,
  'json-error': 1,
};

describe('exit codes as the README states them', () => {
  it('every broken fixture has its expected code', () => {
    const folders = readdirSync(fromRoot('fixtures', 'broken'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'gbk')
      .map((e) => e.name);
    expect(folders.sort()).toEqual(Object.keys(EXPECTED_EXIT).sort());
    const got = Object.fromEntries(
      folders.map((name) => [name, runCli(['lint', `fixtures/broken/${name}`, '--format', 'json']).code]),
    );
    expect(got).toEqual(EXPECTED_EXIT);
  });

  it('--max-warnings says why it failed', () => {
    // a clean example case saved in GB18030: its only finding is the encoding warning
    const dir = join(work, 'gbk-case');
    cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
    writeFileSync(join(dir, 'case.yaml'), iconv.encode(text, 'gb18030'));
    const within = runCli(['lint', dir, '--max-warnings', '1']);
    expect(within.code).toBe(0);
    const over = runCli(['lint', dir, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/警告 1 项，超过 --max-warnings 0/);
  });
});

describe('path arguments', () => {
  it('expands a quoted glob itself and lints each match once', () => {
    const direct = JSON.parse(runCli(['lint', 'fixtures/cases', '-f', 'json']).stdout) as {
      summary: { cases: number };
    };
    const globbed = JSON.parse(runCli(['lint', 'fixtures/cases/*', '-f', 'json']).stdout) as {
      summary: { cases: number };
    };
    expect(globbed.summary.cases).toBe(direct.summary.cases);
    const files = JSON.parse(runCli(['lint', 'fixtures/cases/*/case.yaml', '-f', 'json']).stdout) as {
      summary: { cases: number };
    };
    expect(files.summary.cases).toBe(direct.summary.cases);
  });

  it('a glob that matches nothing is a missing path (exit 2)', () => {
    const result = runCli(['lint', 'no-such-folder/*']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('no-such-folder/*');
  });
});

describe('--stdin for editors', () => {
  it('lints the buffer as the named case file, attachments beside it', () => {
    const file = 'fixtures/cases/printing-vocs/case.yaml';
    const fromDisk = runCli(['lint', file, '-f', 'json']);
    const result = spawnSync(
      process.execPath,
      [fromRoot('bin', 'caselint.js'), 'lint', '--stdin', '--stdin-filename', file, '-f', 'json'],
      {
        cwd: fromRoot(),
        input: readFileSync(fromRoot(file)),
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(result.status).toBe(fromDisk.code);
    const strip = (s: string) => s.replace(/"durationMs": [\d.]+/g, '');
    expect(strip(result.stdout)).toBe(strip(fromDisk.stdout));
  });

  it('reports a broken buffer at its line under the given name', () => {
    const result = spawnSync(
      process.execPath,
      [fromRoot('bin', 'caselint.js'), 'lint', '--stdin', '--stdin-filename', 'drafts/new/case.yaml'],
      {
        cwd: fromRoot(),
        input: 'format: caselint/1\ncase: [unclosed\n',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/drafts\/new\/case\.yaml/);
    expect(result.stdout).toMatch(/\d+:\d+/);
  });
});

describe('configuration', () => {
  it('--print-config shows every rule with its severity and options for a case', () => {
    const result = runCli([
      'lint',
      '--print-config',
      'fixtures/cases/printing-vocs',
      '--rule',
      'procedure/filing-deadline=off',
    ]);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { preset: string; rules: Record<string, unknown[]> };
    expect(printed.preset).toBe('shanghai'); // the repository's caselint.config.yaml
    expect(printed.rules['procedure/filing-deadline']).toEqual(['off']);
    expect(printed.rules['procedure/decision-time-limit']?.[0]).toMatch(/error|warning|info/);
  });

  it('extends a file and an installed package; the extending file wins', () => {
    const repo = join(work, 'repo');
    mkdirSync(join(repo, 'node_modules', 'caselint-config-putuo'), { recursive: true });
    writeFileSync(
      join(repo, 'node_modules', 'caselint-config-putuo', 'package.json'),
      JSON.stringify({ name: 'caselint-config-putuo', version: '1.0.0', main: 'caselint.yaml' }),
    );
    writeFileSync(
      join(repo, 'node_modules', 'caselint-config-putuo', 'caselint.yaml'),
      'extends: shanghai\nrules:\n  procedure/filing-deadline: off\n  procedure/decision-time-limit: warning\n',
    );
    writeFileSync(
      join(repo, 'team.yaml'),
      'extends: caselint-config-putuo\nrules:\n  procedure/recusal: info\n',
    );
    writeFileSync(
      join(repo, 'caselint.config.yaml'),
      'extends: ./team.yaml\nrules:\n  procedure/decision-time-limit: error\n',
    );
    cpSync(fromRoot('fixtures', 'cases', 'printing-vocs'), join(repo, 'case'), { recursive: true });
    const result = runCli(['lint', '--print-config', 'case'], { cwd: repo });
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout) as { jurisdiction: string; rules: Record<string, unknown[]> };
    expect(printed.jurisdiction).toBe('CN-SH');
    expect(printed.rules['procedure/filing-deadline']).toEqual(['off']);
    expect(printed.rules['procedure/recusal']?.[0]).toBe('info');
    expect(printed.rules['procedure/decision-time-limit']?.[0]).toBe('error');
  });

  it('an extends that resolves to nothing or to itself is a located configuration error (exit 2)', () => {
    const dir = join(work, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'caselint.config.yaml'), 'extends: caselint-config-missing\n');
    const missing = runCli(['lint', '--print-config', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/caselint-config-missing/);
    writeFileSync(join(dir, 'caselint.config.yaml'), 'extends: ./caselint.config.yaml\n');
    const cycle = runCli(['lint', '--print-config', '.'], { cwd: dir });
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toMatch(/cycle|循环/);
  });
});

describe('editor setup', () => {
  it('schema --write .vscode copies the schemas and points the YAML language server at them', () => {
    const repo = join(work, 'editor');
    mkdirSync(join(repo, '.vscode'), { recursive: true });
    writeFileSync(join(repo, '.vscode', 'settings.json'), JSON.stringify({ 'editor.tabSize': 2 }));
    const result = runCli(['schema', '--write', '.vscode'], { cwd: repo });
    expect(result.code).toBe(0);
    const settings = JSON.parse(readFileSync(join(repo, '.vscode', 'settings.json'), 'utf8')) as {
      'editor.tabSize': number;
      'yaml.schemas': Record<string, string[]>;
      'json.schemas': { fileMatch: string[]; url: string }[];
    };
    expect(settings['editor.tabSize']).toBe(2);
    expect(settings['yaml.schemas']['./.vscode/caselint.case.schema.json']).toContain('**/case.yaml');
    expect(settings['json.schemas'][0]?.url).toBe('./.vscode/caselint.case.schema.json');
    const copied = JSON.parse(readFileSync(join(repo, '.vscode', 'caselint.case.schema.json'), 'utf8')) as {
      $id: string;
    };
    expect(copied.$id).toMatch(/^https:\/\/caselint\.dev\/schemas\/case/);
    // a second run does not duplicate the entries
    runCli(['schema', '--write', '.vscode'], { cwd: repo });
    const again = JSON.parse(readFileSync(join(repo, '.vscode', 'settings.json'), 'utf8')) as {
      'json.schemas': unknown[];
    };
    expect(again['json.schemas']).toHaveLength(1);
  });
});
