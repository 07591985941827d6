/**
 * The schema mirrors src/model/case-data.ts field for field. `sink` is typed DeepRequired<CaseFileData>, so the compiler
 * refuses it unless it sets every field the TypeScript contract has; the schema (additionalProperties: false) must
 * accept it, and every property the schema defines must appear in it.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFileData } from '../../src/model/case-data.js';
import { caseSchema, validateCase } from '../../src/load/index.js';

type DeepRequired<T> = T extends (infer U)[]
  ? DeepRequired<U>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<NonNullable<T[K]>> }
    : T;

const ref = {
  law: '大气污染防治法',
  article: 108,
  paragraph: 1,
  item: 1,
  cite: '第一百零八条第一款第（一）项',
  clause: 'AIR-108-1',
};

const sink: DeepRequired<CaseFileData> = {
  format: 'caselint/1',
  case: {
    number: '沪普环罚〔2020〕12号',
    id: 'archive-2020-12',
    agency_kind: 'ecology-environment',
    record: 'dossier',
    filing_number: '沪普环立〔2020〕35号',
    agency: '上海市普陀区生态环境局',
    jurisdiction: 'CN-SH',
    cause: '案由',
    source: '双随机',
    procedure: 'general',
    status: 'open',
    flags: ['complex'],
  },
  party: {
    type: 'organization',
    name: '上海示例有限公司',
    credit_code: '91310107MA1FL3X72Q',
    id_number: '11010519491231002X',
    registration_number: '310107000123456',
    organization_code: '13220057-1',
    representative: '张三',
    address: '地址',
    phone: '021-00000000',
    age_at_act: 30,
    key_discharger: false,
    permit_class: 'simplified',
    prior_violations: [
      { decision_number: 'x', date: '2019-01-01', same_kind: true, same_act: false, fine: 1000 },
    ],
  },
  officers: [
    {
      name: '甲',
      certificate: '1',
      certificate_valid_from: '2019-01-01',
      certificate_valid_to: '2025-01-01',
      roles: ['investigator'],
      legal_qualification: false,
    },
  ],
  violation: {
    facts: '事实',
    type: '大气',
    started_on: '2020-01-01',
    ended_on: '2020-02-01',
    continuing: false,
    discovered_on: '2020-02-01',
    location: '地点',
    violated: [ref],
    basis: [ref],
    harm: {
      life_health_safety: false,
      financial: false,
      consequences: false,
      serious_pollution: false,
      description: '无',
    },
    measurements: [
      {
        pollutant: 'COD',
        value: 1,
        unit: 'mg/L',
        standard: 1,
        times_standard: 1,
        heavy_metal: false,
        persistent_organic: false,
        sampled_on: '2020-02-01',
      },
    ],
    total_load: [{ pollutant: 'COD', period: 'year', limit: 10, amount: 12, unit: 't' }],
    bases: {
      illegal_gains: 1,
      total_investment: 1,
      goods_value: 1,
      direct_loss: 1,
      disposal_cost: 1,
      fees_owed: 1,
      units: 1,
      occurrences: 1,
    },
    evidence: [
      { kind: 'record', description: '笔录', document: 'd1', lawful: true, automatic_monitoring: false },
    ],
    conduct: ['evasion'],
    hazardous_waste_tonnes: 0,
  },
  discretion: {
    benchmark: 'SH-BENCH-2020',
    model: 'm',
    level: 'ordinary',
    factors: [{ factor: 'f', level: 'l', value: 1, evidence: 'd1' }],
    computed_fine: 1,
    explanation: 'e',
    mitigating: ['confessed'],
    circumstances: ['首次违法'],
    aggravating: ['a'],
  },
  penalty: {
    kinds: ['fine'],
    fine: 20000,
    daily: {
      original_fine: 1,
      days: 1,
      order_served_on: '2020-03-01',
      reinspected_on: '2020-03-02',
      original_basis: [ref],
      original_decision: '沪环罚〔2020〕1号',
    },
    confiscated_gains: 0,
    orders: [{ text: '改正', deadline: '2020-03-01' }],
    treatment: 'ordinary',
    treatment_grounds: [{ ground: 'confessed', kind: 'statutory', basis: ref, evidence: 'd1', note: 'n' }],
    no_penalty: { ground: 'no-fault', basis: ref, note: 'n' },
    payment_days: 15,
    payee: { kind: 'bank', name: '银行' },
    remedies: {
      reconsideration_body: '区政府',
      reconsideration_days: 60,
      court: '法院',
      litigation_months: 6,
      reconsideration_first: false,
    },
  },
  measures: [
    {
      measure: 'seizure',
      used: false,
      date: '2020-03-01',
      decision_number: 'x',
      ground: 'public-utility',
      reason: '城镇污水处理厂',
    },
  ],
  timeline: [
    {
      event: 'decision',
      date: '2020-03-01',
      time: '09:00',
      officers: ['甲'],
      approved_by: '乙',
      documents: ['d1'],
      served_document: 'd1',
      method: 'direct',
      consent: false,
      proof: 'd1',
      statement_days_unit: 'workday',
      hearing_request_days: 5,
      hearing_request_days_unit: 'workday',
      statement_lapsed: false,
      oral: false,
      recorded_in: 'd1',
      outcome: 'pass',
      result: 'corrected',
      undercover: true,
      proposed: { kinds: ['fine'], fine: 20000 },
      hearing_right: false,
      statement_days: 3,
      contents: ['facts'],
      kind: 'criminal',
      recipient: '公安',
      copied_to_procuratorate: true,
      days: 1,
      reviewer: '丙',
      presider: '丁',
      participants: ['戊'],
      amount: 1,
      until: '2020-04-01',
      testing_days: 0,
      ground: 'g',
      person: 'p',
      note: 'n',
    },
  ],
  documents: [
    {
      id: 'd1',
      type: 'decision',
      file: 'decision.pdf',
      sha256: '0'.repeat(64),
      title: 't',
      date: '2020-03-01',
      number: 'n',
      signed_by: ['乙'],
      sealed: true,
      volume: 'main',
      order: 1,
      scanned: false,
    },
  ],
  waivers: [{ rule: 'core/x', reason: 'r', approved_by: 'a', date: '2020-03-01', path: '/timeline/0' }],
};

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

function schemaProperties(node: unknown, out = new Set<string>()): Set<string> {
  if (node && typeof node === 'object') {
    const props = (node as { properties?: Record<string, unknown> }).properties;
    if (props) for (const k of Object.keys(props)) out.add(k);
    for (const v of Object.values(node)) schemaProperties(v, out);
  }
  return out;
}

describe('schema ↔ TypeScript contract', () => {
  const locator = { locate: () => ({ line: 1, column: 1 }), locateKey: () => ({ line: 1, column: 1 }) };

  it('the schema accepts a case that sets every TypeScript field', () => {
    expect(validateCase(sink, 'case.yaml', locator)).toEqual([]);
  });

  it('every schema property is a TypeScript field', () => {
    const fields = keysOf(sink);
    const extra = [...schemaProperties(caseSchema())].filter((k) => k !== '$schema' && !fields.has(k));
    expect(extra).toEqual([]);
  });
});
