import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCase } from '../../src/load/index.js';
import type { LoadError } from '../../src/load/types.js';
import { fromRoot } from '../../src/paths.js';

/** the first load error of printing-vocs with one line of its case.yaml replaced */
async function errorAfter(from: RegExp, to: string): Promise<LoadError> {
  const dir = mkdtempSync(join(tmpdir(), 'caselint-dym-'));
  cpSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), join(dir, 'case.yaml'));
  const text = readFileSync(join(dir, 'case.yaml'), 'utf8');
  expect(text).toMatch(from);
  writeFileSync(join(dir, 'case.yaml'), text.replace(from, to));
  const result = await loadCase(dir, dir);
  if (result.ok) throw new Error('expected a load error');
  const error = result.errors[0];
  if (!error) throw new Error('no error');
  return error;
}

describe('did you mean, for values of the case file', () => {
  it('an event type with a typo gets the event, located at the value', async () => {
    const e = await errorAfter(/event: prior-notice-served/, 'event: prior-notice-serve');
    expect(e.message.zh).toMatch(
      /未知的事件类型 "prior-notice-serve"，是否为 "prior-notice-served"（事先告知书送达）？$/,
    );
    expect(e.message.en).toMatch(
      /unknown event type "prior-notice-serve" — did you mean "prior-notice-served"\?$/,
    );
    expect(e).toMatchObject({ code: 'schema', column: 12 });
    expect(e.path).toMatch(/^\/timeline\/\d+\/event$/);
  });

  it('an event written by its Chinese name gets the event whose label it is', async () => {
    const e = await errorAfter(/event: prior-notice-served/, 'event: 事先告知书送达');
    expect(e.message.zh).toContain('是否为 "prior-notice-served"');
    expect(e.message.en).toContain('did you mean "prior-notice-served"?');
  });

  it('a document type', async () => {
    const e = await errorAfter(/type: prior-notice\n/, 'type: 事先告知书\n');
    expect(e.message.zh).toContain('未知的文书类型 "事先告知书"，是否为 "prior-notice"');
    const typo = await errorAfter(/type: prior-notice\n/, 'type: prior-notise\n');
    expect(typo.message.en).toContain('unknown document type "prior-notise" — did you mean "prior-notice"?');
  });

  it('a party type, a penalty kind, the agency kind, the record scope and the permit class', async () => {
    expect((await errorAfter(/type: organization/, 'type: 单位')).message.en).toContain(
      'did you mean "organization"?',
    );
    expect((await errorAfter(/kinds: \[fine\]/, 'kinds: [fines]')).message.en).toContain(
      'unknown penalty kind "fines" — did you mean "fine"?',
    );
    expect((await errorAfter(/kinds: \[fine\]/, 'kinds: [没收违法所得]')).message.zh).toContain(
      '是否为 "confiscate-gains"（没收违法所得）？',
    );
    expect(
      (await errorAfter(/status: archived/, 'status: archived\n  agency_kind: ecology')).message.en,
    ).toContain('did you mean "ecology-environment"?');
    expect((await errorAfter(/status: archived/, 'status: archived\n  record: partal')).message.en).toContain(
      'unknown record scope "partal" — did you mean "partial"?',
    );
    expect(
      (await errorAfter(/type: organization/, 'type: organization\n  permit_class: 重点管理')).message.zh,
    ).toContain('是否为 "key"（重点管理）？');
  });

  it('garbage gets no suggestion but the list of allowed values', async () => {
    const e = await errorAfter(/event: prior-notice-served/, 'event: qqqq');
    expect(e.message.zh).not.toContain('是否为');
    expect(e.message.zh).toContain('允许的值：clue-received');
    expect(e.message.en).not.toContain('did you mean');
    expect(e.message.en).toContain('allowed: clue-received');
  });
});
