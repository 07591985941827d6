/**
 * The enforcement tools a case used, for the review score's bonus item 执法手段丰富 (2018 national case-file
 * review: bonus items for 处罚程序严谨、执法手段丰富、自由裁量合理; digest-environmental-measures-and-review §5.2,
 * §9 item 4). Read from the record only: the penalty, the supporting measures of 环境保护法 §25, §59, §60 (penalty
 * kinds, timeline steps or `measures[]` entries with used: true) and the transfers to the police.
 */
import type { Case } from '../model/case.js';
import type { MeasureKind, PenaltyKind } from '../model/case-data.js';
import type { Msg } from '../engine/types.js';

export type EnforcementTool =
  | 'penalty'
  | 'daily-penalty'
  | 'seizure'
  | 'restrict-production'
  | 'suspend-rectify'
  | 'suspend-business-close'
  | 'detention-transfer'
  | 'criminal-transfer';

export const TOOL_LABELS: Record<EnforcementTool, Msg> = {
  penalty: { zh: '行政处罚', en: 'penalty' },
  'daily-penalty': { zh: '按日连续处罚', en: 'per-day penalty' },
  seizure: { zh: '查封、扣押', en: 'seizure' },
  'restrict-production': { zh: '限制生产', en: 'production limit' },
  'suspend-rectify': { zh: '停产整治', en: 'suspension for rectification' },
  'suspend-business-close': { zh: '停业、关闭', en: 'suspension of business or closure' },
  'detention-transfer': { zh: '移送行政拘留', en: 'transfer for detention' },
  'criminal-transfer': { zh: '移送涉嫌犯罪', en: 'transfer as a suspected crime' },
};

/** penalty kinds that are measures of their own rather than "the penalty" */
const MEASURE_KINDS: Partial<Record<PenaltyKind, EnforcementTool>> = {
  'restrict-production': 'restrict-production',
  'suspend-rectify': 'suspend-rectify',
  'suspend-business': 'suspend-business-close',
  close: 'suspend-business-close',
};

export function toolsUsed(c: Case): EnforcementTool[] {
  const used = new Set<EnforcementTool>();
  const p = c.data.penalty;
  for (const kind of p.kinds ?? []) {
    if (kind === 'detention') continue;
    used.add(MEASURE_KINDS[kind] ?? 'penalty');
  }
  if (p.daily) used.add('daily-penalty');
  for (const m of c.data.measures ?? []) if (m.used) used.add(m.measure satisfies MeasureKind);
  for (const e of c.timeline) {
    if (e.event === 'seizure') used.add('seizure');
    if (e.event === 'transferred' && e.kind === 'detention') used.add('detention-transfer');
    if (e.event === 'transferred' && e.kind === 'criminal') used.add('criminal-transfer');
  }
  return (Object.keys(TOOL_LABELS) as EnforcementTool[]).filter((t) => used.has(t));
}
