import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sarif, fingerprint, FINGERPRINT_KEY } from '../../src/format/sarif.js';
import { sampleRun } from './sample-run.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        rules: {
          id: string;
          help: { text: string };
          properties: { category: string; basis: string[] };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    results: SarifResult[];
  }[];
}

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const options = { lang: 'zh' as const, color: false, cwd: '/work/repo', quiet: false };

describe('sarif formatter', () => {
  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    for (const lang of ['zh', 'en'] as const) {
      const log = JSON.parse(sarif(sampleRun(), { ...options, lang })) as unknown;
      const ok = validate(log);
      expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = JSON.parse(sarif(sampleRun(), options)) as SarifLog;
    const broken = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    delete broken.runs[0]!.results[0]!.message;
    expect(validate(broken)).toBe(false);
  });

  it('carries rule metadata with the legal basis in the chosen language', () => {
    const zh = JSON.parse(sarif(sampleRun(), options)) as SarifLog;
    const rule = zh.runs[0]!.tool.driver.rules.find((r) => r.id === 'procedure/decision-time-limit');
    expect(rule?.defaultConfiguration.level).toBe('error');
    expect(rule?.properties.category).toBe('程序合法');
    expect(rule?.help.text).toContain('第五十七条');
    const en = JSON.parse(sarif(sampleRun(), { ...options, lang: 'en' })) as SarifLog;
    expect(
      en.runs[0]!.tool.driver.rules.find((r) => r.id === 'procedure/decision-time-limit')?.help.text,
    ).toContain('art. 57');
    // the load error has no rule metadata in the run but still gets a descriptor
    const ids = zh.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('input/yaml-syntax');
  });

  it('locates results on the case file and links them to their rule', () => {
    const log = JSON.parse(sarif(sampleRun(), options)) as SarifLog;
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(5);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const doc = run.results.find((r) => r.ruleId === 'doc/decision-contents')!;
    expect(doc.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'fixtures/cases/printing-vocs/case.yaml',
    );
    expect(doc.locations[0]!.physicalLocation.region).toEqual({ startLine: 212, startColumn: 5 });
    expect(run.results.find((r) => r.ruleId === 'procedure/decision-time-limit')?.level).toBe('note');
  });

  it('fingerprints hash rule, case and pointer, not the line', () => {
    const run = sampleRun();
    const moved = sampleRun();
    for (const r of moved.results) for (const f of r.findings) f.line += 10;
    const a = JSON.parse(sarif(run, options)) as SarifLog;
    const b = JSON.parse(sarif(moved, options)) as SarifLog;
    const fp = (l: SarifLog) => l.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(fp(a)).toEqual(fp(b));
    expect(new Set(fp(a)).size).toBe(fp(a).length);
    expect(fp(a)[0]).toBe(fingerprint('doc/decision-contents', '沪普环罚〔2020〕12号', '/timeline/13'));
  });

  it('reports waived findings as suppressions', () => {
    const log = JSON.parse(sarif(sampleRun(), options)) as SarifLog;
    const waived = log.runs[0]!.results.filter((r) => r.suppressions);
    expect(waived).toHaveLength(1);
    expect(waived[0]!.suppressions![0]!.justification).toContain('系统故障延迟公开');
  });
});
