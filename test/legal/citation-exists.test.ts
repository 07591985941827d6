import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { runRule } from '../helpers.js';
import { applyFixtureSpec, loadFixture, runFixtureWithCoverage } from '../../src/engine/fixture.js';
import { rule } from '../../rules/core/citation-exists.js';

const { law } = loadKnowledge();

/** printing-vocs: act 2020-06-01…2020-09-07, decision 2020-09-30 — 大气污染防治法 2018 */
function printing(patch: (d: CaseData) => void): CaseData {
  const data = parse(
    readFileSync(fromRoot('fixtures', 'cases', 'printing-vocs', 'case.yaml'), 'utf8'),
  ) as CaseData;
  patch(data);
  return data;
}

function dated(data: CaseData, act: string, decided: string): CaseData {
  data.violation.started_on = act;
  data.violation.ended_on = act;
  data.timeline = data.timeline.map((e) => (e.event === 'decision' ? { ...e, date: decided } : e));
  return data;
}

describe('article counts of the law versions', () => {
  it('are recorded where the version text is held (counted from shared/law/texts)', () => {
    expect(law.versionAt('air-law', '2020-01-01')?.articles).toBe(129);
    expect(law.versionAt('admin-penalty-law', '2022-01-01')?.articles).toBe(86);
    expect(law.versionAt('solid-waste-law', '2021-01-01')?.articles).toBe(126);
  });
  it('are unknown for versions whose own text is not held', () => {
    expect(law.versionAt('air-law', '2017-01-01')?.articles).toBeUndefined();
    expect(law.versionAt('admin-penalty-law', '2019-01-01')?.articles).toBeUndefined();
  });
});

describe('core/citation-exists', () => {
  it('gives an error for a ¥3,000,000 fine under 大气污染防治法 第二百零八条 (the 2018 text has 129 articles)', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 208 }];
      d.penalty.fine = 3000000;
    });
    const findings = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBeUndefined(); // the rule's severity: error
    expect(rule.meta.severity).toBe('error');
    expect(findings[0]!.message.zh).toContain('《大气污染防治法》（2018）没有第二百零八条（该版本共129条）');
    expect(findings[0]!.message.en).toContain('art. 208');
    expect(findings[0]!.basis).toEqual([
      { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 },
    ]);
  });

  it('cites 行政处罚法 2021 §38(1) for a decision from 2021-07-15', () => {
    const data = dated(
      printing((d) => {
        d.violation.violated = [{ law: '大气污染防治法', article: 130 }];
      }),
      '2022-03-01',
      '2022-05-10',
    );
    const findings = runRule(rule, data);
    expect(findings.map((f) => f.message.zh)).toEqual([
      expect.stringContaining('违反条款引用的《大气污染防治法》（2018）没有第一百三十条（该版本共129条）'),
    ]);
    expect(findings[0]!.basis).toEqual([
      { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 },
    ]);
  });

  it('accepts the last article of the version', () => {
    const data = printing((d) => {
      d.violation.violated = [{ law: '大气污染防治法', article: 129 }];
    });
    expect(runRule(rule, data)).toEqual([]);
  });

  it('does not accuse under a version whose text is not held (air law 2016): the check is reported as not run', () => {
    const data = dated(
      printing((d) => {
        d.violation.violated = [{ law: '大气污染防治法', article: 208 }];
      }),
      '2017-03-01',
      '2017-05-10',
    );
    const findings = runRule(rule, data);
    expect(findings.filter((f) => !f.gap)).toEqual([]);
    expect(findings.map((f) => [f.gap?.kind, f.message.zh, f.check?.zh])).toEqual([
      ['not-covered', '《大气污染防治法》（2016）的条文不在 caselint 法律数据范围内', '条款是否存在'],
    ]);
  });

  it('reports a penalty article missing from the catalogue as coverage, never as a warning', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 119, paragraph: 1 }];
    });
    const findings = runRule(rule, data);
    expect(findings.map((f) => [f.severity, f.gap?.kind, f.gap?.fact, f.message.zh, f.check?.zh])).toEqual([
      [
        undefined,
        'not-in-catalogue',
        'clause-catalogue:air-law:119',
        '所引罚则《大气污染防治法》第一百一十九条不在条款目录',
        '罚款在法定幅度内',
      ],
    ]);
  });

  it('groups the catalogue gap as coverage (info) in a lint run, the rule giving no finding of its own', async () => {
    const { findings, coverage } = await runFixtureWithCoverage(
      rule,
      await loadFixture(
        fromRoot('fixtures', 'rules', 'core', 'citation-exists', 'pass-not-in-catalogue-coverage.yaml'),
      ),
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.message.zh])).toEqual([
      [
        'coverage/not-in-catalogue',
        'info',
        '所引罚则《大气污染防治法》第一百一十九条不在条款目录，未检查：罚款在法定幅度内',
      ],
    ]);
    expect(coverage.notChecked.map((e) => e.ruleId)).toEqual(['core/citation-exists']);
  });

  it('still gives the error, and no catalogue gap, when the record proves the uncatalogued citation wrong', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 119, paragraph: 4 }];
    });
    const findings = runRule(rule, data);
    expect(findings.filter((f) => f.gap)).toEqual([]);
    expect(findings.map((f) => [f.severity, f.message.zh])).toEqual([
      [undefined, expect.stringContaining('没有第一百一十九条第四款')],
    ]);
  });

  it('gives no catalogue warning without a fine, or when another cited penalty article is catalogued', () => {
    const noFine = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 119, paragraph: 1 }];
      delete d.penalty.fine;
      d.penalty.kinds = ['warning'];
    });
    expect(runRule(rule, noFine)).toEqual([]);
    const withCatalogued = printing((d) => {
      d.violation.basis = [
        { law: '大气污染防治法', article: 108, item: 1 },
        { law: '大气污染防治法', article: 119, paragraph: 1 },
      ];
    });
    expect(runRule(rule, withCatalogued)).toEqual([]);
  });

  it('warns when the cited penalty article has several catalogue rows and the citation names no item', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 108 }];
    });
    const findings = runRule(rule, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('warning');
    expect(findings[0]!.message.zh).toMatch(
      /^处罚依据《大气污染防治法》第一百零八条包含多个款、项（第一百零八条第（一）项、/,
    );
  });
});

