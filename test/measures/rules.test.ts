import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/paths.js';
import type { CaseData, TimelineEventData } from '../../src/model/case-data.js';
import { buildCase, makeContext, runRule } from '../helpers.js';
import { rule as dailyNotUsed } from '../../rules/measures/daily-penalty-not-used.js';
import { rule as correctionOrder } from '../../rules/measures/correction-order.js';
import { rule as seizureNotUsed } from '../../rules/measures/seizure-not-used.js';
import { rule as limitNotUsed } from '../../rules/measures/production-limit-not-used.js';
import { rule as available } from '../../rules/measures/measures-available.js';
import { orderDefects } from '../../rules/measures/support.js';

function clean(): CaseData {
  return parse(
    readFileSync(fromRoot('fixtures', 'cases', 'overstandard-discharge', 'case.yaml'), 'utf8'),
  ) as CaseData;
}

/** the clean over-standard case with the re-inspection changed */
function refused(patch: Partial<TimelineEventData> = {}, data = clean()): CaseData {
  return {
    ...data,
    timeline: data.timeline.map((e) =>
      e.event === 'reinspection' ? { ...e, result: 'continuing', undercover: true, ...patch } : e,
    ),
  };
}

describe('measures/daily-penalty-not-used', () => {
  it('names the dates, the days counted (§17) and the amount (§19)', () => {
    const [f, ...rest] = runRule(dailyNotUsed, refused());
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBeUndefined();
    expect(f?.message.zh).toContain('2022-08-17送达');
    expect(f?.message.zh).toContain('自2022-08-18至2022-09-06共20日');
    expect(f?.message.zh).toContain('150,000元计3,000,000元');
    expect(f?.path).toBe('/timeline/9');
  });

  it('accumulates the days over a second re-inspection that found the refusal again (§14, §17)', () => {
    const data = refused();
    data.timeline.push({ event: 'reinspection', date: '2022-09-20', result: 'continuing', undercover: true });
    data.timeline.sort((a, b) => a.date.localeCompare(b.date));
    const [f] = runRule(dailyNotUsed, data);
    expect(f?.message.zh).toContain('自2022-08-18至2022-09-20共34日');
    expect(f?.message.zh).toContain('计5,100,000元');
  });

  it('is an info while the case is open, and when a seizure may have stopped the discharge (§20)', () => {
    const open = refused();
    open.case = { ...open.case, status: 'open' };
    expect(runRule(dailyNotUsed, open)[0]?.severity).toBe('info');
    const seized = refused();
    seized.timeline.push({
      event: 'seizure',
      date: '2022-09-07',
      approved_by: '马国庆',
      until: '2022-10-06',
    });
    const [f] = runRule(dailyNotUsed, seized);
    expect(f?.severity).toBe('info');
    expect(f?.basis?.some((b) => b.law === 'daily-penalty-measures' && b.article === 20)).toBe(true);
  });

  it('says nothing when the re-inspection result is not recorded (no guess from the note)', () => {
    const data = clean();
    data.timeline = data.timeline.map((e) => {
      if (e.event !== 'reinspection') return e;
      const { outcome: _outcome, ...rest } = e;
      return { ...rest, note: '当事人继续生产，设施运行正常' };
    });
    const found = runRule(dailyNotUsed, data);
    // no accusation: only the coverage gap saying the check could not run
    expect(found.map((f) => f.gap?.fact)).toEqual(['reinspection-result']);
    expect(found[0]?.check?.zh).toBe('按日连续处罚该用不用');
  });
});

