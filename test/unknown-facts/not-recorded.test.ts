/**
 * Not recorded is not absent (issue 11): a fact missing from the record becomes a grouped coverage info
 * "未记录…，未检查…" and is listed in the case coverage, never a finding that the fact is absent.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintCase, type JsonReport } from '../../src/api.js';
import { applyFixtureSpec } from '../../src/engine/fixture.js';
import type { CaseFileData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { rule as officers } from '../../rules/procedure/enforcement-officers.js';
import { rule as priorNotice } from '../../rules/procedure/prior-notice-served.js';
import { rule as mitigation } from '../../rules/penalty/mitigation-consistent.js';
import type { Rule } from '../../src/engine/types.js';
import type { FixtureSpec } from '../../src/engine/fixture.js';

function base(name: string): CaseFileData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseFileData;
}

async function lint(rule: Rule, name: string, spec: FixtureSpec) {
  const report: JsonReport = await lintCase(applyFixtureSpec(base(name), spec), {
    ruleSet: [rule],
    asOf: '2026-11-28',
  });
  const result = report.results[0];
  const findings = result?.findings ?? [];
  const coverage = { notChecked: result?.coverage?.notChecked ?? [] };
  return { findings, coverage, own: findings.filter((f) => f.ruleId === rule.meta.id) };
}

describe('procedure/enforcement-officers: unrecorded officers are coverage, not "只有0名"', () => {
  it('a step that names no officers', async () => {
    const { own, findings, coverage } = await lint(officers, 'printing-vocs', {
      update_events: { inspection: { officers: null } },
    });
    expect(own).toEqual([]);
    const gap = findings.find((f) => f.ruleId === 'coverage/not-recorded');
    expect(gap?.message).toBe('未记录调查取证环节的执法人员，未检查：2020-08-18现场检查的执法人员人数与证件');
    expect(coverage.notChecked.map((e) => e.ruleId)).toEqual(['procedure/enforcement-officers']);
  });

  it('an officer whose certificate number is not recorded', async () => {
    const data = base('printing-vocs');
    const officersList = (data.officers ?? []).map((o) =>
      o.name === '张建华' ? { name: o.name, roles: o.roles } : o,
    );
    const { own, findings } = await lint(officers, 'printing-vocs', { set: { officers: officersList } });
    expect(own).toEqual([]);
    expect(findings.some((f) => f.message.startsWith('未记录执法人员的执法证件号，未检查：'))).toBe(true);
  });

  it('a step recorded with one officer is still an error, worded by what the record shows', async () => {
    const { own } = await lint(officers, 'printing-vocs', {
      update_events: { inspection: { officers: ['张建华'] } },
    });
    expect(own.map((f) => f.severity)).toEqual(['error']);
    expect(own[0]?.message).toContain('2020-08-18现场检查记录的执法人员只有1名（张建华），少于两人');
  });
});

describe('procedure/prior-notice-served: a notice with only a month is not "not served"', () => {
  it('is coverage on the notice date', async () => {
    const { own, findings } = await lint(priorNotice, 'printing-vocs', {
      set: { case: { record: 'dossier' } },
      update_events: { 'prior-notice-served': { date: '2020-09' } },
    });
    expect(own).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual([
      '未记录事先告知书的送达日期，未检查：事先告知书在决定前送达',
    ]);
  });

  it('a dossier without any prior notice: 案卷中未记录, an error', async () => {
    const { own } = await lint(priorNotice, 'printing-vocs', { remove_events: ['prior-notice-served'] });
    expect(own[0]?.severity).toBe('error');
    expect(own[0]?.message).toMatch(/^案卷中未记录处罚决定（2020-10-13）前送达行政处罚事先告知书/);
  });
});

describe('penalty/mitigation-consistent: evidence of a ground without a document list', () => {
  it('is coverage on the document list, not "不在卷内"', async () => {
    const { own, findings } = await lint(mitigation, 'overstandard-discharge', {
      set: {
        case: { record: 'partial' },
        documents: null,
        penalty: {
          treatment: 'lighter',
          treatment_grounds: [{ ground: 'removed-harm', kind: 'statutory', evidence: 'no-such-report' }],
        },
      },
    });
    expect(own).toEqual([]);
    expect(findings.map((f) => f.message)).toEqual(['未记录案卷文书清单，未检查：法定情节的证据在卷']);
  });
});
