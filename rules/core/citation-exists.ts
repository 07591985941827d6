import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { Case, LawRef } from '../../src/model/case.js';
import type { ClauseProvision, LawVersion } from '../../src/law/types.js';
import { formatCitationEn, formatCitationZh } from '../../src/law/numerals.js';

/** A penalty without a legal basis is void: 行政处罚法 2021 §38(1); 2017 §3(2). */
function voidBasis(c: Case): LegalBasis {
  const decided = c.dates.decided;
  return decided !== undefined && decided < '2021-07-15'
    ? { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 }
    : { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 };
}

/** the dates at which the citation could be law: the act, and the decision (a milder later law, APL 2021 §37) */
function datesOf(c: Case): string[] {
  return [c.dates.act, c.dates.decided ?? c.dates.law].filter((d): d is string => d !== undefined);
}

/**
 * The versions the citation can mean. The article is proven missing only when every one of them has a known article
 * count and the article is beyond all of them; a version without a held text is not checked.
 */
function missingArticle(ref: LawRef, c: Case, ctx: RuleContext): LawVersion | undefined {
  if (ref.law === undefined) return undefined;
  const versions = datesOf(c)
    .map((d) => ctx.law.versionAt(ref.law as string, d))
    .filter((v): v is LawVersion => v !== undefined);
  if (versions.length === 0) return undefined;
  if (versions.some((v) => v.articles === undefined || ref.article <= v.articles)) return undefined;
  return versions[versions.length - 1];
}

function checkExists(
  ref: LawRef,
  c: Case,
  ctx: RuleContext,
  role: { zh: string; en: string },
): RuleFinding[] {
  const version = missingArticle(ref, c, ctx);
  if (!version) return [];
  const count = version.articles as number;
  return [
    {
      path: ref.pointer,
      basis: [voidBasis(c)],
      message: {
        zh: `${role.zh}引用的《${version.shortTitle}》（${version.label}）没有${formatCitationZh({ article: ref.article })}（该版本共${count}条）；处罚依据必须是真实存在的法律条文`,
        en: `The ${role.en} cites ${formatCitationEn({ article: ref.article })} of the ${version.shortTitle} (${version.label}), which has no such article (that version has ${count} articles); a penalty needs an existing legal provision`,
      },
      suggestion: { zh: '核对并改正所引条文序号', en: 'check and correct the article number cited' },
    },
  ];
}

/**
 * A fine is imposed and none of the recorded penalty articles is in caselint's clause catalogue at the act or the
 * decision date: the fine range was not checked at all. When one of them is catalogued, penalty/fine-within-range
 * checks the range under it (the others are often detention or companion clauses), so nothing is reported here.
 */
function notInCatalogue(c: Case, ctx: RuleContext): RuleFinding[] {
  const fine = c.data.penalty.fine;
  if (fine === undefined || fine <= 0) return [];
  const dates = datesOf(c);
  if (dates.length === 0) return [];
  const known = c.basis.filter((ref) => ref.law !== undefined && !missingArticle(ref, c, ctx));
  if (known.length === 0 || known.length < c.basis.length) return [];
  const catalogued = (ref: LawRef) =>
    dates.some((d) => ctx.catalogue.find({ law: ref.law as string, article: ref.article }, d));
  if (known.some(catalogued)) return [];
  const last = dates[dates.length - 1]!;
  const cited = known.map((ref) => {
    const name = ctx.law.versionAt(ref.law as string, last)?.shortTitle ?? ref.written.replace(/[《》]/g, '');
    return {
      zh: `《${name}》${formatCitationZh({ article: ref.article })}`,
      en: `${formatCitationEn({ article: ref.article })} of the ${name}`,
    };
  });
  return [
    {
      path: known[0]!.pointer,
      severity: 'warning',
      message: {
        zh: `罚款幅度未核对：${cited.map((x) => x.zh).join('、')}不在条款目录中`,
        en: `Fine range not checked: ${cited.map((x) => x.en).join(', ')} ${cited.length > 1 ? 'are' : 'is'} not in the clause catalogue`,
      },
      suggestion: {
        zh: '核对所引罚则条文是否正确；条文无误时请人工核对罚款幅度，或将该条款补入条款目录（src/law/data/clauses.yaml）',
        en: 'check that the cited penalty article is right; if it is, check the fine range by hand or add the clause to the catalogue (src/law/data/clauses.yaml)',
      },
    },
  ];
}