describe('core/citation-exists: paragraphs and items', () => {
  const errors = (data: CaseData) => runRule(rule, data).filter((f) => !f.gap && f.severity === undefined);

  it('gives an error for a paragraph the article does not have (大气法 §99 has one paragraph)', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 99, paragraph: 2, item: 2 }];
    });
    expect(errors(data).map((f) => f.message.zh)).toEqual([
      expect.stringContaining(
        '处罚依据引用的《大气污染防治法》（2018）没有第九十九条第二款第（二）项（该版本第九十九条共1款）',
      ),
    ]);
  });

  it('gives an error for an item beyond the items of the cited paragraph (大气法 §108 ¶1 lists six)', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 108, paragraph: 1, item: 7 }];
    });
    const [finding] = errors(data);
    expect(finding?.message.zh).toContain(
      '没有第一百零八条第一款第（七）项（该版本第一百零八条第一款共6项）',
    );
    expect(finding?.message.en).toContain('paragraph 1 of art. 108 of that version has 6 items');
    expect(finding?.path).toBe('/violation/basis/0');
  });

  it('gives an error for an item of an article without items (环评法 §31)', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '环境影响评价法', article: 31, paragraph: 1, item: 1 }];
    });
    expect(errors(data).map((f) => f.message.zh)).toEqual([
      expect.stringContaining('（该版本第三十一条不分项）'),
    ]);
  });

  it('accepts the last item and paragraph, and an item cited with the paragraph that sets its amount (固废法 2020 §112 ¶2)', () => {
    const ok = dated(
      printing((d) => {
        d.violation.violated = [{ law: '固体废物污染环境防治法', article: 112, paragraph: 1, item: 13 }];
        d.violation.basis = [
          { law: '固体废物污染环境防治法', article: 112, paragraph: 2, item: 3 },
          { law: '大气污染防治法', article: 108, paragraph: 1, item: 6 },
        ];
      }),
      '2021-03-01',
      '2021-05-10',
    );
    expect(errors(ok)).toEqual([]);
    const beyond = dated(
      printing((d) => {
        d.violation.basis = [{ law: '固体废物污染环境防治法', article: 112, paragraph: 2, item: 14 }];
      }),
      '2021-03-01',
      '2021-05-10',
    );
    expect(errors(beyond).map((f) => f.message.zh)).toEqual([
      expect.stringContaining('（该版本第一百一十二条最多13项）'),
    ]);
  });

  it('checks the basis of a no-penalty decision and the original basis of a per-day penalty', () => {
    const noPenalty = dated(
      printing((d) => {
        d.violation.basis = undefined;
        d.penalty.kinds = [];
        delete d.penalty.fine;
        d.penalty.no_penalty = {
          ground: 'first-offence',
          basis: { law: '行政处罚法', article: 33, paragraph: 4 },
        };
      }),
      '2022-01-10',
      '2022-03-01',
    );
    expect(errors(noPenalty).map((f) => [f.path, f.message.zh])).toEqual([
      [
        '/penalty/no_penalty/basis',
        expect.stringContaining(
          '不予处罚的依据引用的《行政处罚法》（2021）没有第三十三条第四款（该版本第三十三条共3款）',
        ),
      ],
    ]);
    const daily = printing((d) => {
      d.penalty.daily = {
        original_fine: 100000,
        days: 10,
        original_basis: [{ law: '大气污染防治法', article: 99, item: 4 }],
      };
    });
    expect(errors(daily).map((f) => [f.path, f.message.zh])).toEqual([
      [
        '/penalty/daily/original_basis/0',
        expect.stringContaining(
          '原处罚决定的依据引用的《大气污染防治法》（2018）没有第九十九条第（四）项（该版本第九十九条最多3项）',
        ),
      ],
    ]);
  });
});

