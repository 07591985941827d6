/**
 * Facts a rule may need before it can check anything. A rule lists them in `meta.needs`; when the case file does
 * not record one (absent, `unknown`, or only partly known) the engine does not run the rule and reports the gap as
 * coverage: "未记录…，未检查…". Rules that find a gap only part-way use `notChecked()` with one of these keys (or
 * their own key and label).
 */
import type { Case } from '../model/case.js';
import type { Msg } from './types.js';

export interface FactSpec {
  label: Msg;
  /** where the fact is recorded (JSON pointer) */
  path: string;
  recorded(c: Case): boolean;
}

export const FACTS = {
  /** the timeline lists every step of the file (a full dossier, not a published decision or a partial archive) */
  'procedure-record': {
    label: { zh: '完整办案过程', en: 'the complete procedure' },
    path: '/timeline',
    recorded: (c) => c.record === 'dossier',
  },
  officers: {
    label: { zh: '执法人员及其执法证件', en: 'the officers and their certificates' },
    path: '/officers',
    recorded: (c) => c.known.has('/officers'),
  },
  'decision-date': {
    label: { zh: '处罚决定日期', en: 'the decision date' },
    path: '/timeline',
    recorded: (c) => c.dates.decided !== undefined || !c.undated.some((e) => e.event === 'decision'),
  },
  'case-date': {
    label: {
      zh: '处罚决定日期或任一办案环节的日期（据以确定适用的法律版本）',
      en: 'the decision date or the date of any step (to choose the law versions)',
    },
    path: '/timeline',
    recorded: (c) => c.dates.law !== undefined,
  },
  'filing-date': {
    label: { zh: '立案日期', en: 'the filing date' },
    path: '/timeline',
    recorded: (c) => c.dates.filed !== undefined,
  },
  'act-date': {
    label: { zh: '违法行为发生日期', en: 'the date of the act' },
    path: '/violation',
    recorded: (c) => c.dates.act !== undefined,
  },
  'basis-article': {
    label: { zh: '处罚依据的条款', en: 'the article of the penalty provision' },
    path: '/violation/basis',
    recorded: (c) => c.basis.length > 0,
  },
  'violated-article': {
    label: { zh: '违反的条款', en: 'the article of the violated provision' },
    path: '/violation/violated',
    recorded: (c) => c.violated.length > 0,
  },
  'party-type': {
    label: { zh: '当事人类型', en: 'the party type' },
    path: '/party/type',
    recorded: (c) => c.known.has('/party/type'),
  },
  'party-code': {
    label: { zh: '当事人证照号码', en: "the party's registration or ID number" },
    path: '/party',
    recorded: (c) =>
      c.data.party.credit_code !== undefined ||
      c.data.party.id_number !== undefined ||
      c.data.party.registration_number !== undefined ||
      c.data.party.organization_code !== undefined,
  },
  fine: {
    label: { zh: '罚款金额', en: 'the fine amount' },
    path: '/penalty/fine',
    recorded: (c) => !c.data.penalty.kinds.includes('fine') || c.data.penalty.fine !== undefined,
  },
  'penalty-kinds': {
    label: { zh: '处罚种类', en: 'the kinds of penalty' },
    path: '/penalty/kinds',
    recorded: (c) => c.known.has('/penalty/kinds'),
  },
  procedure: {
    label: { zh: '适用程序（一般／简易）', en: 'the procedure (general / simple)' },
    path: '/case/procedure',
    recorded: (c) => c.known.has('/case/procedure'),
  },
  /** where the case stands (open, closed, terminated, …): without a decision, whether a limit still runs */
  'case-status': {
    label: {
      zh: '案件状态（仍在办理，或已结案、终止）',
      en: 'the case status (still open, or closed or terminated)',
    },
    path: '/case/status',
    recorded: (c) => c.known.has('/case/status'),
  },
  source: {
    label: { zh: '案件来源', en: 'the case source' },
    path: '/case/source',
    recorded: (c) => c.known.has('/case/source'),
  },
  /** the discretion section: benchmark applied, factors, levels (its absence is not recorded, not "no discretion") */
  discretion: {
    label: {
      zh: '裁量过程（适用的裁量基准、裁量因素和档次）',
      en: 'the discretion (the benchmark applied, its factors and levels)',
    },
    path: '/discretion',
    recorded: (c) => c.data.discretion !== undefined,
  },
  documents: {
    label: { zh: '案卷文书清单', en: 'the list of documents' },
    path: '/documents',
    recorded: (c) => c.known.has('/documents'),
  },
} satisfies Record<string, FactSpec>;

export type FactKey = keyof typeof FACTS;

export function isFactKey(key: string): key is FactKey {
  return Object.hasOwn(FACTS, key);
}

/** whether the case records the fact (a rule that reads it reports `notChecked(key)` when it does not) */
export function isRecorded(c: Case, key: FactKey): boolean {
  return FACTS[key].recorded(c);
}

/** the facts among `needs` that the case does not record */
export function missingFacts(c: Case, needs: readonly FactKey[]): FactKey[] {
  return needs.filter((key) => !isRecorded(c, key));
}
