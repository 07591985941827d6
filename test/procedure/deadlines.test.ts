/** Pending and passed deadlines in open cases, and version selection at the 2021-07-15 and 2023-07-01 boundaries. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData, TimelineEventData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { runRule } from '../helpers.js';
import { rule as statementPeriod } from '../../rules/procedure/statement-period.js';
import { rule as hearingWindow } from '../../rules/procedure/hearing-request-window.js';
import { rule as timeLimit } from '../../rules/procedure/decision-time-limit.js';
import { rule as preservation } from '../../rules/procedure/evidence-preservation.js';
import { rule as hearingNotice } from '../../rules/procedure/hearing-notice-period.js';

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

/** the case as it stood before `cut`: open, with the later steps not yet taken */
function openUntil(name: string, cut: string, extra: TimelineEventData[] = []): CaseData {
  const data = clean(name);
  data.case.status = 'open';
  data.timeline = [...data.timeline.filter((e) => e.date < cut), ...extra].sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  return data;
}

describe('open cases: pending periods are info with the days left', () => {
  it('statement period under the 2023 measures: 5 working days, May Day not counted', () => {
    // hazardous-waste: notice served 2024-04-25; 4-28 is a make-up working day, 5-1..5-5 a holiday → due 2024-05-06
    const data = openUntil('hazardous-waste', '2024-04-29');
    const findings = runRule(statementPeriod, data, { asOf: '2024-04-29' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.deadline?.due).toBe('2024-05-06');
    expect(findings[0]?.deadline?.status).toBe('pending');
    expect(findings[0]?.message.zh).toContain('剩余2个工作日');
  });

  it('statement period: nothing once the period has passed without a decision', () => {
    const data = openUntil('hazardous-waste', '2024-04-29');
    expect(runRule(statementPeriod, data, { asOf: '2024-05-07' })).toEqual([]);
  });

  it('hearing request window under the 2017 law: 3 calendar days rolled past National Day', () => {
    const data = openUntil('printing-vocs', '2020-09-29');
    const notice = data.timeline.find((e) => e.event === 'prior-notice-served');
    if (notice) notice.hearing_right = true;
    const findings = runRule(hearingWindow, data, { asOf: '2020-09-29' });
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.deadline?.due).toBe('2020-10-09');
  });

  it('hearing request window: the working-day option moves a Friday notice from Monday to Wednesday', () => {
    const data = openUntil('printing-vocs', '2020-09-05');
    data.timeline.push({
      event: 'prior-notice-served',
      date: '2020-09-04',
      hearing_right: true,
      method: 'direct',
    });
    const calendar = runRule(hearingWindow, data, { asOf: '2020-09-05' });
    expect(calendar[0]?.deadline?.due).toBe('2020-09-07');
    const workdays = runRule(hearingWindow, data, {
      asOf: '2020-09-05',
      options: { oldLawDayType: 'workday' },
    });
    expect(workdays[0]?.deadline?.due).toBe('2020-09-09');
    expect(workdays[0]?.message.zh).toContain('剩余3个工作日');
  });

  it('decision time limit: pending info before day 90, error after it', () => {
    const data = openUntil('hazardous-waste', '2024-05-13');
    const pending = runRule(timeLimit, data, { asOf: '2024-06-01' });
    expect(pending[0]?.severity).toBe('info');
    expect(pending[0]?.deadline?.due).toBe('2024-06-18');
    expect(pending[0]?.message.zh).toContain('剩余17日');
    const overdue = runRule(timeLimit, data, { asOf: '2024-06-19' });
    expect(overdue[0]?.severity).toBeUndefined();
    expect(overdue[0]?.deadline?.status).toBe('overdue');
  });

  it('evidence preservation: a running 7-working-day period is info', () => {
    const data = openUntil('hazardous-waste', '2024-03-27', [
      { event: 'preservation-approved', date: '2024-03-26', approved_by: '韩斌' },
      { event: 'evidence-preserved', date: '2024-03-26', officers: ['许文杰', '蒋丽娟'] },
    ]);
    const findings = runRule(preservation, data, { asOf: '2024-03-27' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    // 3-27 … 4-3 (Qingming 4-4..4-6 off, 4-7 a make-up working day) → the 7th working day is 2024-04-07
    expect(findings[0]?.deadline?.due).toBe('2024-04-07');
  });
});

describe('version boundaries', () => {
  const withHearing = (noticeDate: string, hearingDate: string): CaseData => {
    const data = clean('printing-vocs');
    data.timeline.push(
      { event: 'hearing-notice-served', date: noticeDate, method: 'direct' },
      { event: 'hearing-held', date: hearingDate, presider: '王志强' },
    );
    return data;
  };

  it('hearing notice served 2021-07-14 follows the 2017 law (7 calendar days)', () => {
    expect(runRule(hearingNotice, withHearing('2021-07-14', '2021-07-21'))).toEqual([]);
  });

  it('hearing notice served 2021-07-15 follows the 2021 law (7 working days)', () => {
    const findings = runRule(hearingNotice, withHearing('2021-07-15', '2021-07-22'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.basis?.[0]).toMatchObject({ law: 'admin-penalty-law', version: '2021', article: 64 });
    expect(runRule(hearingNotice, withHearing('2021-07-15', '2021-07-26'))).toEqual([]);
  });
});

describe('decision time limit: excluded periods', () => {
  const withSuspensions = (decisionDate: string): CaseData => {
    const data = clean('hazardous-waste');
    data.timeline.push(
      {
        event: 'suspended',
        date: '2024-04-01',
        until: '2024-04-21',
        approved_by: '韩斌',
        ground: '等待有权机关解释',
      },
      {
        event: 'suspended',
        date: '2024-04-10',
        until: '2024-04-30',
        approved_by: '韩斌',
        ground: '不可抗力',
      },
    );
    const decision = data.timeline.find((e) => e.event === 'decision');
    if (decision) decision.date = decisionDate;
    return data;
  };

  it('overlapping suspensions count once: (04-01, 04-30] is 29 days, so day 90 + 29 is 2024-07-17', () => {
    expect(runRule(timeLimit, withSuspensions('2024-07-17'))).toEqual([]);
    const late = runRule(timeLimit, withSuspensions('2024-07-18'));
    expect(late).toHaveLength(1);
    expect(late[0]?.deadline?.due).toBe('2024-07-17');
    expect(late[0]?.message.zh).toContain('29日');
    expect(late[0]?.basis).toContainEqual({
      law: 'env-penalty-measures',
      version: '2023',
      article: 57,
      paragraph: 2,
    });
  });
});

describe('holiday data coverage', () => {
  it('a deadline in a year without holiday data carries a note', async () => {
    const { rules } = await import('../../rules/procedure/index.js');
    const wrapped = rules.find((r) => r.meta.id === 'procedure/decision-time-limit');
    expect(wrapped).toBeDefined();
    if (!wrapped) return;
    const data = clean('hazardous-waste');
    data.case.status = 'open';
    for (const e of data.timeline) e.date = e.date.replace(/^2024/, '2027');
    data.timeline = data.timeline.filter((e) => e.date <= '2027-04-01');
    const findings = runRule(wrapped, data, { asOf: '2027-04-01' });
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message.zh).toContain('2027年不在节假日数据范围内');
  });
});
