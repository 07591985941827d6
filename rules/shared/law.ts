/**
 * Law-version helpers shared by the rule packs (procedure, execution): the law-line ids of 行政处罚法 and the
 * environmental penalty measures, their in-force dates, the version in force on the date of a step (程序从新) and
 * `LegalBasis` construction.
 */
import type { IsoDate } from '../../src/model/case-data.js';
import type { LegalBasis, RuleContext } from '../../src/engine/types.js';
import type { Case } from '../../src/model/case.js';

/**
 * The date that decides the law versions for the whole case (the decision date, else the latest recorded step; see
 * `caseLawDate`). Never --as-of: a rule that calls it declares `needs: ['case-date']`, so it does not run on a case
 * that dates nothing and the case's coverage says so.
 */
export function caseDate(c: Case): IsoDate {
  const date = c.dates.law;
  if (date === undefined) throw new Error("the case dates nothing: declare needs: ['case-date']");
  return date;
}

export const APL = 'admin-penalty-law';
export const ENV = 'env-penalty-measures';

export type AplLabel = '2017' | '2021';
export type EnvLabel = '2010' | '2023';

/** 行政处罚法 2021 in force (§86). */
export const APL_2021_FROM = '2021-07-15';
/** 生态环境行政处罚办法 2023 in force (§92). */
export const ENV_2023_FROM = '2023-07-01';
/** 环境行政处罚办法 2010 in force. */
export const ENV_2010_FROM = '2010-03-01';

/** 行政处罚法 version label for a step: '2017' or '2021' (falls back on the in-force dates if the registry has no answer). */
export function aplVersion(ctx: Pick<RuleContext, 'law'>, date: IsoDate): AplLabel {
  const label = ctx.law.proceduralVersion(APL, date)?.label;
  if (label === '2017' || label === '2021') return label;
  return date >= APL_2021_FROM ? '2021' : '2017';
}

/** environmental measures version for a step: '2010', '2023', or undefined before 2010-03-01. */
export function envVersion(ctx: Pick<RuleContext, 'law'>, date: IsoDate): EnvLabel | undefined {
  const label = ctx.law.proceduralVersion(ENV, date)?.label;
  if (label === '2010' || label === '2023') return label;
  if (date >= ENV_2023_FROM) return '2023';
  if (date >= ENV_2010_FROM) return '2010';
  return undefined;
}

export function basis(
  law: string,
  version: string,
  article: number,
  paragraph?: number,
  item?: number,
  note?: string,
): LegalBasis {
  const b: LegalBasis = { law, version, article };
  if (paragraph !== undefined) b.paragraph = paragraph;
  if (item !== undefined) b.item = item;
  if (note !== undefined) b.note = note;
  return b;
}
