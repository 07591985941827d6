/**
 * Whether a cited article, paragraph (款) or item (项) exists in a law version: the article count of laws.yaml and
 * the paragraphs and items per article of src/law/data/article-structure.yaml (both read from the version's own
 * text in shared/law/texts). A version without them is unknown: nothing can be proven against it.
 */
import type { Msg } from '../../../src/engine/types.js';
import type { LawRef } from '../../../src/model/case.js';
import type { LawVersion } from '../../../src/law/types.js';
import { formatCitationEn, formatCitationZh, toChineseNumeral } from '../../../src/law/numerals.js';

/** what the version lacks, and what it has instead (for the message) */
export interface MissingProvision {
  level: 'article' | 'paragraph' | 'item';
  version: LawVersion;
  /** what the version has: 该版本共129条 / 129 articles in that version */
  has: Msg;
}

export type ProvisionVerdict = 'exists' | 'unknown' | MissingProvision;

function article(n: number): { zh: string; en: string } {
  return { zh: formatCitationZh({ article: n }), en: formatCitationEn({ article: n }) };
}

/** the cited provision against one version */
export function provisionIn(version: LawVersion, ref: LawRef): ProvisionVerdict {
  if (version.articles === undefined) return 'unknown';
  if (ref.article > version.articles)
    return {
      level: 'article',
      version,
      has: { zh: `该版本共${version.articles}条`, en: `that version has ${version.articles} articles` },
    };
  if (ref.paragraph === undefined && ref.item === undefined) return 'exists';
  const shape = version.structure?.[ref.article];
  if (!shape) return 'unknown';
  const art = article(ref.article);
  if (ref.paragraph !== undefined && ref.paragraph > shape.length)
    return {
      level: 'paragraph',
      version,
      has: {
        zh: `该版本${art.zh}共${shape.length}款`,
        en: `${art.en} of that version has ${shape.length} paragraph${shape.length === 1 ? '' : 's'}`,
      },
    };
  if (ref.item === undefined) return 'exists';
  const own = ref.paragraph !== undefined ? shape[ref.paragraph - 1]! : 0;
  if (own > 0) {
    // the cited paragraph lists its own items
    if (ref.item <= own) return 'exists';
    return {
      level: 'item',
      version,
      has: {
        zh: `该版本${art.zh}第${toChineseNumeral(ref.paragraph!)}款共${own}项`,
        en: `paragraph ${ref.paragraph} of ${art.en} of that version has ${own} items`,
      },
    };
  }
  // no paragraph named, or one without items that may refer to the items of another (固废法 2020 §102 ¶2 sets the
  // amounts for the items of ¶1): the item exists when some paragraph of the article lists it
  const most = Math.max(...shape);
  if (ref.item <= most) return 'exists';
  return {
    level: 'item',
    version,
    has:
      most === 0
        ? { zh: `该版本${art.zh}不分项`, en: `${art.en} of that version has no items` }
        : { zh: `该版本${art.zh}最多${most}项`, en: `${art.en} of that version has at most ${most} items` },
  };
}

export type CitationVerdict =
  | { kind: 'exists' }
  /** some version the citation can mean has no held text, and none of the known ones has the provision */
  | { kind: 'unknown'; versions: LawVersion[] }
  /** every version the citation can mean is known and lacks the provision */
  | { kind: 'missing'; missing: MissingProvision[] };

/**
 * The citation against every version it can mean (the law at the act and at the case's date): it exists when one
 * of them has it; it is missing only when all are known and none has it.
 */
export function citationIn(versions: LawVersion[], ref: LawRef): CitationVerdict {
  const distinct = [...new Map(versions.map((v) => [v.id, v])).values()];
  const verdicts = distinct.map((v) => [v, provisionIn(v, ref)] as const);
  if (verdicts.length === 0 || verdicts.some(([, x]) => x === 'exists')) return { kind: 'exists' };
  const unknown = verdicts.filter(([, x]) => x === 'unknown').map(([v]) => v);
  if (unknown.length > 0) return { kind: 'unknown', versions: unknown };
  return { kind: 'missing', missing: verdicts.map(([, x]) => x as MissingProvision) };
}
