/**
 * A check that cannot run says so (coverage, "未记录…，未检查…" or "…不在条款目录，未检查…"), never a finding and
 * never silence: a clause the catalogue holds only in a text later than the act (penalty/fine-within-range), an
 * unrecorded discretion (penalty/benchmark-applied), unrecorded dates of the deadline rules that a full dossier
 * gates (procedure/decision-time-limit, statement-period, limitation-period).
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import type { Rule } from '../../src/engine/types.js';
import { fromRoot } from '../../src/paths.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as benchmarkApplied } from '../../rules/penalty/benchmark-applied.js';
import { rule as discretionExplanation } from '../../rules/penalty/discretion-explanation.js';
import { rule as dailyPenaltyPreconditions } from '../../rules/penalty/daily-penalty-preconditions.js';
import { rule as dailyPenaltyNotUsed } from '../../rules/measures/daily-penalty-not-used.js';
import { rule as correctionOrder } from '../../rules/measures/correction-order.js';
import { rule as decisionTimeLimit } from '../../rules/procedure/decision-time-limit.js';
import { rule as statementPeriod } from '../../rules/procedure/statement-period.js';
import { rule as limitationPeriod } from '../../rules/procedure/limitation-period.js';
import { rule as disproportionateFine } from '../../rules/penalty/disproportionate-fine.js';
import { rule as kindsAllowedByClause } from '../../rules/penalty/kinds-allowed-by-clause.js';
import { rule as overlappingClauses } from '../../rules/penalty/overlapping-clauses.js';
import { rule as basisMatchesViolation } from '../../rules/penalty/basis-matches-violation.js';
import { rule as illegalGainsAddressed } from '../../rules/penalty/illegal-gains-addressed.js';
import { rule as legalReviewerQualification } from '../../rules/procedure/legal-reviewer-qualification.js';
import { lintCase } from '../../src/api.js';

async function run(rule: Rule, name: string) {
  const [pack, id] = rule.meta.id.split('/') as [string, string];
  const { findings, coverage } = await runFixtureWithCoverage(
    rule,
    await loadFixture(fromRoot('fixtures', 'rules', pack, id, name)),
  );
  return {
    own: findings.filter((f) => f.ruleId === rule.meta.id),
    gaps: findings.filter((f) => f.category === 'coverage'),
    notChecked: coverage.notChecked.map((e) => e.ruleId),
  };
}

describe('penalty/fine-within-range: a gap of the clause catalogue is coverage', () => {
  it('a clause held only in a text later than the act: not-in-catalogue coverage, no warning', async () => {
    const { own, gaps, notChecked } = await run(
      fineWithinRange,
      'pass-solid-waste-act-before-2020-09-01-coverage.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps.map((f) => [f.ruleId, f.severity, f.message.zh])).toEqual([
      [
        'coverage/not-in-catalogue',
        'info',
        '违法行为时（2020-08-15）有效的罚则（所引固体废物污染环境防治法(2020)第一百一十二条第（十三）项自2020-09-01起施行；行为时的法律适用，新法更轻的除外）不在条款目录，未检查：罚款幅度（从旧兼从轻）',
      ],
    ]);
    expect(notChecked).toEqual(['penalty/fine-within-range']);
  });

  it('an unrecorded act date: not-recorded coverage, not silence', async () => {
    const { own, gaps } = await run(fineWithinRange, 'pass-act-date-not-recorded.yaml');
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual(['未记录违法行为发生日期，未检查：罚款在法定幅度内']);
  });
});

describe('penalty/fine-within-range: an act dated only in part is checked when one clause covers every day it can be on', () => {
  it('a start known to the month, one clause in force until the decision: checked, no gap', async () => {
    const { own, gaps, notChecked } = await run(fineWithinRange, 'pass-act-month-same-clause.yaml');
    expect([...own, ...gaps]).toEqual([]);
    expect(notChecked).toEqual([]);
  });

  it('the same span with a fine above that clause: the error of an exact date', async () => {
    const { own, gaps } = await run(fineWithinRange, 'fail-act-month-above-max.yaml');
    expect(gaps).toEqual([]);
    expect(own.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'error',
        expect.stringMatching(
          /^罚款250,000元超过大气污染防治法\(2018\)第一百零八条第（一）项规定的上限200,000元/,
        ),
      ],
    ]);
  });

  it.each([
    // 2018-10-01 … 2020-09-30 crosses the 2018 text (2018-10-26): two catalogue rows
    'pass-act-month-clause-changes-coverage.yaml',
    // no decision: nothing bounds the act from above
    'pass-act-end-month-coverage-no-decision.yaml',
  ])('%s: coverage, not a finding', async (name) => {
    const { own, gaps, notChecked } = await run(fineWithinRange, name);
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual(['未记录违法行为发生日期，未检查：罚款在法定幅度内']);
    expect(notChecked).toEqual(['penalty/fine-within-range']);
  });
});

describe('penalty/disproportionate-fine: the same span rule', () => {
  it('one clause on every day: judged as for an exact date', async () => {
    const { own, gaps } = await run(disproportionateFine, 'fail-act-month-near-max-without-aggravation.yaml');
    expect(gaps).toEqual([]);
    expect(own.map((f) => f.message.zh)).toEqual([expect.stringMatching(/^罚款190,000元处于法定幅度/)]);
  });

  it('a span crossing a new text: coverage, no judgement', async () => {
    const { own, gaps } = await run(disproportionateFine, 'pass-act-month-clause-changes-coverage.yaml');
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual(['未记录违法行为发生日期，未检查：处罚畸轻畸重']);
  });
});

describe('penalty/benchmark-applied: an unrecorded discretion is coverage, not silence', () => {
  it('a fine above the minimum without a discretion section: 未记录裁量过程，未检查', async () => {
    const { own, gaps, notChecked } = await run(benchmarkApplied, 'pass-discretion-not-recorded.yaml');
    expect(own).toEqual([]);
    expect(gaps.map((f) => [f.ruleId, f.severity, f.path, f.message.zh])).toEqual([
      [
        'coverage/not-recorded',
        'info',
        '/discretion',
        '未记录裁量过程（适用的裁量基准、裁量因素和档次），未检查：裁量基准的选用和计算',
      ],
    ]);
    expect(notChecked).toEqual(['penalty/benchmark-applied']);
  });

  it('the statutory minimum leaves nothing to check: neither a finding nor a gap', async () => {
    const { own, gaps, notChecked } = await run(
      benchmarkApplied,
      'pass-discretion-not-recorded-statutory-minimum.yaml',
    );
    expect([...own, ...gaps]).toEqual([]);
    expect(notChecked).toEqual([]);
  });
});

describe('deadline rules on a full dossier: a date not recorded is coverage naming it', () => {
  it.each([
    [
      decisionTimeLimit,
      'pass-filing-not-recorded.yaml',
      'coverage/not-recorded',
      '未记录立案日期，未检查：办案期限',
    ],
    [
      decisionTimeLimit,
      'pass-filed-before-2010-measures.yaml',
      'coverage/not-covered',
      '2009-12-01适用的环境行政处罚程序规定（2010年3月1日以前）不在 caselint 法律数据范围内，未检查：办案期限',
    ],
    [
      decisionTimeLimit,
      'pass-status-not-recorded-no-decision.yaml',
      'coverage/not-recorded',
      '未记录案件状态（仍在办理，或已结案、终止），未检查：办案期限',
    ],
    [
      statementPeriod,
      'pass-notice-not-recorded.yaml',
      'coverage/not-recorded',
      '未记录事先告知书的送达，未检查：陈述申辩期限届满后决定',
    ],
    [
      statementPeriod,
      'pass-stated-period-not-recorded.yaml',
      'coverage/not-recorded',
      '未记录事先告知书载明的陈述申辩期限（statement_days），未检查：陈述申辩期限届满后决定',
    ],
    [
      limitationPeriod,
      'pass-act-date-not-recorded.yaml',
      'coverage/not-recorded',
      '未记录违法行为发生日期，未检查：追责时效',
    ],
    [
      limitationPeriod,
      'pass-discovery-not-recorded.yaml',
      'coverage/not-recorded',
      '未记录违法行为的发现日期（或线索受理、检查、立案日期），未检查：追责时效',
    ],
  ] as const)('%#: %s', async (rule, name, ruleId, message) => {
    const { own, gaps, notChecked } = await run(rule, name);
    expect(own).toEqual([]);
    expect(gaps.map((f) => [f.ruleId, f.severity, f.message.zh])).toEqual([[ruleId, 'info', message]]);
    expect(notChecked).toEqual([rule.meta.id]);
  });

  it('a recorded open status keeps the deadline: overdue is a finding of the rule, not coverage', async () => {
    const { own, gaps } = await run(decisionTimeLimit, 'fail-open-no-decision-overdue.yaml');
    expect(gaps).toEqual([]);
    expect(own.map((f) => [f.severity, f.message.zh])).toEqual([
      ['error', expect.stringMatching(/^立案后第\d+日仍未作出决定，三个月办案期限已于2020-11-23届满/)],
    ]);
  });

  it('an act still going on when discovered has no limitation running: neither a finding nor a gap', async () => {
    const { own, gaps, notChecked } = await run(limitationPeriod, 'pass-continuing.yaml');
    expect([...own, ...gaps]).toEqual([]);
    expect(notChecked).toEqual([]);
  });
});

/** the rules that read the clause in force at the act (appliedClauses, 行政处罚法 2021 §37) */
const ACT_CLAUSE_RULES = [
  fineWithinRange,
  disproportionateFine,
  kindsAllowedByClause,
  overlappingClauses,
  basisMatchesViolation,
  illegalGainsAddressed,
];

