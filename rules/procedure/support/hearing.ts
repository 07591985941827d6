/** Hearing helpers: whether the notice stated the hearing right, and the bases of the hearing steps. */
import type { TimelineEvent } from '../../../src/model/case.js';
import type { LegalBasis, RuleContext } from '../../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion } from './law.js';

export function hearingRightStated(n: TimelineEvent): boolean {
  return n.hearing_right === true || (n.contents ?? []).includes('hearing-right');
}

/** 行政处罚法 2021 §64(item) / 2017 §42(item), plus 2023 办法 §47(item) — the items are numbered alike */
export function hearingBases(ctx: RuleContext, date: string, item: number): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021'
      ? basis(APL, '2021', 64, undefined, item)
      : basis(APL, '2017', 42, 1, item),
  ];
  if (envVersion(ctx, date) === '2023') out.push(basis(ENV, '2023', 47, undefined, item));
  return out;
}

/** 生态环境行政处罚办法 (2023) §90: its 三日/五日/七日 are working days */
export function dayTypeOf2023(ctx: RuleContext, date: string): LegalBasis[] {
  return envVersion(ctx, date) === '2023' ? [basis(ENV, '2023', 90)] : [];
}
