/** Shared helpers of the procedure pack: law lines, version labels, bases and citations. */
import type { LegalBasis, Msg, RuleContext } from '../../../src/engine/types.js';

export {
  APL,
  ENV,
  APL_2021_FROM,
  ENV_2023_FROM,
  ENV_2010_FROM,
  aplVersion,
  envVersion,
  basis,
  type AplLabel,
  type EnvLabel,
} from '../../shared/law.js';

export const HEARING_RULES = 'env-hearing-rules';

/** renders several bases: 行政处罚法(2021)第六十条；生态环境行政处罚办法(2023)第五十七条 */
export function citeAll(ctx: RuleContext, bases: LegalBasis[]): Msg {
  const cites = bases.map((b) => ctx.law.cite(b));
  return { zh: cites.map((c) => c.zh).join('；'), en: cites.map((c) => c.en).join('; ') };
}

/** joins zh/en fragments */
export function msg(zh: string, en: string): Msg {
  return { zh, en };
}

/** appends the citation in brackets: `…（行政处罚法(2021)第六十条）` / `… (Administrative Penalty Law (2021) art. 60)` */
export function withBasis(ctx: RuleContext, text: Msg, bases: LegalBasis[]): Msg {
  const c = citeAll(ctx, bases);
  return { zh: `${text.zh}（${c.zh}）`, en: `${text.en} (${c.en})` };
}