describe('rules on the clause in force at the act: an act dated only to the month is checked when one clause covers the span', () => {
  const SPAN_RULES = [
    [basisMatchesViolation, 'fail-act-month-wrong-conduct.yaml'],
    [kindsAllowedByClause, 'fail-act-month-suspend-rectify-not-allowed.yaml'],
    [overlappingClauses, 'fail-act-month-shanghai-clause.yaml'],
  ] as const;

  it.each(SPAN_RULES.map(([r]) => [r.meta.id, r] as const))(
    '%s: a start known to the month, one clause until the decision: checked, no "act date not recorded"',
    async (_id, rule) => {
      const { own, gaps, notChecked } = await run(rule, 'pass-act-month-same-clause.yaml');
      expect([...own, ...gaps]).toEqual([]);
      expect(notChecked).toEqual([]);
    },
  );

  it.each(SPAN_RULES.map(([r, fail]) => [r.meta.id, r, fail] as const))(
    '%s: the same span with a defect gives the finding of an exact date',
    async (_id, rule, fail) => {
      const { own, gaps } = await run(rule, fail);
      expect(gaps).toEqual([]);
      expect(own.length).toBeGreaterThan(0);
    },
  );
});

describe('rules on the clause in force at the act: an unrecorded act date is coverage, not silence', () => {
  it.each(ACT_CLAUSE_RULES.map((r) => [r.meta.id, r] as const))('%s', async (_id, rule) => {
    const { own, gaps, notChecked } = await run(rule, 'pass-act-date-not-recorded.yaml');
    expect(own).toEqual([]);
    expect(gaps.map((f) => [f.ruleId, f.severity, f.path, f.message.zh])).toEqual([
      [
        'coverage/not-recorded',
        'info',
        '/violation',
        `未记录违法行为发生日期，未检查：${(rule.meta.check ?? rule.meta.title).zh}`,
      ],
    ]);
    expect(notChecked).toEqual([rule.meta.id]);
  });

  it('penalty/benchmark-applied: a formula on the statutory maximum is not recomputed, and says why', async () => {
    const { own, gaps, notChecked } = await run(
      benchmarkApplied,
      'fail-example-formula-act-date-not-recorded.yaml',
    );
    // the example benchmark is still named; the recomputation (fail-example-formula.yaml) is not made
    expect(own.map((f) => f.message.zh)).toEqual([
      '“EXAMPLE-WEIGHTED-PCT”是示例数据，不是任何机关公布的裁量基准，不能作为裁量依据',
    ]);
    expect(gaps.map((f) => f.message.zh)).toEqual(['未记录违法行为发生日期，未检查：裁量基准的选用和计算']);
    expect(notChecked).toEqual(['penalty/benchmark-applied']);
  });

  it('one unrecorded act date gives one coverage line naming every check it blocked', async () => {
    const fixture = await loadFixture(
      fromRoot('fixtures', 'rules', 'penalty', 'illegal-gains-addressed', 'pass-act-date-not-recorded.yaml'),
    );
    const report = await lintCase(fixture.loaded.data, { ruleSet: ACT_CLAUSE_RULES, asOf: '2026-11-28' });
    const findings = report.results[0]?.findings ?? [];
    expect(findings.filter((f) => f.category !== 'coverage')).toEqual([]);
    const lines = findings.filter((f) => f.message.startsWith('未记录违法行为发生日期'));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.severity).toBe('info');
    for (const rule of ACT_CLAUSE_RULES)
      expect(lines[0]!.message).toContain((rule.meta.check ?? rule.meta.title).zh);
  });
});

