/**
 * Older law versions (issue 10 §1, issue 11 "Coverage of the law itself"): the registry reaches back to the versions
 * archived cases cite, and a date before the first version caselint holds is "not covered", never "尚未施行".
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { runRule } from '../helpers.js';
import { lintCase } from '../../src/api.js';
import { rule as lawReference } from '../../rules/core/law-reference.js';

const { law } = loadKnowledge();

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

/** the case with its act and decision moved to the given dates */
function datedCase(name: string, act: string, decided: string): CaseData {
  const data = clean(name);
  data.violation.started_on = act;
  data.violation.ended_on = act;
  data.timeline = data.timeline.map((e) => (e.event === 'decision' ? { ...e, date: decided } : e));
  return data;
}

describe('registry versions of the laws archived cases cite', () => {
  // [law id, first day, label, where the date comes from]
  const starts: [string, string, string][] = [
    ['eia-law', '2003-09-01', '2002'], // 环境影响评价法 §37 本法自2003年9月1日起施行
    ['eia-law', '2016-09-01', '2016'], // 主席令第48号: the EIA amendments come into force on 2016-09-01
    ['eia-law', '2018-12-29', '2018'],
    ['air-law', '2000-09-01', '2000'], // 2000-04-29 revision, in force 2000-09-01
    ['air-law', '2016-01-01', '2016'], // 大气污染防治法 §129 本法自2016年1月1日起施行 (the 2015 revision)
    ['water-law', '2008-06-01', '2008'], // 水污染防治法 §103 本法自2008年6月1日起施行
    ['solid-waste-law', '2005-04-01', '2004'], // 2004-12-29 revision, in force 2005-04-01
    ['solid-waste-law', '2016-11-07', '2016'], // third amendment 2016-11-07
    ['noise-law', '1997-03-01', '1996'], // 环境噪声污染防治法 §64 本法自1997年3月1日起施行
    ['noise-law', '2018-12-29', '2018'],
    ['construction-project-regs', '1998-11-29', '1998'], // 国务院令第253号, §30 自发布之日起施行
    ['construction-project-regs', '2017-10-01', '2017'],
  ];
  it.each(starts)('%s from %s is version %s, and not the day before', (id, from, label) => {
    expect(law.versionAt(id, from)?.label).toBe(label);
    const before = new Date(`${from}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    expect(law.versionAt(id, before.toISOString().slice(0, 10))?.label).not.toBe(label);
  });

  it('a 2012 case under 环境影响评价法 is in force (the 2002 text), not 尚未施行', () => {
    const findings = runRule(lawReference, datedCase('eia-unapproved', '2012-05-10', '2012-09-20'));
    expect(findings).toEqual([]);
  });

  it('a 2010 case under 建设项目环境保护管理条例 is in force (the 1998 text)', () => {
    const data = datedCase('eia-unapproved', '2010-05-10', '2010-09-20');
    data.violation.violated = [{ law: '建设项目环境保护管理条例', article: 16 }];
    expect(runRule(lawReference, data)).toEqual([]);
  });

  it('a date before the first version caselint holds is an info "not covered", never 尚未施行', () => {
    const findings = runRule(lawReference, datedCase('eia-unapproved', '2001-05-10', '2001-09-20'));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      // coverage (CaseResult.coverage and the grouped info), not an ad-hoc finding
      expect(f.gap?.kind).toBe('not-covered');
      expect(f.gap?.label.zh).toContain('2003-09-01');
      expect(f.message.zh).toContain('不在 caselint 法律数据范围内');
      expect(f.message.zh).not.toContain('尚未施行');
    }
  });

  it('the not-covered law text is one grouped coverage finding per law, listed in the case coverage', async () => {
    const data = datedCase('eia-unapproved', '2001-05-10', '2001-09-20');
    const report = await lintCase(data, { ruleSet: [lawReference] });
    const result = report.results[0];
    const findings = result?.findings ?? [];
    const gaps = findings.filter((f) => f.ruleId === 'coverage/not-covered');
    expect(gaps).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'core/law-reference')).toEqual([]);
    expect(gaps[0]?.severity).toBe('info');
    expect(gaps[0]?.message).toMatch(/不在 caselint 法律数据范围内，未检查：违反条款引用的《.+》当时有效/);
    const coverage = result?.coverage as { notChecked: { ruleId: string }[] };
    expect(coverage.notChecked.map((e) => e.ruleId)).toContain('core/law-reference');
  });

  it('citing 噪声污染防治法 (in force 2022-06-05) for a 2020 act is 尚未施行, an error', () => {
    const data = datedCase('printing-vocs', '2020-05-10', '2020-09-20');
    data.violation.violated = [{ law: '噪声污染防治法', article: 22 }];
    const findings = runRule(lawReference, data);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message.zh).toContain('尚未施行');
  });
});

describe('catalogue rows across the split versions', () => {
  const { catalogue } = loadKnowledge();

  it('a 2015 act under 固废法 §75 decided in 2017 is compared with the same row of the 2016 text, not "no successor"', () => {
    const applied = catalogue.applicable(
      { law: 'solid-waste-law', article: 75, item: 1 },
      '2015-06-01',
      '2017-03-01',
    );
    expect(applied?.clause.key).toBe('SWL16-75-A');
    expect(applied?.noSuccessor).toBeUndefined();
    expect(applied?.laterClause?.effectiveFrom).toBe('2016-11-07');
  });

  it('环境噪声污染防治法 rows reach back to 1997-03-01, unconfirmed before the 2018 amendment', () => {
    const old = catalogue.find({ law: 'noise-law', article: 50 }, '2010-01-01');
    expect(old?.key).toBe('ENPL-50');
    expect(old?.confirmed).toBe(false);
    expect(catalogue.find({ law: 'noise-law', article: 50 }, '2019-01-01')?.confirmed).toBe(true);
  });
});
