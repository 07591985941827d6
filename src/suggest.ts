/**
 * "Did you mean" for names a user typed: event types, document types, schema enum values, law names, rule ids and
 * rule options. A candidate is a valid name with optional labels (its Chinese name, aliases): the input is compared
 * with each by edit distance (leven), and a name that contains the input or is contained in it also counts, so
 * 事先告知 finds prior-notice-served through its label 事先告知书送达. Garbage gets nothing: a candidate must be
 * within about a third of its length (of the shorter of the two for Chinese text), and at most three
 * are offered, nearest first.
 */
import leven from 'leven';
import type { Msg } from './engine/types.js';

export interface Candidate {
  /** the valid name that is suggested */
  value: string;
  /** other names the user may have written for it (Chinese label, aliases) */
  labels?: readonly string[];
}

export interface SuggestOptions {
  /** at most this many suggestions (default 3) */
  max?: number;
  /** a normalisation applied to the input and to every name before comparing (after the default one) */
  normalise?: (s: string) => string;
}

export const MAX_SUGGESTIONS = 3;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** case, width, separators and quotes do not tell names apart: Prior_Notice served → prior-notice-served */
function key(s: string): string {
  const k = s
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[《》〈〉“”"'`]/g, '');
  // Chinese names: asides in brackets and list punctuation are left out (行政处罚事先（听证）告知书送达, 陈述、申辩)
  return HAN.test(k)
    ? k.replace(/\([^()]*\)/g, '').replace(/[\s、/,，·・-]/g, '')
    : k.replace(/[\s_]+/g, '-');
}

/** the largest distance still taken for a near miss of `name` (in Chinese, a third of the shorter of the two) */
function tolerance(input: string, name: string): number {
  const length = [...name].length;
  return HAN.test(name)
    ? Math.floor(Math.min(length, [...input].length) / 3)
    : Math.max(1, Math.floor(length / 3));
}

/** the input is part of the name or the name part of the input, and the shorter side is long enough to mean it */
function contains(input: string, name: string): boolean {
  const [shorter, longer] = input.length <= name.length ? [input, name] : [name, input];
  const enough = HAN.test(shorter) ? 2 : 4;
  return [...shorter].length >= enough && longer.includes(shorter);
}

/** the valid names nearest to `input`, nearest first; none when nothing is close */
export function suggest(
  input: string,
  candidates: readonly (string | Candidate)[],
  options: SuggestOptions = {},
): string[] {
  const normalise = (s: string): string => (options.normalise ? options.normalise(key(s)) : key(s));
  const typed = normalise(input);
  if (typed === '') return [];
  const scored: { value: string; score: number; order: number }[] = [];
  candidates.forEach((c, order) => {
    const candidate = typeof c === 'string' ? { value: c } : c;
    let best = Infinity;
    for (const name of [candidate.value, ...(candidate.labels ?? [])]) {
      const n = normalise(name);
      if (n === '') continue;
      const limit = tolerance(typed, n);
      const d = leven(typed, n, { maxDistance: Math.max(limit, typed.length, n.length) + 1 });
      // a containment match ranks after the near misses of the same size
      const score = d <= limit ? d : contains(typed, n) ? d + 0.5 : Infinity;
      best = Math.min(best, score);
    }
    if (best !== Infinity) scored.push({ value: candidate.value, score: best, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  // an exact match of a label or a spelling variant leaves no doubt; a near miss hides the far-fetched ones
  const best = scored[0]?.score ?? 0;
  const kept = scored.filter((s) => s.score <= best + 1 && (best > 0 || s.score === 0));
  return [...new Set(kept.map((s) => s.value))].slice(0, options.max ?? MAX_SUGGESTIONS);
}

/**
 * "，是否为 "a"（标签）或 "b"？" / " — did you mean "a" (label) or "b"?"; empty when there is nothing to offer.
 * `label` gives a suggestion's display name in each language, if it has one.
 */
export function didYouMean(suggestions: readonly string[], label?: (value: string) => Msg | undefined): Msg {
  if (suggestions.length === 0) return { zh: '', en: '' };
  const shown = (lang: 'zh' | 'en') =>
    suggestions.map((s) => {
      const l = label?.(s)?.[lang];
      return l && l !== s ? `"${s}"${lang === 'zh' ? `（${l}）` : ` (${l})`}` : `"${s}"`;
    });
  const zh = shown('zh');
  const en = shown('en');
  const joinEn = en.length > 1 ? `${en.slice(0, -1).join(', ')} or ${en.at(-1) ?? ''}` : (en[0] ?? '');
  return { zh: `，是否为 ${zh.join('、')}？`, en: ` — did you mean ${joinEn}?` };
}
