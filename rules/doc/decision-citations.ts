/**
 * The decision cites every provision recorded as violated (违反条款) and as the penalty basis (处罚依据), with the
 * law's name: 行政处罚法 2021 §59(1)(2)–(3) (2017 §39(2)–(3)). Citations are read in Chinese numerals
 * (第一百零八条第一款第（一）项) with parseCitation.
 */
import type { Case, LawRef } from '../../src/model/case.js';
import { caseDate } from '../shared/law.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { parseCitation, type ParsedCitation } from '../../src/law/numerals.js';
import { APL, aplVersion, basis, compact, textsOf, withBasis } from './support.js';
import { printable } from '../../src/text/printable.js';

const NUM = '[0-9０-９零〇一二两三四五六七八九十百千]+';
const CITATION_SCAN = new RegExp(
  `第\\s*${NUM}\\s*条(?:\\s*第\\s*${NUM}\\s*款)?(?:\\s*第\\s*[（(]?\\s*${NUM}\\s*[）)]?\\s*项)?`,
  'g',
);

const TITLE = /《([^《》]{2,60})》/g;

export interface TextCitation extends ParsedCitation {
  /** the title (《…》) written last before the citation, e.g. 中华人民共和国大气污染防治法 */
  title?: string;
}

/** every citation in a text, bound to the law title that precedes it (《A》第四十五条、第四十六条 → both A) */
export function citationsIn(text: string): TextCitation[] {
  const t = compact(text);
  const titles = [...t.matchAll(TITLE)].map((m) => ({ index: m.index, title: m[1] ?? '' }));
  const out: TextCitation[] = [];
  for (const m of t.matchAll(CITATION_SCAN)) {
    const parsed = parseCitation(m[0]);
    if (!parsed) continue;
    const title = titles.filter((x) => x.index < m.index).at(-1)?.title;
    out.push(title === undefined ? parsed : { ...parsed, title });
  }
  return out;
}

function lawNames(ctx: RuleContext, ref: LawRef): string[] {
  const line = ref.law ? ctx.law.line(ref.law) : undefined;
  return [ref.written, ...(line ? [line.name, ...line.aliases] : [])]
    .map((n) =>
      compact(n)
        .replace(/[《》]/g, '')
        .replace(/^中华人民共和国/, ''),
    )
    .filter((n) => n.length >= 2);
}

/** the citation's law: its preceding 《title》; without one (the law written without 《》), any mention of the law in the text */
function sameLaw(ctx: RuleContext, title: string | undefined, ref: LawRef, text: string): boolean {
  if (title === undefined) return lawNames(ctx, ref).some((n) => compact(text).includes(n));
  if (ref.law) return ctx.law.resolve(title) === ref.law || ctx.law.resolve(`《${title}》`) === ref.law;
  const strip = (s: string) => s.replace(/[《》\s]/g, '').replace(/^中华人民共和国/, '');
  return strip(title) === strip(ref.written);
}

function cites(ctx: RuleContext, found: TextCitation[], ref: LawRef, text: string): boolean {
  return found.some(
    (f) =>
      f.article === ref.article &&
      // 第一百零八条第（一）项 is the usual way to cite an item of an article's first (often only) paragraph
      (ref.paragraph === undefined ||
        f.paragraph === ref.paragraph ||
        (ref.paragraph === 1 && f.paragraph === undefined && f.item !== undefined)) &&
      (ref.item === undefined || f.item === ref.item) &&
      sameLaw(ctx, f.title, ref, text),
  );
}

function label(ref: LawRef): { zh: string; en: string } {
  const zh = `${ref.written.replace(/[《》]/g, '')}第${ref.article}条${ref.paragraph ? `第${ref.paragraph}款` : ''}${ref.item ? `第${ref.item}项` : ''}`;
  const en = `${ref.written} art. ${ref.article}${ref.paragraph ? `(${ref.paragraph})` : ''}${ref.item ? ` item ${ref.item}` : ''}`;
  return { zh, en };
}

export const rule: Rule = {
  meta: {
    id: 'doc/decision-citations',
    title: { zh: '决定书引用条款与记录一致', en: 'Provisions cited in the decision match the record' },
    description: {
      zh: '案卷记录的违反条款和处罚依据，应在处罚决定书中以法律名称加条、款、项（中文数字）的形式引用。',
      en: 'Every provision recorded as violated or as the penalty basis must be cited in the decision, with the law name and article/paragraph/item (in Chinese numerals).',
    },
    severity: 'error',
    category: '适用法律正确',
    needs: ['procedure-record', 'case-date'],
    basis: [basis(APL, '2021', 59, 1, 3), basis(APL, '2017', 39, 1, 3)],
    needsAttachments: true,
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const date = caseDate(c);
    const b = [
      aplVersion(ctx, date) === '2021' ? basis(APL, '2021', 59, 1, 3) : basis(APL, '2017', 39, 1, 3),
    ];
    const findings: RuleFinding[] = [];
    for (const d of textsOf(c, ctx, 'decision')) {
      const found = citationsIn(d.text);
      for (const [refs, kind] of [
        [c.violated, { zh: '违反条款', en: 'violated provision' }],
        [c.basis, { zh: '处罚依据', en: 'penalty basis' }],
      ] as const) {
        for (const ref of refs) {
          if (cites(ctx, found, ref, d.text)) continue;
          const l = label(ref);
          findings.push({
            message: withBasis(
              ctx,
              {
                zh: `决定书（${printable(d.info.file)}）未引用记录的${kind.zh}${l.zh}`,
                en: `The decision (${printable(d.info.file)}) does not cite the recorded ${kind.en} ${l.en}`,
              },
              b,
            ),
            path: ref.pointer,
            file: d.info.file,
            basis: b,
            suggestion: {
              zh: '使决定书引用的条款与案卷记录一致',
              en: 'Make the provisions cited in the decision agree with the record',
            },
          });
        }
      }
    }
    return findings;
  },
};
