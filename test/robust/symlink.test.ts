import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/run.js';
import { fromRoot } from '../../src/paths.js';
import { scratchDir } from './generate.js';
import { getRules } from '../../src/engine/registry.js';

const CASE_TEXT = readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8');

describe('a case.yaml that is a symbolic link', () => {
  it('is followed when it stays inside the folder', async () => {
    const root = scratchDir();
    const dir = join(root, 'a');
    mkdirSync(dir);
    writeFileSync(join(dir, 'case-2020.yaml'), CASE_TEXT);
    symlinkSync('case-2020.yaml', join(dir, 'case.yaml'));
    const run = await lintPaths([root], { cwd: root, asOf: '2021-06-01', rules: getRules() });
    expect(run.results).toHaveLength(1);
    expect(run.results[0]?.caseId).toBe('沪普环罚〔2020〕12号');
    expect(run.results[0]?.findings.map((f) => f.ruleId)).not.toContain('input/no-case-file');
  });

  it('is refused, with a located error, when it leads out of the folder', async () => {
    const root = scratchDir();
    const dir = join(root, 'a');
    mkdirSync(dir);
    writeFileSync(join(root, 'elsewhere.yaml'), CASE_TEXT);
    symlinkSync('../elsewhere.yaml', join(dir, 'case.yaml'));
    const run = await lintPaths([dir], { cwd: root, asOf: '2021-06-01', rules: getRules() });
    expect(run.results).toHaveLength(1);
    expect(run.results[0]?.caseId).toBeUndefined();
    expect(run.results[0]?.findings.map((f) => f.ruleId)).toEqual(['input/case-file-link']);
  });
});
