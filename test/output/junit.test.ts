import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { junit, xmlEscape } from '../../src/format/junit.js';
import { sampleRun } from './sample-run.js';
import { XMLLINT, skipReason, titled } from './tools.js';

const options = { lang: 'zh' as const, color: false, cwd: '/work/repo', quiet: false };
const XSD = join(import.meta.dirname, 'schemas', 'jenkins-junit.xsd');
const noXmllint = skipReason({ xmllint: XMLLINT }, 'apt-get install -y libxml2-utils');

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'caselint-junit-')), 'report.xml');
  writeFileSync(file, xml);
  try {
    const output = execFileSync(XMLLINT!, ['--noout', '--schema', XSD, file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (e) {
    return { ok: false, output: String((e as { stderr?: string }).stderr ?? e) };
  }
}

/** attributes of every element with this tag, in document order */
function elements(xml: string, tag: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/(\w[\w-]*)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    out.push(attrs);
  }
  return out;
}

describe('junit formatter', () => {
  it('gives one testsuite per case and a unique testcase name per rule and case', () => {
    const xml = junit(sampleRun(), options);
    const suites = elements(xml, 'testsuite');
    expect(suites.map((s) => s.name)).toEqual(['沪普环罚〔2020〕12号', '沪普环罚〔2026〕7号', 'broken']);
    const names = elements(xml, 'testcase').map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    // three rules ran on each loaded case; the unreadable case has its load error only
    expect(suites.map((s) => Number(s.tests))).toEqual([3, 3, 1]);
    expect(names).toContain('沪普环罚〔2026〕7号 › procedure/decision-time-limit');
  });

  it('fails on errors only, and reports load errors as errors and waivers as skipped', () => {
    const xml = junit(sampleRun(), options);
    const suites = elements(xml, 'testsuite');
    expect(suites.map((s) => [s.failures, s.errors, s.skipped])).toEqual([
      ['0', '0', '1'],
      ['1', '0', '0'],
      ['0', '1', '0'],
    ]);
    expect(elements(xml, 'testsuites')[0]).toMatchObject({ tests: '7', failures: '1', errors: '1' });
    expect(xml).toContain('<skipped>已豁免：系统故障延迟公开');
    expect(xml).toContain('&lt;标签&gt; &amp; 符号');
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(xmlEscape('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it.skipIf(noXmllint)(titled('is accepted by the Jenkins JUnit XSD (xmllint)', noXmllint), () => {
    for (const lang of ['zh', 'en'] as const) {
      const result = xmllint(junit(sampleRun(), { ...options, lang }));
      expect(result.output).not.toContain('fails to validate');
      expect(result.ok, result.output).toBe(true);
    }
  });

  it.skipIf(noXmllint)(
    titled('the XSD check can fail: a testsuite without tests is rejected', noXmllint),
    () => {
      const xml = junit(sampleRun(), options).replace(/(<testsuite name="[^"]*") tests="\d+"/, '$1');
      expect(xmllint(xml).ok).toBe(false);
    },
  );
});