describe("core/citation-exists: the versions follow the case's own date", () => {
  /** a 2019 decision under 环境噪声污染防治法 (2018, 64 articles) citing 噪声污染防治法 (2022) §77 */
  function noise2019(): CaseData {
    return dated(
      printing((d) => {
        d.violation.violated = [{ law: '噪声污染防治法', article: 77, item: 1 }];
      }),
      '2019-03-01',
      '2019-05-10',
    );
  }

  it('applies the version at the decision, not --as-of, and says which version and dates it applied', () => {
    for (const asOf of ['2019-06-01', '2025-01-01']) {
      const [finding, ...rest] = runRule(rule, noise2019(), { asOf });
      expect(rest).toEqual([]);
      expect(finding?.message.zh).toBe(
        '违反条款引用的《环境噪声污染防治法》（2018）没有第七十七条第（一）项（该版本共64条）；按违法行为时（2019-03-01）、处罚决定时（2019-05-10）适用的版本核对；处罚依据必须是真实存在的法律条文',
      );
      expect(finding?.basis).toEqual([
        { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 },
      ]);
    }
  });

  it('accepts the same citation in a decision made under the 2022 law', () => {
    const data = dated(noise2019(), '2023-01-10', '2023-03-01');
    expect(runRule(rule, data)).toEqual([]);
  });

  it('uses the latest recorded step of an open case without a decision', () => {
    const open = printing((d) => {
      d.violation.violated = [{ law: '噪声污染防治法', article: 77, item: 1 }];
      d.violation.started_on = '2019-03-01';
      d.violation.ended_on = '2019-03-01';
      d.case.status = 'open';
      d.timeline = d.timeline.filter((e) => e.date !== undefined && String(e.date) < '2019-09-28');
    });
    const data = open;
    data.timeline = [
      { event: 'clue-received', date: '2019-03-05' },
      { event: 'filing-approved', date: '2019-03-08', approved_by: '王局长' },
    ] as CaseData['timeline'];
    const [finding] = runRule(rule, data, { asOf: '2025-01-01' });
    expect(finding?.message.zh).toContain('《环境噪声污染防治法》（2018）没有第七十七条');
    expect(finding?.message.zh).toContain('最近办案环节时（2019-03-08）');
  });
});

describe('core/citation-exists through the engine', () => {
  const fixture = (name: string) =>
    loadFixture(fromRoot('fixtures', 'rules', 'core', 'citation-exists', name));

  it('does not run on a case that dates nothing: one coverage info names the check, no accusation', async () => {
    const { findings, coverage } = await runFixtureWithCoverage(rule, await fixture('pass-undated.yaml'));
    expect(findings.filter((f) => f.ruleId === 'core/citation-exists')).toEqual([]);
    expect(coverage.notChecked.map((e) => [e.ruleId, e.check.zh])).toEqual([
      ['core/citation-exists', '条款是否存在'],
    ]);
    const infos = findings.filter((f) => f.category === 'coverage');
    expect(infos.map((f) => [f.ruleId, f.severity, f.message.zh])).toEqual([
      [
        'coverage/not-recorded',
        'info',
        '未记录处罚决定日期或任一办案环节的日期（据以确定适用的法律版本），未检查：条款是否存在',
      ],
    ]);
  });

  it('reports a 2012 case under the air law 2000 (text not held) as not checked, never as an error', async () => {
    const base = await fixture('fail-version-at-decision.yaml');
    const data = applyFixtureSpec(base.loaded.data, {
      set: {
        violation: {
          started_on: '2012-03-01',
          ended_on: '2012-03-01',
          violated: [{ law: '大气污染防治法', article: 99 }],
        },
      },
      update_events: { decision: { date: '2012-05-10' } },
    });
    const { findings } = await runFixtureWithCoverage(rule, { ...base, loaded: { ...base.loaded, data } });
    // (the fine range under the uncatalogued 2000 text is a separate warning)
    expect(findings.filter((f) => f.ruleId === 'core/citation-exists' && f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.message.zh])).toContainEqual([
      'coverage/not-covered',
      '《大气污染防治法》（2000）的条文不在 caselint 法律数据范围内，未检查：条款是否存在',
    ]);
  });
});