describe('penalty/fine-within-range without the act date: outside every version that can apply', () => {
  it('排污许可管理条例 §36(1), one text (2021): ¥250,000 is above its maximum whatever the day', async () => {
    const { own, gaps, notChecked } = await run(
      fineWithinRange,
      'fail-act-date-not-recorded-above-every-version.yaml',
    );
    expect(gaps).toEqual([]);
    expect(notChecked).toEqual([]);
    expect(own.map((f) => [f.severity, f.message.zh, f.basis?.map((b) => `${b.law}@${b.version}`)])).toEqual([
      [
        'error',
        '罚款250,000元不在所引罚则任何可能适用的文本的法定幅度内（未记录违法行为发生日期；已考虑行为时可能适用及决定时有效的各文本：排污许可管理条例(2021)第三十六条第（一）项（20,000元至200,000元），超过其上限）',
        ['discharge-permit-regs@2021', 'admin-penalty-law@2021'],
      ],
    ]);
  });

  it('an act within a span across two texts of 大气法: both are named, both ranges exceeded', async () => {
    const { own, gaps } = await run(
      fineWithinRange,
      'fail-act-month-clause-changes-above-every-version.yaml',
    );
    expect(gaps).toEqual([]);
    expect(own).toHaveLength(1);
    expect(own[0]?.message.zh).toContain('违法行为日期只知在2018-10-01至2020-10-13之间');
    expect(own[0]?.message.zh).toContain('大气污染防治法(2016)第一百零八条第（一）项');
    expect(own[0]?.message.zh).toContain('大气污染防治法(2018)第一百零八条第（一）项');
    // the 2016 row of the catalogue is unconfirmed: a warning, not an error
    expect(own[0]?.severity).toBe('warning');
  });

  it('within the range of a version that can apply: the coverage line stays', async () => {
    for (const name of [
      'pass-act-date-not-recorded-within-every-version.yaml',
      // 大气法 §108(1), ¥30,000: within the range of the 2016 and 2018 texts
      'pass-act-date-not-recorded.yaml',
    ]) {
      const { own, gaps } = await run(fineWithinRange, name);
      expect(own).toEqual([]);
      expect(gaps.map((f) => f.message.zh)).toEqual(['未记录违法行为发生日期，未检查：罚款在法定幅度内']);
    }
  });
});

