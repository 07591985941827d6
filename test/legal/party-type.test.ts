/**
 * 个体工商户 as a party type (issue 10 §1 "Who a clause punishes"): a natural person trading under a registration
 * (民法典 §54). Clauses on 其他生产经营者 reach it, it takes the 公民 amounts of 行政处罚法, and it is identified by its
 * registration's credit code and/or the operator's ID number.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../src/model/case-data.js';
import { fromRoot } from '../../src/paths.js';
import { loadKnowledge } from '../../src/law/index.js';
import { validateCase } from '../../src/load/index.js';
import { runRule } from '../helpers.js';
import { rule as fineWithinRange } from '../../rules/penalty/fine-within-range.js';
import { rule as kindsAllowed } from '../../rules/penalty/kinds-allowed-by-clause.js';
import { rule as partyId } from '../../rules/core/party-id-checksum.js';
import { rule as simpleLimits } from '../../rules/execution/simple-procedure-limits.js';

function clean(name: string): CaseData {
  return parse(readFileSync(fromRoot('fixtures', 'cases', name, 'case.yaml'), 'utf8')) as CaseData;
}

/** printing-vocs (大气法 §108(1), 二万元以上二十万元以下) with an individual business as the party */
function business(fine: number): CaseData {
  const data = clean('printing-vocs');
  data.party = {
    type: 'individual-business',
    name: '上海市普陀区宏达印刷厂',
    credit_code: '92310107MA1K4ABC3X',
    representative: '王宏达',
    address: '上海市普陀区真北路100号',
  };
  data.penalty.fine = fine;
  return data;
}

const at = () => ({ line: 1, column: 1 });
const locator = { locate: at, locateKey: at };

describe('个体工商户 (individual-business)', () => {
  it('is a party type of the case format', () => {
    const data = business(30000);
    expect(validateCase(data, 'case.yaml', locator)).toEqual([]);
    const wrong = { ...data, party: { ...data.party, type: 'sole-trader' } };
    expect(validateCase(wrong, 'case.yaml', locator).length).toBeGreaterThan(0);
  });

  it('a fine below the minimum of a clause on 其他生产经营者 is range-checked', () => {
    const findings = runRule(fineWithinRange, business(10000));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.message.zh).toContain('20,000');
  });

  it('the clause is not said to allow no fine for it', () => {
    expect(runRule(kindsAllowed, business(30000))).toEqual([]);
  });

  it('takes the 公民 amounts: hearing and simple-procedure thresholds are the person ones', () => {
    const { thresholds } = loadKnowledge();
    expect(thresholds.simpleProcedure('2022-01-01', 'individual-business').amount).toBe(
      thresholds.simpleProcedure('2022-01-01', 'person').amount,
    );
    expect(thresholds.hearing('2022-01-01', 'individual-business', 'CN').amount).toBe(
      thresholds.hearing('2022-01-01', 'person', 'CN').amount,
    );
  });

  it('a simple-procedure fine of ¥1,000 on an individual business exceeds the 公民 ceiling of ¥200 (2021 §51)', () => {
    const data = business(1000);
    data.case.procedure = 'simple';
    data.timeline = data.timeline.map((e) => ({ ...e, date: e.date < '2022-01-01' ? '2022-03-01' : e.date }));
    const findings = runRule(simpleLimits, data);
    expect(findings.some((f) => f.message.zh.includes('公民'))).toBe(true);
  });

  it('identified by the credit code or the operator’s ID number; neither recorded is a warning', () => {
    expect(runRule(partyId, business(30000)).filter((f) => f.path === '/party')).toEqual([]);
    const withId = business(30000);
    delete withId.party.credit_code;
    withId.party.id_number = '11010519491231002X';
    expect(runRule(partyId, withId).filter((f) => f.path === '/party')).toEqual([]);
    const neither = business(30000);
    delete neither.party.credit_code;
    const findings = runRule(partyId, neither).filter((f) => f.path === '/party');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message.zh).toContain('个体工商户');
  });
});
