/** Targeted checks of the execution pack's arithmetic, version boundaries and helpers. */
import { describe, expect, it } from 'vitest';
import { rule as paymentDeadline } from '../../rules/execution/payment-deadline.js';
import { rule as serviceDeadline } from '../../rules/execution/decision-service-deadline.js';
import { rule as surcharge } from '../../rules/execution/late-payment-surcharge.js';
import { rule as window } from '../../rules/execution/enforcement-application-window.js';
import { rule as simpleLimits } from '../../rules/execution/simple-procedure-limits.js';
import { rule as seizureTerm } from '../../rules/execution/seizure-term.js';
import { rule as closureApproval } from '../../rules/execution/closure-approval.js';
import { sameLevelGovernment } from '../../rules/execution/remedy-statement.js';
import { agencyArea, parseArea } from '../../rules/execution/territorial-jurisdiction.js';
import { applySpec, cleanCase, runOn } from './fixture-check.js';

const base = () => cleanCase('printing-vocs');

describe('payment period (15 calendar days from receipt)', () => {
  it('reports a pending period of an open case as info with the days left', () => {
    const data = applySpec(base(), {
      set: { case: { status: 'executing' } },
      remove_events: ['paid', 'closed', 'archived'],
    });
    const [f, ...rest] = runOn(paymentDeadline, data, '2020-10-27');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.deadline).toMatchObject({ due: '2020-10-30', from: '2020-10-15', status: 'pending' });
    expect(f?.message.zh).toContain('剩余3日');
  });

  it('turns the same period into a warning once it has passed with no payment recorded', () => {
    const data = applySpec(base(), {
      set: { case: { status: 'executing' } },
      remove_events: ['paid', 'closed', 'archived'],
    });
    const [f] = runOn(paymentDeadline, data, '2020-11-02');
    // no payment recorded: a warning (未记录, severity policy), the payment rule's own severity
    expect(f?.severity ?? paymentDeadline.meta.severity).toBe('warning');
    expect(f?.deadline?.status).toBe('overdue');
    // the record is silent on payment: it says "not recorded", never that the fine is unpaid
    expect(f?.message.zh).toContain('案卷未记录罚款缴清');
    expect(f?.message.zh).not.toMatch(/仍未缴清|罚款未缴清/);
    expect(f?.message.en).toContain('the record shows neither full payment');
  });

  it('runs from the deemed service date after public notice (30 days from 2022)', () => {
    const data = applySpec(base(), {
      update_events: {
        decision: { date: '2022-03-01' },
        'decision-served': { date: '2022-03-01', method: 'public-notice', ground: '下落不明' },
        paid: { date: '2022-04-15' },
      },
    });
    // deemed served 2022-03-31; 15 days → 2022-04-15
    expect(runOn(paymentDeadline, data)).toEqual([]);
    const late = applySpec(data, { update_events: { paid: { date: '2022-04-16' } } });
    expect(runOn(paymentDeadline, late)[0]?.deadline?.due).toBe('2022-04-15');
  });
});

describe('decision service: calendar days before 2021-07-15, working days from it', () => {
  it.each([
    ['2021-07-14', '2021-07-21', 0],
    ['2021-07-14', '2021-07-22', 1],
    ['2021-07-15', '2021-07-26', 0],
    ['2021-07-15', '2021-07-27', 1],
  ] as const)('decision %s served %s gives %i finding(s)', (decided, served, n) => {
    const data = applySpec(base(), {
      update_events: { decision: { date: decided }, 'decision-served': { date: served } },
    });
    expect(runOn(serviceDeadline, data)).toHaveLength(n);
  });
});

describe('decision service by post', () => {
  it('turns a late postal receipt into a warning to check the posting date', () => {
    const late = (method: 'mail' | 'direct') =>
      applySpec(base(), {
        update_events: {
          decision: { date: '2022-03-01' },
          'decision-served': { date: '2022-03-14', method },
        },
      });
    const [byPost] = runOn(serviceDeadline, late('mail'));
    expect(byPost?.severity).toBe('warning');
    expect(byPost?.message.zh).toContain('期满前交邮的不算过期');
    expect(byPost?.basis?.some((b) => b.law === 'env-penalty-measures' && b.article === 79)).toBe(true);
    const [direct] = runOn(serviceDeadline, late('direct'));
    expect(direct?.severity).toBeUndefined();
    expect(direct?.message.zh).not.toContain('交邮');
  });
});

