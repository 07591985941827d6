/** Bases of the prior-notice rules by the date of the notice. */
import type { LegalBasis, RuleContext } from '../../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion } from './law.js';

/** duty to notify: 行政处罚法 2021 §44, §62 / 2017 §31, §41; 2010 办法 §48; 2023 办法 §44 */
export function noticeBases(ctx: RuleContext, date: string): LegalBasis[] {
  const out: LegalBasis[] =
    aplVersion(ctx, date) === '2021'
      ? [basis(APL, '2021', 44), basis(APL, '2021', 62)]
      : [basis(APL, '2017', 31), basis(APL, '2017', 41)];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 48, 1));
  if (env === '2023') out.push(basis(ENV, '2023', 44));
  return out;
}

/** hearing the party: 行政处罚法 2021 §45 / 2017 §32; 2010 办法 §49; 2023 办法 §45 */
export function statementBases(ctx: RuleContext, date: string, paragraph?: number): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 45, paragraph) : basis(APL, '2017', 32, paragraph),
  ];
  const env = envVersion(ctx, date);
  if (env === '2010') out.push(basis(ENV, '2010', 49, paragraph));
  if (env === '2023') out.push(basis(ENV, '2023', 45, paragraph));
  return out;
}
