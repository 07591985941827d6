import { loadKnowledge } from '../law/index.js';
import type { LegalBasis } from '../engine/types.js';
import type { Lang } from './types.js';

/** 行政处罚法(2021)第四十四条 / Administrative Penalty Law (2021) art. 44 */
export function citeBasis(basis: LegalBasis, lang: Lang): string {
  return loadKnowledge().law.cite(basis)[lang];
}

export function citeAll(bases: LegalBasis[], lang: Lang): string {
  return bases.map((b) => citeBasis(b, lang)).join(lang === 'zh' ? '；' : '; ');
}
