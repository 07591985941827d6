/**
 * A ledger (台账) or a case-management export keeps the milestones — filing, prior notice, decision, service — and the
 * officers in charge (承办人), every one dated, but not the case file's list of documents (卷内目录). Such a record
 * is not the whole dossier: a step it does not list (the investigation report, the approvals, the proofs of
 * service) is not recorded, not absent. The default `record` is a dossier only when the file's document list is
 * recorded too, and not empty; a record that is a dossier without its list says so with `record: dossier`.
 */
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import type { CaseFileData } from '../../src/model/case-data.js';
import { buildCase, fixtureCase } from '../helpers.js';

/** fixtures/partial/2024-air-dust-ledger-only: a ledger row, with its 承办人 column */
function ledgerWithOfficers(): CaseFileData {
  const data = fixtureCase('partial', '2024-air-dust-ledger-only');
  expect(data.officers?.length).toBe(2);
  expect(data.documents).toBeUndefined();
  return data;
}

describe('a ledger with the officers in charge and every milestone dated', () => {
  it('is a partial record by default', () => {
    expect(buildCase(ledgerWithOfficers()).record).toBe('partial');
  });

  it('gives no error and no warning: the steps it does not list are coverage', async () => {
    const report = await lintCase(ledgerWithOfficers(), { asOf: '2026-11-28' });
    const findings = report.results[0]?.findings ?? [];
    expect(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${String(f.message)}`),
    ).toEqual([]);
    expect(findings.filter((f) => f.category !== 'coverage').map((f) => f.ruleId)).toEqual([]);
    const gaps = findings.map((f) => String(f.message));
    expect(gaps.some((m) => m.startsWith('未记录完整办案过程') && m.includes('调查终结报告'))).toBe(true);
  });

  it('declared a dossier, the steps it does not list are missing from the file (the rules are unchanged)', async () => {
    const data = ledgerWithOfficers();
    data.case.record = 'dossier';
    expect(buildCase(data).record).toBe('dossier');
    const report = await lintCase(data, { asOf: '2026-11-28' });
    const errors = (report.results[0]?.findings ?? []).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toContain('procedure/investigation-report');
  });
});

describe('an export that writes an empty list of documents ("documents": [])', () => {
  it('is no inventory: a partial record, no error and no warning', async () => {
    const data = { ...ledgerWithOfficers(), documents: [] };
    expect(buildCase(data).record).toBe('partial');
    const report = await lintCase(data, { asOf: '2026-11-28' });
    const findings = report.results[0]?.findings ?? [];
    expect(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${String(f.message)}`),
    ).toEqual([]);
  });
});

describe('a record with the timeline, the officers and the list of documents', () => {
  it.each(['02-2020-water-overstandard-hearing', '43-2018-water-outfall-hearing'])(
    '%s: a dossier by default',
    (name) => {
      const data = fixtureCase('lawful', name);
      expect(data.case.record).toBeUndefined();
      expect(buildCase(data).record).toBe('dossier');
    },
  );
});
