/**
 * One defect, one finding (issue 10 §4): a service step without proof of service is seen by three rules
 * (procedure/prior-notice-served, execution/service-proof, doc/required-documents); the engine reports one finding
 * that lists the other rules, and every output, the scores and the counts count it once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { mergeByCause } from '../../src/engine/merge.js';
import { lintPaths } from '../../src/engine/run.js';
import type { LintRun } from '../../src/engine/run-types.js';
import type { Finding } from '../../src/engine/types.js';
import { getFormatter } from '../../src/format/index.js';
import type { FormatOptions } from '../../src/format/types.js';
import { buildReviewDocx } from '../../src/report/docx.js';
import { reviewData } from '../../src/report/review.js';
import { scoreCase } from '../../src/report/scoring.js';
import { ruleIndex } from '../../src/report/counts.js';
import { fromRoot } from '../../src/paths.js';
import { getRules } from '../../src/engine/registry.js';

const THREE = ['procedure/prior-notice-served', 'execution/service-proof', 'doc/required-documents'];

function finding(ruleId: string, severity: Finding['severity'], cause?: string): Finding {
  const f: Finding = {
    ruleId,
    severity,
    category: '程序合法',
    message: { zh: ruleId, en: ruleId },
    case: 'C1',
    file: 'case.yaml',
    line: 1,
    column: 1,
    basis: [{ law: 'admin-penalty-law', version: '2021', article: 61 }],
  };
  if (cause) f.cause = cause;
  return f;
}

describe('mergeByCause', () => {
  it('keeps the most severe finding of a cause, lists the other rules and unions the bases', () => {
    const a = finding('x/a', 'warning', 'k');
    const b = {
      ...finding('x/b', 'error', 'k'),
      basis: [{ law: 'env-penalty-measures', version: '2023', article: 59 }],
    };
    const c = finding('x/c', 'warning');
    const out = mergeByCause([a, c, b]);
    expect(out.map((f) => f.ruleId)).toEqual(['x/b', 'x/c']);
    expect(out[0]?.related).toEqual(['x/a']);
    expect(out[0]?.basis.map((x) => x.law)).toEqual(['env-penalty-measures', 'admin-penalty-law']);
  });
  it('leaves findings of different causes or without a cause alone', () => {
    const input = [finding('x/a', 'error', 'k1'), finding('x/b', 'error', 'k2'), finding('x/c', 'error')];
    expect(mergeByCause(input)).toEqual(input);
  });
});

describe('a prior notice served without proof of service', () => {
  let dir: string;
  let run: LintRun;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'caselint-merge-'));
    const target = join(dir, 'no-proof');
    cpSync(fromRoot('fixtures/cases/printing-vocs'), target, { recursive: true });
    const file = join(target, 'case.yaml');
    let text = readFileSync(file, 'utf8');
    text = text.replace('    proof: prior-notice-receipt\n', '');
    text = text.replace('documents: [prior-notice, prior-notice-receipt]', 'documents: [prior-notice]');
    text = text.replace(/ {2}- id: prior-notice-receipt\n( {4}.*\n)+/, '');
    writeFileSync(file, text);
    unlinkSync(join(target, '13-送达回证-事先告知书.docx'));
    run = await lintPaths(['no-proof'], {
      rules: getRules(),
      keepCase: true,
      cwd: dir,
      asOf: '2026-01-01',
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const serviceFindings = () =>
    run.results
      .flatMap((r) => r.findings)
      .filter((f) => THREE.some((id) => [f.ruleId, ...(f.related ?? [])].includes(id)));

  it('gives one finding that names the three rules', () => {
    const found = serviceFindings();
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f?.cause).toBe('service-proof:/timeline/10');
    expect([f?.ruleId, ...(f?.related ?? [])].sort()).toEqual([...THREE].sort());
    expect(f?.severity).toBe('error');
    expect(run.errorCount + run.warningCount).toBe(1);
  });

  it('shows the related rules in every format', async () => {
    const options: FormatOptions = { lang: 'zh', color: false, cwd: dir, quiet: false };
    for (const name of ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown', 'html']) {
      const format = await getFormatter(name);
      const text = format!(run, options);
      for (const id of THREE) expect(text, `${name} lists ${id}`).toContain(id);
    }
    const json = JSON.parse((await getFormatter('json'))!(run, options)) as {
      summary: { errors: number; warnings: number };
      results: { findings: { related: string[] }[] }[];
    };
    expect(json.summary.errors + json.summary.warnings).toBe(1);
    expect(json.results[0]?.findings[0]?.related).toHaveLength(2);
  });

  it('shows the related rules in the Word report and scores the defect once', async () => {
    const buffer = await buildReviewDocx(reviewData(run), { lang: 'zh' });
    const { value } = await mammoth.extractRawText({ buffer });
    for (const id of THREE) expect(value).toContain(id);
    const score = scoreCase(run.results[0]!, ruleIndex(run));
    expect(score?.errors).toBe(1);
    expect(score?.byCategory.reduce((n, c) => n + c.findings, 0)).toBe(1);
  });
});
