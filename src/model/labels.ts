/**
 * Display names of the penalty kinds (`PenaltyKind`), in both languages, for rule messages. The Chinese names are
 * the statutory ones: 行政处罚法 2021 §9 (e.g. 限制开展生产经营活动, 责令停产停业, 责令关闭) and 生态环境行政处罚办法
 * (2023) §8; 责令停产整治 as in 环境保护主管部门实施限制生产、停产整治办法. The English names carry an article so they
 * read in a sentence ("proposed a fine", "does not provide a warning").
 */
import type { Msg } from '../engine/types.js';
import type { PenaltyKind } from './case-data.js';

export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, Msg>> = {
  warning: { zh: '警告', en: 'a warning' },
  criticism: { zh: '通报批评', en: 'a public criticism' },
  fine: { zh: '罚款', en: 'a fine' },
  'confiscate-gains': { zh: '没收违法所得', en: 'confiscation of illegal gains' },
  'confiscate-property': { zh: '没收非法财物', en: 'confiscation of illegal property' },
  'suspend-licence': { zh: '暂扣许可证件', en: 'suspension of a licence' },
  'lower-qualification': { zh: '降低资质等级', en: 'lowering of a qualification grade' },
  'revoke-licence': { zh: '吊销许可证件', en: 'revocation of a licence' },
  'restrict-production': { zh: '限制开展生产经营活动', en: 'a limit on production and business activities' },
  'suspend-rectify': { zh: '责令停产整治', en: 'suspension of production for rectification' },
  'suspend-business': { zh: '责令停产停业', en: 'suspension of production or business' },
  close: { zh: '责令关闭', en: 'closure' },
  'restrict-practice': { zh: '限制从业', en: 'a restriction on practising' },
  'ban-practice': { zh: '禁止从业', en: 'a ban on practising' },
  'no-licence-period': {
    zh: '一定时期内不得申请行政许可',
    en: 'a ban on applying for licences for a period',
  },
  detention: { zh: '行政拘留', en: 'administrative detention' },
};

export function penaltyKindLabel(kind: PenaltyKind): Msg {
  return PENALTY_KIND_LABELS[kind];
}

/** several kinds joined: 责令停产停业、责令关闭 / suspension of production or business, closure */
export function penaltyKindNames(kinds: readonly PenaltyKind[]): Msg {
  const labels = kinds.map((k) => PENALTY_KIND_LABELS[k]);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}
