/**
 * An unrecorded procedure is not assumed general: a simple-procedure case without `case.procedure` is not charged
 * with the filing, investigation report, notice and statement period of the general procedure — unless the record
 * shows the general procedure (a filing step, a fine above every simple-procedure ceiling, another kind of penalty).
 */
import { fixtureCase } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { lintCase } from '../../src/api.js';
import type { CaseFileData } from '../../src/model/case-data.js';

async function findings(data: CaseFileData) {
  const report = await lintCase(data, { asOf: '2026-11-28' });
  return report.results[0]?.findings ?? [];
}

describe('a case whose procedure is not recorded', () => {
  it.each(['04-2022-air-drycleaner-simple', '24-2025-air-carrepair-simple-reconsideration-first'])(
    '%s (simple, procedure removed; its oral notice or filed decision shows it): no error or warning',
    async (name) => {
      const data = fixtureCase('lawful', name);
      delete (data.case as { procedure?: string }).procedure;
      const found = await findings(data);
      expect(
        found.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${String(f.message)}`),
      ).toEqual([]);
    },
  );

  it('no step shows either procedure and the fine is within the simple ceilings: coverage for the procedure', async () => {
    const data = fixtureCase('lawful', '04-2022-air-drycleaner-simple');
    delete (data.case as { procedure?: string }).procedure;
    data.timeline = (data.timeline ?? [])
      .filter((e) => e.event !== 'simple-decision-filed')
      .map((e) => (e.event === 'prior-notice-served' ? { ...e, oral: false } : e));
    const found = await findings(data);
    const general = [
      'procedure/filing-record',
      'procedure/investigation-report',
      'procedure/statement-period',
    ];
    expect(found.filter((f) => general.includes(f.ruleId))).toEqual([]);
    expect(found.some((f) => String(f.message).startsWith('未记录适用程序（一般／简易）'))).toBe(true);
  });

  it('a filing step shows the general procedure: its rules still run', async () => {
    const data = fixtureCase('lawful', '01-2019-air-vocs-furniture');
    delete (data.case as { procedure?: string }).procedure;
    data.timeline = (data.timeline ?? []).filter((e) => e.event !== 'investigation-report');
    const found = await findings(data);
    expect(found.some((f) => f.ruleId === 'procedure/investigation-report' && f.severity === 'error')).toBe(
      true,
    );
    expect(found.some((f) => String(f.message).startsWith('未记录适用程序'))).toBe(false);
  });
});
