/**
 * Shared helpers of the repo pack (cross-case rules): folder names for messages, citations, and the archive
 * provisions a case number belongs to.
 */
import type { CrossCase, CrossCaseContext, LegalBasis, Msg } from '../../src/engine/types.js';
import type { IsoDate } from '../../src/model/case-data.js';
import { APL, ENV, aplVersion, basis, envVersion } from '../shared/law.js';

/** a case's folder as shown in messages */
export function folderOf(c: CrossCase): string {
  return c.folder === '.' || c.folder === '' ? c.file : c.folder;
}

/** 甲、乙 / a, b */
export function listOf(items: string[]): Msg {
  return { zh: items.join('、'), en: items.join(', ') };
}

const cited = new WeakMap<CrossCaseContext['law'], Map<string, Msg>>();

/** the bases cited (memoised per registry: a large run gives thousands of findings with the same few bases) */
export function cite(ctx: CrossCaseContext, bases: LegalBasis[]): Msg {
  const key = JSON.stringify(bases);
  const memo = cited.get(ctx.law) ?? new Map<string, Msg>();
  cited.set(ctx.law, memo);
  const hit = memo.get(key);
  if (hit) return hit;
  const parts = bases.map((b) => ctx.law.cite(b));
  const msg = { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join('; ') };
  memo.set(key, msg);
  return msg;
}

/**
 * The record-keeping provisions a case number serves, by the case's date: 行政处罚法 2021 §47 (全过程记录，归档保存,
 * from 2021-07-15) and the archiving article of the environmental penalty measures (2010 §69, 2023 §79).
 */
export function recordBases(ctx: CrossCaseContext, date: IsoDate | undefined): LegalBasis[] {
  if (date === undefined) return [basis(APL, '2021', 47)];
  const out: LegalBasis[] = [];
  if (aplVersion(ctx, date) === '2021') out.push(basis(APL, '2021', 47));
  const env = envVersion(ctx, date);
  if (env) out.push(basis(ENV, env, env === '2023' ? 79 : 69));
  return out.length > 0 ? out : [basis(APL, '2021', 47)];
}
