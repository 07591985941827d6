/**
 * Findings of the independent legal review of the procedure pack: each test pins a point checked against the
 * statute text (环境行政处罚办法 2010, 生态环境行政处罚办法 2023, 行政处罚法 2021) that the pack got wrong before.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData, TimelineEventData } from '../../src/model/case-data.js';
import type { LegalBasis } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { runRule } from '../helpers.js';
import { rule as preservation } from '../../rules/procedure/evidence-preservation.js';
import { rule as limitation } from '../../rules/procedure/limitation-period.js';
import { rule as contents } from '../../rules/procedure/decision-contents.js';
import { rule as hearingWindow } from '../../rules/procedure/hearing-request-window.js';
import { rule as unlawfulEvidence } from '../../rules/procedure/unlawful-evidence.js';
import { rule as collective } from '../../rules/procedure/collective-discussion.js';

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

function withEvents(name: string, events: TimelineEventData[]): CaseData {
  const data = clean(name);
  data.timeline = [...data.timeline, ...events].sort((a, b) => (a.date < b.date ? -1 : 1));
  return data;
}

const cites = (bases: LegalBasis[] | undefined, law: string, version: string, article: number): boolean =>
  (bases ?? []).some((b) => b.law === law && b.version === version && b.article === article);

describe('evidence preservation under 行政处罚法 2017 and 环境行政处罚办法 2010 §39 (7 个工作日)', () => {
  // 2020-08-25 is a Tuesday: 7 calendar days end 09-01, 7 working days end 09-03
  const preserved = (handledOn: string): CaseData =>
    withEvents('printing-vocs', [
      { event: 'preservation-approved', date: '2020-08-25', approved_by: '周海峰' },
      { event: 'evidence-preserved', date: '2020-08-25', officers: ['张建华', '李雯'] },
      { event: 'preservation-handled', date: handledOn },
    ]);

  it('late by calendar days but within the working days of §39: a warning that does not cite §39 as breached', () => {
    const findings = runRule(preservation, preserved('2020-09-02'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(cites(findings[0]?.basis, 'env-penalty-measures', '2010', 39)).toBe(false);
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2017', 37)).toBe(true);
    expect(findings[0]?.message.zh).toContain(
      '未超过环境行政处罚办法(2010)第三十九条的七个工作日（至2020-09-03）',
    );
  });

  it('on the 7th working day with the working-day option: no finding', () => {
    expect(runRule(preservation, preserved('2020-09-03'), { options: { oldLawDayType: 'workday' } })).toEqual(
      [],
    );
  });

  it('past the 7 working days as well: an error citing both texts', () => {
    const findings = runRule(preservation, preserved('2020-09-04'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(cites(findings[0]?.basis, 'env-penalty-measures', '2010', 39)).toBe(true);
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2017', 37)).toBe(true);
    expect(findings[0]?.message.zh).toContain('也超过环境行政处罚办法(2010)第三十九条的七个工作日');
  });

  it('before the 2010 measures (2009) only the 2017 law is cited, as an error', () => {
    const data = withEvents('printing-vocs', [
      { event: 'preservation-approved', date: '2009-08-25', approved_by: '周海峰' },
      { event: 'evidence-preserved', date: '2009-08-25', officers: ['张建华', '李雯'] },
      { event: 'preservation-handled', date: '2009-09-02' },
    ]);
    const findings = runRule(preservation, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(cites(findings[0]?.basis, 'env-penalty-measures', '2010', 39)).toBe(false);
  });
});

describe('limitation: 环境行政处罚办法 2010 §22 — the filing conditions are its second paragraph', () => {
  it('cites §22(2)(4), not §22 item (4)', () => {
    const data = clean('printing-vocs');
    data.violation.ended_on = '2017-06-01';
    data.violation.discovered_on = '2020-08-20';
    const findings = runRule(limitation, data);
    expect(findings).toHaveLength(1);
    const b = findings[0]?.basis?.find((x) => x.law === 'env-penalty-measures');
    expect(b).toMatchObject({ version: '2010', article: 22, paragraph: 2, item: 4 });
  });
});

describe('decision contents: 生态环境行政处罚办法 2023 §56(3) — the hearing when the hearing conditions were met', () => {
  const without = (keys: string[]): CaseData => {
    const data = clean('hazardous-waste');
    data.timeline = data.timeline.filter((e) => e.event !== 'statement-received' && e.event !== 'recheck');
    const decision = data.timeline.find((e) => e.event === 'decision');
    if (decision?.contents) decision.contents = decision.contents.filter((k) => !keys.includes(k));
    return data;
  };

  it('a waived hearing after a notice stating the right still has to be reported in the decision', () => {
    const findings = runRule(contents, without(['statement-handling']));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('听证的情况');
  });

  it('no hearing item when the decision states it', () => {
    const data = without(['statement-handling']);
    const decision = data.timeline.find((e) => e.event === 'decision');
    decision?.contents?.push('hearing-handling');
    expect(runRule(contents, data)).toEqual([]);
  });
});

describe('hearing request window at 2021-07-15 (行政处罚法 2017 §42: 三日 / 2021 §64(1) with §85: 五个工作日)', () => {
  const decidedAfterNotice = (noticeDate: string, decisionDate: string): CaseData => {
    const data = clean('printing-vocs');
    for (const e of data.timeline) {
      if (e.event === 'prior-notice-served') {
        e.date = noticeDate;
        e.hearing_right = true;
      }
      if (e.event === 'decision') e.date = decisionDate;
    }
    return data;
  };

  it('notice 2021-07-14: 3 calendar days end on Saturday 07-17, rolled to Monday 07-19', () => {
    const findings = runRule(hearingWindow, decidedAfterNotice('2021-07-14', '2021-07-19'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.deadline?.due).toBe('2021-07-19');
    expect(findings[0]?.message.zh).toContain('提前了1日');
    expect(findings[0]?.basis?.[0]).toMatchObject({ law: 'admin-penalty-law', version: '2017', article: 42 });
    expect(runRule(hearingWindow, decidedAfterNotice('2021-07-14', '2021-07-20'))).toEqual([]);
  });

  it('notice 2021-07-15: 5 working days end on 07-22; a decision on 07-20 is 3 working days early', () => {
    const findings = runRule(hearingWindow, decidedAfterNotice('2021-07-15', '2021-07-20'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.deadline?.due).toBe('2021-07-22');
    expect(findings[0]?.message.zh).toContain('提前了3个工作日');
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2021', 85)).toBe(true);
    expect(runRule(hearingWindow, decidedAfterNotice('2021-07-15', '2021-07-23'))).toEqual([]);
  });
});

describe('evidence preservation at 2021-07-15', () => {
  const preservedOn = (date: string, handledOn: string): CaseData =>
    withEvents('printing-vocs', [
      { event: 'preservation-approved', date, approved_by: '周海峰' },
      { event: 'evidence-preserved', date, officers: ['张建华', '李雯'] },
      { event: 'preservation-handled', date: handledOn },
    ]);

  it('preserved 2021-07-14 (2017 law, calendar default): handled 07-22 is a warning (within 2010 §39 to 07-23)', () => {
    const findings = runRule(preservation, preservedOn('2021-07-14', '2021-07-22'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.deadline?.due).toBe('2021-07-21');
  });

  it('preserved 2021-07-15 (2021 law §56 with §85): 7 working days end 07-26', () => {
    expect(runRule(preservation, preservedOn('2021-07-15', '2021-07-26'))).toEqual([]);
    const findings = runRule(preservation, preservedOn('2021-07-15', '2021-07-27'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.deadline?.due).toBe('2021-07-26');
  });
});

describe('unlawful evidence before 2021-07-15: 环境行政处罚办法 2010 §30(2), §32(2)', () => {
  const tainted = (name: string): CaseData => {
    const data = clean(name);
    data.violation.evidence = [
      ...(data.violation.evidence ?? []),
      { kind: 'audio-visual', description: '来源存疑的视频', lawful: false },
    ];
    return data;
  };

  it('a 2020 decision relying on it is a warning citing the 2010 measures', () => {
    const findings = runRule(unlawfulEvidence, tainted('printing-vocs'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('warning');
    expect(cites(findings[0]?.basis, 'env-penalty-measures', '2010', 30)).toBe(true);
  });

  it('a 2022 decision relying on it is an error under 行政处罚法 2021 §46(3)', () => {
    const findings = runRule(unlawfulEvidence, tainted('overstandard-discharge'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2021', 46)).toBe(true);
  });
});

describe('collective discussion: 生态环境行政处罚办法 2023 §52 lists its cases in the second paragraph', () => {
  it('a ¥500,000 fine cites §52(2)(2)', () => {
    const data = clean('hazardous-waste');
    data.penalty.fine = 500000;
    const findings = runRule(collective, data);
    expect(findings).toHaveLength(1);
    const b = findings[0]?.basis?.find((x) => x.law === 'env-penalty-measures' && x.article === 52);
    expect(b).toMatchObject({ version: '2023', paragraph: 2, item: 2 });
  });
});

describe('limitation: the 5-year period is cited from the text that has it', () => {
  it('with fiveYearsForEarlierActs an old act past 5 years cites 行政处罚法 2021 §36(1), not 2017 §29(1)', () => {
    const data = clean('printing-vocs');
    data.violation.started_on = '2015-01-01';
    data.violation.ended_on = '2015-06-01';
    data.violation.harm = { life_health_safety: true, consequences: true };
    const findings = runRule(limitation, data, { options: { fiveYearsForEarlierActs: true } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('超过5年追责时效');
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2021', 36)).toBe(true);
    expect(cites(findings[0]?.basis, 'admin-penalty-law', '2017', 29)).toBe(false);
  });
});