/** the row is exactly the provision cited: the same paragraph (or none) and one of its items (or none) */
function exactRow(p: ClauseProvision, ref: LawRef): boolean {
  const paragraph =
    ref.paragraph === undefined
      ? p.paragraph === undefined
      : ref.paragraph === p.paragraph || ref.paragraph === p.itemsParagraph;
  const item = ref.item === undefined ? !p.items?.length : p.items?.includes(ref.item) === true;
  return paragraph && item;
}

/**
 * The cited penalty article has several catalogue rows (paragraphs or items with different conduct or ranges) and
 * the citation names none of them: the clause applied cannot be told from the record.
 */
function ambiguous(ref: LawRef, c: Case, ctx: RuleContext): RuleFinding[] {
  const date = c.dates.act ?? c.dates.law;
  // a paragraph named (固废法 2020 §102 ¶2 sets the amounts for the items of ¶1) is read with the violated provision
  if (ref.paragraph !== undefined || ref.item !== undefined) return [];
  if (ref.law === undefined || date === undefined || !ctx.catalogue.findAll) return [];
  const q: { law: string; article: number; paragraph?: number; item?: number } = {
    law: ref.law,
    article: ref.article,
  };
  if (ref.paragraph !== undefined) q.paragraph = ref.paragraph;
  if (ref.item !== undefined) q.item = ref.item;
  const rows = ctx.catalogue.findAll(q, date);
  if (rows.length < 2 || rows.some((r) => exactRow(r.provision, ref))) return [];
  const names = [
    ...new Set(
      rows.flatMap((r) => {
        const p = r.provision;
        const items = p.items?.length ? p.items : [undefined];
        return items.map((item) => {
          const cited: { article: number; paragraph?: number; item?: number } = { article: p.article };
          const paragraph = item !== undefined ? (p.itemsParagraph ?? p.paragraph) : p.paragraph;
          if (paragraph !== undefined) cited.paragraph = paragraph;
          if (item !== undefined) cited.item = item;
          return JSON.stringify(cited);
        });
      }),
    ),
  ].map((j) => JSON.parse(j) as { article: number; paragraph?: number; item?: number });
  if (names.length < 2) return [];
  const name = ctx.law.versionAt(ref.law, date)?.shortTitle ?? ref.written.replace(/[《》]/g, '');
  return [
    {
      path: ref.pointer,
      severity: 'warning',
      message: {
        zh: `处罚依据《${name}》${formatCitationZh(ref)}包含多个款、项（${names.map((n) => formatCitationZh(n)).join('、')}），案卷未写明适用哪一款、项，无法确定所适用的罚则`,
        en: `The penalty provision ${formatCitationEn(ref)} of the ${name} has several paragraphs or items (${names.map((n) => formatCitationEn(n)).join(', ')}); the case does not say which applies, so the penalty clause cannot be determined`,
      },
      suggestion: {
        zh: '在处罚依据中写明具体的款、项',
        en: 'cite the exact paragraph and item in the penalty basis',
      },
    },
  ];
}

export const rule: Rule = {
  meta: {
    id: 'core/citation-exists',
    title: { zh: '所引条文真实存在', en: 'Cited articles exist' },
    description: {
      zh: '违反条款和处罚依据所引条文的序号不得超过该法律版本的条文总数（仅限 caselint 持有全文、已统计条数的版本；按违法行为发生时和作出决定时的版本核对，两者均无此条才报错）。作出罚款而所引处罚依据条款均不在条款目录中时，给出警告：罚款幅度未核对（法律名称无法识别或条文不存在时由其他检查报告）。处罚依据只写到条、而罚则目录将该条按款、项分行收录时，给出警告并列出可能适用的款、项。',
      en: 'The article numbers cited as violated and penalty provisions must not exceed the article count of the law version (only versions whose full text caselint holds and has counted; checked against the versions at the act and at the decision, an error only when neither has the article). A fine whose cited penalty articles are all missing from the clause catalogue gives a warning: the fine range was not checked (unknown law names and non-existent articles are reported by the other checks). A penalty article cited without paragraph or item whose catalogue rows are split by paragraph or item gives a warning listing the candidates.',
    },
    severity: 'error',
    category: '适用法律正确',
    agencies: 'any',
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 },
      { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 },
    ],
    candidates: ['APL-001'],
  },
  check(c, ctx) {
    return [
      ...c.violated.flatMap((r) => checkExists(r, c, ctx, { zh: '违反条款', en: 'violated provision' })),
      ...c.basis.flatMap((r) => checkExists(r, c, ctx, { zh: '处罚依据', en: 'penalty provision' })),
      ...notInCatalogue(c, ctx),
      ...c.basis.flatMap((r) => ambiguous(r, c, ctx)),
    ];
  },
};