describe('a paragraph cited without the item that sets its penalty is coverage, not a guess', () => {
  it('penalty/fine-within-range: 固废法 2020 §102 ¶2 alone is not read as its first row (items 1, 8)', async () => {
    const { own, gaps, notChecked } = await run(
      fineWithinRange,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：罚款幅度（从旧兼从轻）',
    ]);
    expect(notChecked).toEqual(['penalty/fine-within-range']);
  });

  it('penalty/basis-matches-violation: a row it can mean lists no conduct, so no mismatch is shown', async () => {
    const { own, gaps } = await run(
      basisMatchesViolation,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message.en).toMatch(
      /^the item of the cited .*art\. 102\(2\) that applies .* not recorded, not checked/,
    );
  });
});

describe('no judgement rests on a row of an item-less paragraph the record did not choose', () => {
  it('penalty/disproportionate-fine: ¥190,000 near the top of items 1/8 but not of items 2–6/9–11: coverage', async () => {
    const { own, gaps, notChecked } = await run(
      disproportionateFine,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：处罚畸轻畸重',
    ]);
    expect(notChecked).toEqual(['penalty/disproportionate-fine']);
  });

  it('penalty/disproportionate-fine: the item cited beside it picks the row, and the rule judges', async () => {
    const { own, gaps } = await run(
      disproportionateFine,
      'fail-solid-waste-102-item-8-paragraph-2-near-max.yaml',
    );
    expect(gaps).toEqual([]);
    expect(own.map((f) => f.message.zh)).toEqual([
      expect.stringContaining('罚款190,000元处于法定幅度50,000元至200,000元的上限附近'),
    ]);
  });

  it('penalty/overlapping-clauses: whether the national clause of the overlap is cited turns on the item', async () => {
    const { own, gaps, notChecked } = await run(
      overlappingClauses,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：法条竞合：罚款数额高的规定与地方规定让位',
    ]);
    expect(notChecked).toEqual(['penalty/overlapping-clauses']);
    const cited = await run(overlappingClauses, 'fail-solid-waste-102-item-1-shanghai-clause-yields.yaml');
    expect(cited.gaps).toEqual([]);
    expect(cited.own.map((f) => f.message.zh)).toEqual([
      expect.stringContaining(
        '擅自倾倒、堆放工业固体废物已由固体废物污染环境防治法(2020)第一百零二条第二款第（七）项规定处罚',
      ),
    ]);
  });

  it('penalty/benchmark-applied and discretion-explanation: the minimum of one row but not of another', async () => {
    const gap =
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：';
    for (const [rule, check] of [
      [benchmarkApplied, '裁量基准的选用和计算'],
      [discretionExplanation, discretionExplanation.meta.check?.zh ?? discretionExplanation.meta.title.zh],
    ] as const) {
      const { own, gaps, notChecked } = await run(
        rule,
        'pass-solid-waste-102-paragraph-2-without-item-minimum.yaml',
      );
      expect(own).toEqual([]);
      expect(gaps.map((f) => f.message.zh)).toEqual([`${gap}${check}`]);
      expect(notChecked).toEqual([rule.meta.id]);
    }
  });

  it('penalty/benchmark-applied: the formula is not worked on the first row of an item-less paragraph', async () => {
    const { own, gaps } = await run(
      benchmarkApplied,
      'fail-example-formula-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own.map((f) => f.message.zh)).toEqual([
      '“EXAMPLE-WEIGHTED-PCT”是示例数据，不是任何机关公布的裁量基准，不能作为裁量依据',
    ]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：裁量基准的选用和计算',
    ]);
  });

  it('per-day list: 固废法 2020 §102 ¶2 alone is on it for items 2–7/9–11 (§119), not for items 1/8', async () => {
    const gap =
      '未记录所引固体废物污染环境防治法(2020)第一百零二条第二款适用的项（该款各项的罚则不同），未检查：';
    const preconditions = await run(
      dailyPenaltyPreconditions,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(preconditions.own).toEqual([]);
    expect(preconditions.gaps.map((f) => f.message.zh)).toEqual([`${gap}按日连续处罚的适用条件`]);
    const itemCited = await run(dailyPenaltyPreconditions, 'fail-solid-waste-102-item-1-not-on-list.yaml');
    expect(itemCited.gaps).toEqual([]);
    expect(itemCited.own.map((f) => [f.severity, f.message.zh])).toContainEqual([
      'error',
      expect.stringContaining('所引违法行为不在按日连续处罚的适用范围内'),
    ]);
    for (const [rule, check] of [
      [dailyPenaltyNotUsed, '按日连续处罚该用不用'],
      [correctionOrder, '责令改正违法行为决定书的送达与复查'],
    ] as const) {
      const { own, gaps, notChecked } = await run(rule, 'pass-solid-waste-102-paragraph-2-without-item.yaml');
      expect(own).toEqual([]);
      expect(gaps.map((f) => f.message.zh)).toEqual([`${gap}${check}`]);
      expect(notChecked).toEqual([rule.meta.id]);
    }
  });

  it('penalty/kinds-allowed-by-clause: every row of 固废法 2020 §102 ¶2 provides a fine, so it judges', async () => {
    const { own, gaps } = await run(
      kindsAllowedByClause,
      'pass-solid-waste-102-paragraph-2-without-item.yaml',
    );
    expect(own).toEqual([]);
    expect(gaps).toEqual([]);
  });
});

describe('procedure/legal-reviewer-qualification: an unrecorded qualification is coverage, not silence', () => {
  it('a reviewer whose qualification is not recorded', async () => {
    const { own, gaps, notChecked } = await run(legalReviewerQualification, 'pass-not-recorded.yaml');
    expect(own).toEqual([]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '未记录法制审核人员或其法律职业资格，未检查：法制审核人员的法律职业资格',
    ]);
    expect(notChecked).toEqual(['procedure/legal-reviewer-qualification']);
  });

  it('a recorded qualification: checked, no coverage line', async () => {
    const { own, gaps } = await run(legalReviewerQualification, 'pass.yaml');
    expect(own).toEqual([]);
    expect(gaps).toEqual([]);
  });
});
