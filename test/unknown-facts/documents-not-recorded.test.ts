/**
 * A dossier whose list of documents is not recorded (no `documents` key) proves no document missing: the rules that
 * look for a document in the list report "未记录案卷文书清单" as coverage instead of an error or a warning.
 */
import { fixtureCase } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';

const DOCUMENT_RULES = [
  'doc/required-documents',
  'procedure/investigation-records',
  'procedure/filing-record',
  'procedure/decision-after-hearing',
  'execution/closure-approval',
  'execution/crime-transfer',
  'execution/detention-transfer',
  'execution/electronic-service-consent',
  'execution/service-proof',
];

describe('a dossier without its list of documents', () => {
  it.each([
    '02-2020-water-overstandard-hearing',
    '06-2024-air-nox-per-day',
    '07-2024-hazwaste-dumping-crime-transfer',
    '08-2020-water-hidden-pipe-detention',
    '15-2023-soil-self-monitoring-straddling-eservice',
  ])('%s: no document finding, one coverage line for the list', async (name) => {
    const data = fixtureCase('lawful', name);
    delete data.documents;
    // declared: without its list a record is not taken for a whole dossier by default (ledger-inference.test.ts)
    data.case.record = 'dossier';
    const report = await lintCase(data, { asOf: '2026-11-28' });
    const findings = report.results[0]?.findings ?? [];
    const accusing = findings.filter((f) => DOCUMENT_RULES.includes(f.ruleId) && f.severity !== 'info');
    expect(accusing.map((f) => `${f.ruleId}: ${String(f.message)}`)).toEqual([]);
    const gaps = findings.filter((f) => f.ruleId === 'coverage/not-recorded').map((f) => String(f.message));
    expect(gaps.filter((m) => m.startsWith('未记录案卷文书清单'))).toHaveLength(1);
  });
});

describe('a check kept from running by several unrecorded facts', () => {
  it('is listed once, under the first fact it needs (a partial record: the procedure, not also the list)', async () => {
    const data = fixtureCase('partial', 'published-decision');
    expect(data.documents).toBeUndefined();
    const report = await lintCase(data, { asOf: '2026-11-28' });
    const gaps = (report.results[0]?.findings ?? [])
      .filter((f) => f.ruleId === 'coverage/not-recorded')
      .map((f) => String(f.message));
    expect(gaps.filter((m) => m.startsWith('未记录案卷文书清单'))).toEqual([]);
    const procedure = gaps.filter((m) => m.startsWith('未记录完整办案过程'));
    expect(procedure).toHaveLength(1);
    expect(procedure[0]).toContain('各环节应有的文书');
  });
});
