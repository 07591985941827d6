/** Human-readable descriptions of catalogue entries (CLI, docs/law.md). */
import type { Msg } from '../engine/types.js';
import type { FineBase, FineSpec, PenaltyTier, SanctionKind } from './types.js';
import { groupedEn } from '../text/grouped.js';

const yuan = (n: number): string => groupedEn(n);

const BASE: Record<FineBase, Msg> = {
  illegal_gains: { zh: '违法所得', en: 'illegal gains' },
  goods_value: { zh: '货值金额', en: 'value of the goods' },
  disposal_cost: { zh: '所需处置费用', en: 'disposal cost' },
  direct_loss: { zh: '直接损失', en: 'direct loss' },
  fees_owed: { zh: '应缴费用', en: 'fees owed' },
  fees_collected: { zh: '所收费用', en: 'fees collected' },
  total_investment: { zh: '建设项目总投资额', en: 'total project investment' },
  prior_year_income: { zh: '上一年度从本单位取得的收入', en: "last year's income from the unit" },
};

const SANCTION: Record<SanctionKind, Msg> = {
  warning: { zh: '警告', en: 'warning' },
  criticism: { zh: '通报批评', en: 'public criticism' },
  fine: { zh: '罚款', en: 'fine' },
  'confiscate-gains': { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  'confiscate-property': { zh: '没收非法财物', en: 'confiscation of illegal property' },
  'suspend-licence': { zh: '暂扣许可证件', en: 'licence suspension' },
  'lower-qualification': { zh: '降低资质等级', en: 'lower qualification grade' },
  'revoke-licence': { zh: '吊销许可证件', en: 'licence revocation' },
  'restrict-production': { zh: '限制生产', en: 'production limits' },
  'suspend-rectify': { zh: '停产整治', en: 'suspension for rectification' },
  'suspend-business': { zh: '停产停业', en: 'suspension of business' },
  close: { zh: '关闭', en: 'closure' },
  'restrict-practice': { zh: '限制从业', en: 'occupational restriction' },
  'ban-practice': { zh: '禁止从业', en: 'occupational ban' },
  'no-licence-period': { zh: '一定时期内不得申请行政许可', en: 'no licence applications for a period' },
  detention: { zh: '行政拘留（移送公安）', en: 'administrative detention (by the police)' },
  'order-correct': { zh: '责令改正', en: 'order to correct' },
  'stop-construction': { zh: '责令停止建设', en: 'stop construction' },
  restore: { zh: '恢复原状', en: 'restoration' },
  'proxy-performance': { zh: '代为履行', en: 'performance by a third party at the violator’s cost' },
};

const STAGE: Record<PenaltyTier['stage'], Msg> = {
  initial: { zh: '', en: '' },
  after_deadline: { zh: '逾期不改正', en: 'not corrected in time' },
  after_refusal: { zh: '拒不改正', en: 'refusing to correct' },
  serious: { zh: '情节严重', en: 'serious' },
  serious_consequence: { zh: '后果严重', en: 'serious consequences' },
};

const TARGET: Record<PenaltyTier['target'], Msg> = {
  unit: { zh: '单位', en: 'unit' },
  individual: { zh: '个人', en: 'individual' },
  responsible_person: { zh: '责任人员', en: 'responsible persons' },
  any: { zh: '', en: '' },
};

export function describeFine(spec: FineSpec): Msg {
  switch (spec.kind) {
    case 'fixed_range':
      return { zh: `${yuan(spec.min)}–${yuan(spec.max)}元`, en: `${yuan(spec.min)}–${yuan(spec.max)} yuan` };
    case 'max_only':
      return { zh: `${yuan(spec.max)}元以下`, en: `up to ${yuan(spec.max)} yuan` };
    case 'fixed_amount':
      return { zh: `${yuan(spec.amount)}元`, en: `${yuan(spec.amount)} yuan` };
    case 'per_unit':
      return {
        zh: `每${spec.unit === 'vehicle' ? '辆' : '台'}${yuan(spec.amount)}元`,
        en: `${yuan(spec.amount)} yuan per ${spec.unit}`,
      };
    case 'per_occurrence':
      return {
        zh: `每次${yuan(spec.min)}–${yuan(spec.max)}元`,
        en: `${yuan(spec.min)}–${yuan(spec.max)} yuan each time`,
      };
    case 'multiple_of_base': {
      const b = BASE[spec.base];
      const floor = spec.baseFloor
        ? {
            zh: `（不足${yuan(spec.baseFloor)}元按${yuan(spec.baseFloor)}元计算）`,
            en: ` (base at least ${yuan(spec.baseFloor)} yuan)`,
          }
        : { zh: '', en: '' };
      return {
        zh: `${b.zh}${spec.minMult}–${spec.maxMult}倍${floor.zh}`,
        en: `${spec.minMult}–${spec.maxMult} × ${b.en}${floor.en}`,
      };
    }
    case 'percentage_of_base': {
      const b = BASE[spec.base];
      const pct =
        spec.minPct === spec.maxPct
          ? `${spec.maxPct}%`
          : spec.minPct === 0
            ? `≤${spec.maxPct}%`
            : `${spec.minPct}%–${spec.maxPct}%`;
      return { zh: `${b.zh}的${pct}`, en: `${pct} of ${b.en}` };
    }
    case 'tiered_by_illegal_gains':
      return {
        zh: `违法所得${yuan(spec.threshold)}元以上的${spec.atOrAbove.minMult}–${spec.atOrAbove.maxMult}倍；没有或不足${yuan(spec.threshold)}元的${yuan(spec.below.min)}–${yuan(spec.below.max)}元`,
        en: `illegal gains ≥ ${yuan(spec.threshold)}: ${spec.atOrAbove.minMult}–${spec.atOrAbove.maxMult} × gains; none or less: ${yuan(spec.below.min)}–${yuan(spec.below.max)} yuan`,
      };
    case 'per_day':
      return { zh: '按原处罚数额按日连续处罚', en: 'the original fine per day' };
    case 'unspecified':
      return { zh: '罚款（未规定数额）', en: 'a fine (no amount stated)' };
  }
}

export function describeSanction(kind: SanctionKind): Msg {
  return SANCTION[kind];
}

export function describeTier(tier: PenaltyTier): Msg {
  const parts = { zh: [] as string[], en: [] as string[] };
  const stage = STAGE[tier.stage];
  const target = TARGET[tier.target];
  const head = {
    zh: [stage.zh, target.zh].filter(Boolean).join('，'),
    en: [stage.en, target.en].filter(Boolean).join(', '),
  };
  if (tier.fine) {
    const fine = describeFine(tier.fine);
    parts.zh.push(`${tier.fineMandatory ? '' : '可以'}罚款 ${fine.zh}`);
    parts.en.push(`${tier.fineMandatory ? '' : 'may be '}fined ${fine.en}`.replace(/^fined/, 'fine'));
  }
  for (const s of tier.otherSanctions) {
    parts.zh.push(SANCTION[s].zh);
    parts.en.push(SANCTION[s].en);
  }
  return {
    zh: `${head.zh ? `${head.zh}：` : ''}${parts.zh.join('、')}`,
    en: `${head.en ? `${head.en}: ` : ''}${parts.en.join(', ')}`,
  };
}
