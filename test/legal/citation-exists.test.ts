import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { runRule } from '../helpers.js';
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

  it('does not check a version whose article count is unknown (air law 2016 text not held)', () => {
    const data = dated(
      printing((d) => {
        d.violation.violated = [{ law: '大气污染防治法', article: 208 }];
      }),
      '2017-03-01',
      '2017-05-10',
    );
    expect(runRule(rule, data)).toEqual([]);
  });

  it('warns that the fine range was not checked when the penalty article is not in the catalogue', () => {
    const data = printing((d) => {
      d.violation.basis = [{ law: '大气污染防治法', article: 119, paragraph: 1 }];
    });
    const findings = runRule(rule, data);
    expect(findings.map((f) => [f.severity, f.message.zh])).toEqual([
      ['warning', '罚款幅度未核对：《大气污染防治法》第一百一十九条不在条款目录中'],
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
