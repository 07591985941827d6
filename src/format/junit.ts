/**
 * JUnit XML (the Jenkins/Ant dialect GitLab and most CI servers read). One <testsuite> per case; one
 * <testcase> per rule that ran, named "<case> › <rule>" so every name is unique across the report. A rule
 * with active error findings fails (<failure> per finding); a case that could not be read gives <error>s;
 * a rule whose findings were all waived is <skipped> with the waiver; warnings and infos are listed in
 * <system-out> of a passing testcase.
 */
import type { CaseResult, LintRun } from '../engine/run-types.js';
import type { Finding } from '../engine/types.js';
import type { FormatOptions, Formatter, Lang } from './types.js';
import { caseLabel } from '../report/counts.js';
import { crossCaseGroups, formatBuffered, type StreamFormat } from './stream.js';
import { citeAll, pick, relatedText, severityLabel } from '../report/text.js';

// XML 1.0 allows only tab, LF, CR and the ranges below; anything else is dropped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

function describe(f: Finding, lang: Lang): string {
  const where = `${f.file}:${f.line}:${f.column}${f.path ? ` ${f.path}` : ''}`;
  const basis = f.basis.length ? `\n${lang === 'en' ? 'Basis' : '依据'}: ${citeAll(f.basis, lang)}` : '';
  const related = f.related?.length ? `\n${relatedText(f.related, lang)}` : '';
  return `${where}\n${pick(f.message, lang)}${basis}${related}`;
}

interface CaseTally {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function testcase(
  caseNo: string,
  ruleId: string,
  findings: Finding[],
  lang: Lang,
  quiet: boolean,
): CaseTally {
  const active = findings.filter((f) => !f.waived);
  const waived = findings.filter((f) => f.waived);
  const errors = active.filter((f) => f.severity === 'error' && f.category === 'input');
  const failures = active.filter((f) => f.severity === 'error' && f.category !== 'input');
  const others = quiet ? [] : active.filter((f) => f.severity !== 'error');
  const parts: string[] = [];
  const allWaived = active.length === 0 && waived.length > 0;
  if (allWaived) {
    const w = waived.map(
      (f) => `${f.waived?.reason ?? ''} (${f.waived?.approved_by ?? ''}, ${f.waived?.date ?? ''})`,
    );
    parts.push(
      `      <skipped>${xmlEscape((lang === 'en' ? 'waived: ' : '已豁免：') + w.join('; '))}</skipped>`,
    );
  }
  for (const f of errors) {
    parts.push(
      `      <error${attrs({ type: f.ruleId, message: pick(f.message, lang) })}>${xmlEscape(describe(f, lang))}</error>`,
    );
  }
  for (const f of failures) {
    parts.push(
      `      <failure${attrs({ type: f.ruleId, message: pick(f.message, lang) })}>${xmlEscape(describe(f, lang))}</failure>`,
    );
  }
  if (others.length) {
    const text = others.map((f) => `[${severityLabel(f.severity, lang)}] ${describe(f, lang)}`).join('\n\n');
    parts.push(`      <system-out>${xmlEscape(text)}</system-out>`);
  }
  const open = `    <testcase${attrs({ name: `${caseNo} › ${ruleId}`, classname: caseNo, time: '0' })}`;
  return {
    xml: parts.length ? `${open}>\n${parts.join('\n')}\n    </testcase>` : `${open}/>`,
    tests: 1,
    failures: failures.length ? 1 : 0,
    errors: errors.length ? 1 : 0,
    skipped: allWaived ? 1 : 0,
  };
}

function suite(result: CaseResult, ruleIds: string[], lang: Lang, quiet: boolean): CaseTally {
  const caseNo = caseLabel(result);
  const byRule = new Map<string, Finding[]>();
  // a case that could not be loaded ran no rules: only its load errors are testcases
  const ids = result.caseId !== undefined ? [...ruleIds] : [];
  for (const f of result.findings) {
    if (!byRule.has(f.ruleId)) {
      byRule.set(f.ruleId, []);
      if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
    }
    byRule.get(f.ruleId)?.push(f);
  }
  const cases = ids.map((id) => testcase(caseNo, id, byRule.get(id) ?? [], lang, quiet));
  const tally = {
    tests: cases.length,
    failures: cases.reduce((n, c) => n + c.failures, 0),
    errors: cases.reduce((n, c) => n + c.errors, 0),
    skipped: cases.reduce((n, c) => n + c.skipped, 0),
  };
  const head = `  <testsuite${attrs({ name: caseNo, ...tally, time: '0', package: result.file })}>`;
  return { ...tally, xml: [head, ...cases.map((c) => c.xml), '  </testsuite>'].join('\n') };
}

/** one <testsuite> per case as it arrives; the <testsuites> totals in the head */
export const junitStream: StreamFormat = (start, options) => {
  const ruleIds = [...new Set(start.rules.map((r) => r.id))];
  const total = { tests: 0, failures: 0, errors: 0 };
  return {
    opening: 'head',
    add(result) {
      const s = suite(result, ruleIds, options.lang, options.quiet);
      total.tests += s.tests;
      total.failures += s.failures;
      total.errors += s.errors;
      return [`${s.xml}\n`];
    },
    finish(end) {
      // the cross-case findings: one more suite per case they name, after the cases
      const cross = crossCaseGroups(end.crossCase).map((r) => suite(r, ruleIds, options.lang, options.quiet));
      for (const s of cross) {
        total.tests += s.tests;
        total.failures += s.failures;
        total.errors += s.errors;
      }
      return [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        `<testsuites${attrs({ name: 'caselint', ...total, time: (end.durationMs / 1000).toFixed(3) })}>\n`,
        { section: 0 },
        cross.map((s) => `${s.xml}\n`).join(''),
        '</testsuites>\n',
      ];
    },
  };
};

export function buildJunit(run: LintRun, options: FormatOptions): string {
  return formatBuffered(junitStream, run, options, 'junit');
}

export const junit: Formatter = (run, options) => buildJunit(run, options);