describe('surcharge', () => {
  it('accepts exactly 3% a day and rejects one yuan more', () => {
    const ok = applySpec(base(), {
      update_events: { paid: { date: '2020-11-04' } },
      add_events: [{ event: 'surcharge', date: '2020-11-04', amount: 4500 }],
    });
    expect(runOn(surcharge, ok)).toEqual([]);
    const over = applySpec(base(), {
      update_events: { paid: { date: '2020-11-04' } },
      add_events: [{ event: 'surcharge', date: '2020-11-04', amount: 4501 }],
    });
    expect(runOn(surcharge, over)[0]?.message.zh).toContain('多计1元');
  });
});

describe('surcharge across 2021-07-15', () => {
  const started = (amount: number) =>
    applySpec(base(), {
      set: { case: { status: 'executing' } },
      update_events: { decision: { date: '2021-06-21' }, 'decision-served': { date: '2021-06-23' } },
      remove_events: ['paid', 'closed', 'archived'],
      add_events: [
        { event: 'reconsideration-filed', date: '2021-07-16', until: '2021-07-25' },
        { event: 'surcharge', date: '2021-07-28', amount },
      ],
    });

  it('excludes review days from 2021-07-15 even though the surcharge began on 2021-07-09', () => {
    // 2021-07-09 … 07-28 = 20 days, minus the 10 days under review → 10 days × 900 yuan
    expect(runOn(surcharge, started(9000))).toEqual([]);
    const [f] = runOn(surcharge, started(9001));
    expect(f?.message.zh).toContain('扣除复议、诉讼期间10日');
    expect(f?.message.zh).toContain('多计1元');
    expect(f?.basis?.map((b) => `${b.version}:${b.article}`)).toContain('2021:73');
  });
});

describe('court application window', () => {
  it('ends 3 months after the 6-month litigation period', () => {
    const data = applySpec(base(), {
      set: { case: { status: 'executing' } },
      remove_events: ['paid', 'closed', 'archived'],
    });
    const [f] = runOn(window, data, '2021-03-01');
    expect(f?.deadline).toMatchObject({ due: '2021-07-15', status: 'pending' });
    // once passed with nothing recorded: "not recorded", never "unpaid"
    const [late] = runOn(window, data, '2021-08-01');
    expect(late?.message.zh).toContain('案卷未记录罚款缴清，也未记录申请人民法院强制执行');
  });

  it('uses a one-year litigation period when the decision does not state it', () => {
    const data = applySpec(base(), {
      set: { case: { status: 'executing' }, penalty: { remedies: { litigation_months: null } } },
      remove_events: ['paid', 'closed', 'archived'],
      add_events: [{ event: 'enforcement-applied', date: '2021-05-06' }],
    });
    expect(runOn(window, data)[0]?.message.zh).toContain('12个月');
  });

  it('does not let a misstated 3-month period shorten the wait', () => {
    const data = applySpec(base(), {
      set: { case: { status: 'executing' }, penalty: { remedies: { litigation_months: 3 } } },
      remove_events: ['paid', 'closed', 'archived'],
      add_events: [{ event: 'enforcement-applied', date: '2021-02-01' }],
    });
    const [f, ...rest] = runOn(window, data);
    expect(rest).toEqual([]);
    expect(f?.message.zh).toContain('短于法定6个月');
    expect(f?.suggestion?.zh).toContain('2021-10-15');
  });

  it('waits only for the 60-day reconsideration period of a 2024 on-the-spot penalty', () => {
    const simple = (applied: string) =>
      applySpec(base(), {
        set: {
          case: { status: 'executing', procedure: 'simple' },
          penalty: { fine: 200, remedies: { reconsideration_first: true } },
        },
        update_events: {
          decision: { date: '2024-03-01' },
          'decision-served': { date: '2024-03-01', method: 'on-the-spot' },
        },
        remove_events: ['paid', 'closed', 'archived'],
        add_events: [{ event: 'enforcement-applied', date: applied }],
      });
    // 60 days from 2024-03-01 → 2024-04-30; 3 months later → 2024-07-30
    expect(runOn(window, simple('2024-04-30'))[0]?.message.zh).toContain('复议申请期限');
    expect(runOn(window, simple('2024-05-06'))).toEqual([]);
    expect(runOn(window, simple('2024-07-30'))).toEqual([]);
    expect(runOn(window, simple('2024-07-31'))[0]?.deadline?.due).toBe('2024-07-30');
  });
});

