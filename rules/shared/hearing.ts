/**
 * Which proposed penalty kinds carry the right to a hearing, by the texts in force on the date of the prior
 * notice. One list for the procedure pack (hearing-right) and the doc pack (prior-notice-content).
 */
import type { PenaltyKind } from '../../src/model/case-data.js';
import type { RuleContext } from '../../src/engine/types.js';
import { aplVersion, envVersion } from './law.js';

/** 行政处罚法 2017 §42: 责令停产停业、吊销许可证或者执照 (besides 较大数额罚款) */
export const APL_2017_HEARING_KINDS: readonly PenaltyKind[] = ['suspend-business', 'revoke-licence'];

/** old-law set used before 2021-07-15: §42 plus 2010 办法 §48 (暂扣) and 2010 听证规定 §5 (关闭, secondary) */
const OLD_KINDS: readonly PenaltyKind[] = [...APL_2017_HEARING_KINDS, 'suspend-licence', 'close'];

/** 行政处罚法 2021 §63(1)(3)–(5): 降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业 (禁止从业 as a heavier penalty, item 5) */
export const APL_2021_HEARING_KINDS: readonly PenaltyKind[] = [
  'lower-qualification',
  'revoke-licence',
  'suspend-business',
  'close',
  'restrict-practice',
  'ban-practice',
];

/** 生态环境行政处罚办法 (2023) §46 adds 暂扣、一定时期内不得申请行政许可、限制开展生产经营活动、停产整治 */
const ENV_2023_KINDS: readonly PenaltyKind[] = [
  'suspend-licence',
  'no-licence-period',
  'restrict-production',
  'suspend-rectify',
];

/** every kind that triggers the hearing right on the date, under 行政处罚法 and the environmental measures */
export function hearingTriggerKinds(ctx: RuleContext, date: string): Set<PenaltyKind> {
  const apl = aplVersion(ctx, date);
  const env = envVersion(ctx, date);
  const kinds = new Set<PenaltyKind>(apl === '2021' ? APL_2021_HEARING_KINDS : OLD_KINDS);
  if (env === '2010') for (const k of ['suspend-licence', 'revoke-licence'] as const) kinds.add(k);
  if (env === '2023') for (const k of ENV_2023_KINDS) kinds.add(k);
  return kinds;
}
