import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadCase } from '../../src/load/index.js';
import { caseTemplate } from '../../src/load/template.js';

function io() {
  const captured = { out: '', err: '' };
  const handle = {
    code: 0,
    out: (t: string) => void (captured.out += t),
    err: (t: string) => void (captured.err += t),
    exit(code: number) {
      handle.code = Math.max(handle.code, code);
    },
    color: false,
    stderrIsTTY: false,
  };
  return { handle, captured };
}

describe('caselint init', () => {
  it('writes a template that validates against the schema', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'caselint-init-')), 'new-case');
    const { handle, captured } = io();
    expect(await main(['node', 'caselint', 'init', dir], handle)).toBe(0);
    expect(captured.out).toContain('case.yaml');
    const result = await loadCase(dir, dir);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S*schemas\/case\.schema\.json\n/);
  });

  it('refuses to overwrite an existing case file with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caselint-init-'));
    writeFileSync(join(dir, 'case.json'), '{}');
    const { handle, captured } = io();
    expect(await main(['node', 'caselint', 'init', dir], handle)).toBe(2);
    expect(captured.err).toContain('case.json');
    expect(readFileSync(join(dir, 'case.json'), 'utf8')).toBe('{}');
  });

  it('comments every top-level section of the template', () => {
    const text = caseTemplate('schema.json');
    const data = parse(text) as Record<string, unknown>;
    for (const key of Object.keys(data).filter((k) => k !== 'format')) {
      const at = text.indexOf(`\n${key}:`);
      const before = text.slice(0, at).split('\n').at(-1) ?? '';
      expect(before.startsWith('#'), key).toBe(true);
    }
  });
});
