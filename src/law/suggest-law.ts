/**
 * "Did you mean" for law names: a name, alias, version title or law id that caselint does not know gets the law lines
 * nearest to it (大气污染防法 → 大气污染防治法, air-laws → air-law), compared after the registry's own normalisation
 * (《》, 中华人民共和国 and a trailing revision note are left out).
 */
import type { Msg } from '../engine/types.js';
import { suggest } from '../suggest.js';
import { normaliseLawName } from './registry.js';
import type { LawLine } from './types.js';

/** ids of the law lines nearest to an unrecognised name */
export function suggestLaws(name: string, lines: readonly LawLine[]): string[] {
  return suggest(
    name,
    lines.map((l) => ({
      value: l.id,
      labels: [l.name, l.nameEn, ...l.aliases, ...l.versions.flatMap((v) => [v.title, v.shortTitle])],
    })),
    { normalise: normaliseLawName },
  );
}

/** "，是否为《大气污染防治法》（air-law）？" / " — did you mean Air Pollution … Law (air-law)?"; empty when none */
export function didYouMeanLaw(name: string, lines: readonly LawLine[]): Msg {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const shown = suggestLaws(name, lines)
    .map((id) => byId.get(id))
    .filter((l): l is LawLine => l !== undefined);
  if (shown.length === 0) return { zh: '', en: '' };
  const en = shown.map((l) => `${l.nameEn} (${l.id})`);
  const last = en.pop() ?? '';
  return {
    zh: `，是否为${shown.map((l) => `《${l.name}》（${l.id}）`).join('、')}？`,
    en: ` — did you mean ${en.length > 0 ? `${en.join(', ')} or ${last}` : last}?`,
  };
}
