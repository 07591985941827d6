import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { main } from '../../src/cli/main.js';
import { fromRoot } from '../../src/paths.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const o = {
    code: 0,
    out: (t: string) => void out.push(t),
    err: (t: string) => void err.push(t),
    exit(c: number) {
      o.code = Math.max(o.code, c);
    },
    color: false,
    stderrIsTTY: false,
  };
  return { o, out, err };
}

const base = fromRoot('fixtures', 'cases', 'printing-vocs');
const tmp = mkdtempSync(join(tmpdir(), 'caselint-hash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('caselint hash', () => {
  it('prints a YAML snippet with the sha256 of every listed document', async () => {
    const { o, out } = io();
    const code = await main(['node', 'caselint', 'hash', base], o);
    expect(code).toBe(0);
    const snippet = parse(out.join('')) as { documents: { id: string; file: string; sha256: string }[] };
    const decision = snippet.documents.find((d) => d.id === 'decision');
    expect(decision?.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(base, 'decision.pdf')))
        .digest('hex'),
    );
    const listed = (
      parse(readFileSync(join(base, 'case.yaml'), 'utf8')) as { documents: { file?: string }[] }
    ).documents.filter((d) => d.file);
    expect(snippet.documents).toHaveLength(listed.length);
  });

  it('prints JSON with --json', async () => {
    const { o, out } = io();
    expect(await main(['node', 'caselint', 'hash', base, '--json'], o)).toBe(0);
    const json = JSON.parse(out.join('')) as { documents: { status: string; sha256?: string }[] };
    expect(json.documents.every((d) => d.status === 'ok' && /^[0-9a-f]{64}$/.test(d.sha256 ?? ''))).toBe(
      true,
    );
  });

  it('exits 2 with a clear message for a folder without a case', async () => {
    const { o, err } = io();
    expect(await main(['node', 'caselint', 'hash', tmp], o)).toBe(2);
    expect(err.join('')).toMatch(/caselint/);
  });

  it('exits 1 and names the file when a listed file is missing', async () => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    const data = readFileSync(join(base, 'case.yaml'), 'utf8');
    writeFileSync(join(dir, 'case.yaml'), data);
    writeFileSync(join(dir, 'decision.pdf'), readFileSync(join(base, 'decision.pdf')));
    const { o, out } = io();
    expect(await main(['node', 'caselint', 'hash', dir], o)).toBe(1);
    expect(out.join('')).toMatch(/filing-form .*文件不存在/);
  });

  it('keeps hostile file names inside their YAML comment line', async () => {
    const dir = mkdtempSync(join(tmp, 'case-'));
    const data = parse(readFileSync(join(base, 'case.yaml'), 'utf8')) as {
      documents: { id: string; file?: string }[];
    };
    writeFileSync(join(dir, 'decision.pdf'), readFileSync(join(base, 'decision.pdf')));
    data.documents = [
      { ...(data.documents.find((d) => d.id === 'decision') ?? { id: 'decision' }), file: 'decision.pdf' },
      { id: 'evil', type: 'other', file: 'x\ndocuments: []\n\u001b[2J.pdf' } as { id: string; file: string },
    ];
    writeFileSync(join(dir, 'case.yaml'), stringify(data));
    const { o, out } = io();
    expect(await main(['node', 'caselint', 'hash', dir], o)).toBe(1);
    const text = out.join('');
    expect(text).not.toContain('\u001b');
    const snippet = parse(text) as { documents: { id: string }[] };
    expect(snippet.documents.map((d) => d.id)).toEqual(['decision']);
  });
});