describe('seizure basis by date', () => {
  const noTerm = (date: string) =>
    applySpec(base(), {
      add_events: [
        { event: 'seizure', date, approved_by: '周海峰', officers: ['张建华', '李雯'] },
        { event: 'seizure-released', date },
      ],
    });
  const laws = (date: string) =>
    runOn(seizureTerm, noTerm(date)).flatMap((f) => (f.basis ?? []).map((b) => `${b.law}:${b.article}`));

  it('cites the 2014 measures only from 2015-01-01, and 行政强制法 §24 always', () => {
    expect(laws('2014-12-31')).toEqual(['admin-compulsion-law:24']);
    expect(laws('2015-01-01')).toEqual(['seizure-measures:11', 'admin-compulsion-law:24']);
  });
});

describe('simple procedure ceilings by party and date', () => {
  it.each([
    ['2021-07-14', 'organization', 1000, 0],
    ['2021-07-14', 'organization', 1001, 1],
    ['2021-07-15', 'organization', 3000, 0],
    ['2021-07-15', 'person', 200, 0],
    ['2021-07-15', 'person', 201, 1],
    ['2021-07-14', 'person', 51, 1],
  ] as const)('%s %s %i → %i finding(s)', (date, type, fine, n) => {
    const data = applySpec(base(), {
      set: { case: { procedure: 'simple' }, party: { type }, penalty: { fine } },
      update_events: { decision: { date } },
    });
    expect(runOn(simpleLimits, data)).toHaveLength(n);
  });
});

describe('helpers', () => {
  it('derives the same-level government of a bureau', () => {
    expect(sameLevelGovernment('上海市宝山区生态环境局')).toBe('上海市宝山区人民政府');
    expect(sameLevelGovernment('上海市生态环境局')).toBe('上海市人民政府');
    expect(sameLevelGovernment('苏州市生态环境局吴江分局')).toBeUndefined();
  });

  it('parses areas of agencies and places', () => {
    expect(agencyArea('上海市松江区生态环境局')).toEqual({ city: '上海市', district: '松江区' });
    expect(agencyArea('苏州市生态环境局吴江分局')).toEqual({ city: '苏州市', district: '吴江' });
    expect(parseArea('浙江省嘉兴市嘉善县惠民街道')).toEqual({ city: '嘉兴市', district: '嘉善县' });
    expect(parseArea('某工业园区内')).toEqual({});
  });
});

describe('closure on performance (履行完毕) and the fine', () => {
  it('says the payment is not recorded when no payment is recorded, never that the fine is unpaid', () => {
    const data = applySpec(base(), { remove_events: ['paid'] });
    const [f, ...rest] = runOn(closureApproval, data);
    expect(rest).toEqual([]);
    expect(f?.message.zh).toContain('案卷未记录罚款在结案前缴清');
    expect(f?.message.zh).not.toContain('尚未缴清');
  });
  it('says when a recorded payment came after the closure', () => {
    const closed = base().timeline.find((e) => e.event === 'closed')?.date ?? '';
    const data = applySpec(base(), { update_events: { paid: { date: '2021-12-31' } } });
    const [f] = runOn(closureApproval, data);
    expect(closed < '2021-12-31').toBe(true);
    expect(f?.message.zh).toContain('罚款于2021-12-31才缴清，晚于结案');
  });
});
