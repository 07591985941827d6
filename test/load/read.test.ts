import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCaseBytes, loadCase } from '../../src/load/index.js';

const text = 'format: caselint/1\ncase:\n  agency: 上海市普陀区生态环境局\n';

describe('decodeCaseBytes', () => {
  it('reads UTF-8', () => {
    const r = decodeCaseBytes(Buffer.from(text, 'utf8'), 'case.yaml');
    expect(r).toMatchObject({ ok: true, read: { text, encoding: 'utf-8', warnings: [] } });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeCaseBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      'case.yaml',
    );
    expect(r).toMatchObject({ ok: true, read: { text, encoding: 'utf-8-bom' } });
  });

  it('falls back to GB18030 for GBK bytes, with a warning', () => {
    const r = decodeCaseBytes(iconv.encode(text, 'gbk'), 'case.yaml');
    expect(r.ok && r.read.text).toBe(text);
    expect(r.ok && r.read.encoding).toBe('gb18030');
    expect(r.ok && r.read.warnings.map((w) => w.code)).toEqual(['encoding']);
  });

  it('decodes GB18030 four-byte characters', () => {
    const rare = 'name: 𠀀𠀁\n';
    const r = decodeCaseBytes(iconv.encode(rare, 'gb18030'), 'case.yaml');
    expect(r.ok && r.read.text).toBe(rare);
  });

  it('refuses UTF-16 with a located error', () => {
    const r = decodeCaseBytes(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'case.yaml',
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'encoding', line: 1, column: 1, file: 'case.yaml' },
    });
  });

  it('refuses a BOM followed by invalid UTF-8', () => {
    const r = decodeCaseBytes(Buffer.from([0xef, 0xbb, 0xbf, 0xc4, 0xe3]), 'case.yaml');
    expect(r.ok).toBe(false);
  });
});

describe('readCaseFile', () => {
  it.runIf(process.platform !== 'win32')(
    'refuses a pipe named case.yaml instead of blocking on it',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'caselint-fifo-'));
      try {
        execFileSync('mkfifo', [join(dir, 'case.yaml')]);
        const r = await loadCase(dir, dir);
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(r.errors.map((e) => [e.code, e.message.en])).toEqual([
            ['unreadable', 'not a regular file (a pipe, device or socket); not read'],
          ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