describe('measures/correction-order', () => {
  it('counts the three working days with the holiday calendar (National Day 2022 and its make-up working days)', () => {
    const data = clean();
    data.timeline = data.timeline.map((e) =>
      e.event === 'monitoring-report' ? { ...e, date: '2022-09-29' } : e,
    );
    const c = buildCase(data);
    const ctx = makeContext();
    // 09-30 (Fri), 10-08 (Sat, 调休), 10-09 (Sun, 调休): the third working day is 2022-10-09
    expect(orderDefects(c, ctx, '2022-10-09', undefined, 30)).toEqual([]);
    const [late] = orderDefects(c, ctx, '2022-10-10', undefined, 30);
    expect(late?.kind).toBe('late-service');
    expect(late?.due).toBe('2022-10-09');
  });

  it('reports an unrecorded undercover check as coverage, not as a defect', () => {
    const data = refused();
    data.timeline = data.timeline.map((e) => {
      if (e.event !== 'reinspection') return e;
      const { undercover: _u, ...rest } = e;
      return rest;
    });
    const found = runRule(correctionOrder, data);
    expect(found.map((f) => [f.gap?.fact, f.severity])).toEqual([['reinspection-undercover', undefined]]);
  });

  it('is silent when the re-inspection found the discharge corrected, whatever the dates', () => {
    const data = refused({ date: '2022-09-30', result: 'corrected' });
    expect(runRule(correctionOrder, data)).toEqual([]);
    expect(runRule(correctionOrder, refused({ date: '2022-09-30' }))).toHaveLength(1);
  });
});

describe('measures/seizure-not-used', () => {
  // a record that lists its measures (none), so that "no exemption recorded" is what the record says
  const hidden = (): CaseData => {
    const data = clean();
    return { ...data, violation: { ...data.violation, conduct: ['hidden-pipe'] }, measures: [] };
  };

  it('is a warning when the record has no measures section (an exemption may be in the file)', () => {
    const { measures: _measures, ...data } = hidden();
    expect(runRule(seizureNotUsed, data)[0]?.severity).toBe('warning');
  });

  it('is an error on a closed case, a warning while the case is open', () => {
    expect(runRule(seizureNotUsed, hidden())[0]?.severity).toBeUndefined();
    const open = hidden();
    open.case = { ...open.case, status: 'open' };
    expect(runRule(seizureNotUsed, open)[0]?.severity).toBe('warning');
  });

  it.each(['public-utility', 'livelihood', 'production-safety'] as const)(
    'accepts the §6 exemption %s',
    (ground) => {
      const data = {
        ...hidden(),
        measures: [{ measure: 'seizure' as const, used: false, ground, reason: '理由' }],
      };
      expect(runRule(seizureNotUsed, data)).toEqual([]);
    },
  );
});

describe('measures/production-limit-not-used', () => {
  const metal = (decided: string): CaseData => {
    const data = clean();
    return {
      ...data,
      violation: {
        ...data.violation,
        measurements: [{ pollutant: '总铬', value: 4.5, unit: 'mg/L', standard: 1.5, heavy_metal: true }],
      },
      timeline: data.timeline.map((e) => (e.event === 'decision' ? { ...e, date: decided } : e)),
    };
  };

  it('cites 生态环境行政处罚办法 (2023) §8 for decisions from 2023-07-01 only', () => {
    const before = runRule(limitNotUsed, metal('2023-06-30'))[0];
    const after = runRule(limitNotUsed, metal('2023-07-01'))[0];
    const cites2023 = (f: typeof before) =>
      f?.basis?.some((b) => b.law === 'env-penalty-measures' && b.version === '2023' && b.article === 8);
    expect(cites2023(before)).toBe(false);
    expect(cites2023(after)).toBe(true);
    expect(after?.message.zh).toContain('生态环境行政处罚办法');
  });

  it('reports a pollutant at 3 times its standard with no recorded class as coverage', () => {
    const data = clean();
    data.violation = {
      ...data.violation,
      measurements: [{ pollutant: '某污染物', value: 3, unit: 'mg/L', standard: 1 }],
    };
    const found = runRule(limitNotUsed, data);
    expect(found.map((f) => f.gap?.fact)).toEqual(['pollutant-class']);
    expect(found[0]?.path).toBe('/violation/measurements/0');
  });

  it('computes the multiple from value and standard, and honours the suspensionMultiple option', () => {
    expect(runRule(limitNotUsed, metal('2022-10-24'))).toHaveLength(1);
    expect(runRule(limitNotUsed, metal('2022-10-24'), { options: { suspensionMultiple: 4 } })).toEqual([]);
  });
});

describe('measures/measures-available', () => {
  it('stays silent on the shipped clean cases unless plainExcess is on', () => {
    expect(runRule(available, clean())).toEqual([]);
    expect(runRule(available, clean(), { options: { plainExcess: true } })).toHaveLength(1);
  });
});
