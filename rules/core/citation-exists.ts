import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { Case, LawRef } from '../../src/model/case.js';
import type { ClauseProvision, LawVersion } from '../../src/law/types.js';
import { formatCitationEn, formatCitationZh } from '../../src/law/numerals.js';
import { normaliseRefs } from '../../src/model/build.js';
import { notChecked } from '../../src/engine/coverage.js';
import { caseDate } from '../shared/law.js';
import { citationIn, type MissingProvision } from './support/provisions.js';

/** A penalty without a legal basis is void: 行政处罚法 2021 §38(1); 2017 §3(2). */
function voidBasis(c: Case): LegalBasis {
  return caseDate(c) < '2021-07-15'
    ? { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 }
    : { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 };
}

/**
 * The dates whose law the citation can mean: the case's own date (the decision, else its latest dated step — never
 * --as-of) and the act (substantive law of the time of the act, 行政处罚法 2021 §37).
 */
function datesOf(c: Case): { date: string; what: Msg }[] {
  const out: { date: string; what: Msg }[] = [];
  if (c.dates.act !== undefined) out.push({ date: c.dates.act, what: { zh: '违法行为时', en: 'the act' } });
  const decided = c.dates.decided !== undefined;
  out.push({
    date: caseDate(c),
    what: decided
      ? { zh: '处罚决定时', en: 'the decision' }
      : { zh: '最近办案环节时', en: 'the latest recorded step' },
  });
  return out;
}

function versionsFor(ref: LawRef, c: Case, ctx: RuleContext): LawVersion[] {
  if (ref.law === undefined) return [];
  return datesOf(c)
    .map((d) => ctx.law.versionAt(ref.law as string, d.date))
    .filter((v): v is LawVersion => v !== undefined);
}

/** the citation is proven not to exist in any version it can mean */
function missing(ref: LawRef, c: Case, ctx: RuleContext): MissingProvision[] | undefined {
  const verdict = citationIn(versionsFor(ref, c, ctx), ref);
  return verdict.kind === 'missing' ? verdict.missing : undefined;
}

const CHECK: Msg = { zh: '条款是否存在', en: 'whether the cited provisions exist' };

/** which dates chose the versions: 按违法行为时（2019-03-01）、处罚决定时（2020-05-10）适用的版本核对 */
function appliedAt(c: Case): Msg {
  const dates = datesOf(c);
  return {
    zh: `按${dates.map((d) => `${d.what.zh}（${d.date}）`).join('、')}适用的版本核对`,
    en: `checked against the versions in force at ${dates.map((d) => `${d.what.en} (${d.date})`).join(' and ')}`,
  };
}

function checkExists(
  ref: LawRef,
  c: Case,
  ctx: RuleContext,
  role: { zh: string; en: string },
): RuleFinding[] {
  const verdict = citationIn(versionsFor(ref, c, ctx), ref);
  if (verdict.kind === 'exists') return [];
  if (verdict.kind === 'unknown')
    return verdict.versions.map((v) =>
      notChecked(
        {
          fact: `law-text:${v.id}`,
          kind: 'not-covered',
          label: {
            zh: `《${v.shortTitle}》（${v.label}）的条文`,
            en: `the text of the ${ctx.law.display(v.law, v.label).en}`,
          },
          path: ref.pointer,
        },
        CHECK,
      ),
    );
  const versions = verdict.missing.map((m) => ({
    zh: `《${m.version.shortTitle}》（${m.version.label}）`,
    en: `the ${ctx.law.display(m.version.law, m.version.label).en}`,
  }));
  const has = verdict.missing.map((m) => m.has);
  const level = verdict.missing[0]!.level;
  const what = {
    article: { zh: '条', en: 'article' },
    paragraph: { zh: '款', en: 'paragraph' },
    item: { zh: '项', en: 'item' },
  }[level];
  const applied = appliedAt(c);
  return [
    {
      path: ref.pointer,
      basis: [voidBasis(c)],
      message: {
        zh: `${role.zh}引用的${versions.map((v) => v.zh).join('和')}${versions.length > 1 ? '均' : ''}没有${formatCitationZh(ref)}（${has.map((h) => h.zh).join('；')}）；${applied.zh}；处罚依据必须是真实存在的法律条文`,
        en: `The ${role.en} cites ${formatCitationEn(ref)} of ${versions.map((v) => v.en).join(' and ')}, which ${versions.length > 1 ? 'have' : 'has'} no such ${what.en} (${has.map((h) => h.en).join('; ')}); ${applied.en}; a penalty needs an existing legal provision`,
      },
      suggestion: {
        zh: `核对并改正所引${what.zh}的序号`,
        en: `check and correct the ${what.en} number cited`,
      },
    },
  ];
}

/** the check a clause missing from the catalogue blocks: penalty/fine-within-range's, named as that rule names it */
const FINE_RANGE: Msg = { zh: '罚款在法定幅度内', en: 'Fine within the statutory range' };

/**
 * A fine is imposed and none of the recorded penalty articles is in caselint's clause catalogue at the act or the
 * decision date: the fine range was not checked at all. That is the limit of caselint's catalogue, not a defect the
 * record shows, so it is coverage (not-in-catalogue), never a warning. What the record does prove wrong — an article,
 * paragraph or item the law does not have — is checkExists's error, and then this gap is not reported. When one of
 * the articles is catalogued, penalty/fine-within-range checks the range under it (the others are often detention or
 * companion clauses), so nothing is reported here.
 */
function notInCatalogue(c: Case, ctx: RuleContext): RuleFinding[] {
  const fine = c.data.penalty.fine;
  if (fine === undefined || fine <= 0) return [];
  const dates = datesOf(c).map((d) => d.date);
  const known = c.basis.filter((ref) => ref.law !== undefined && !missing(ref, c, ctx));
  if (known.length === 0 || known.length < c.basis.length) return [];
  const catalogued = (ref: LawRef) =>
    dates.some((d) => ctx.catalogue.find({ law: ref.law as string, article: ref.article }, d));
  if (known.some(catalogued)) return [];
  const last = dates[dates.length - 1]!;
  const cited = known.map((ref) => {
    const name = ctx.law.versionAt(ref.law as string, last)?.shortTitle ?? ref.written.replace(/[《》]/g, '');
    return {
      key: `${ref.law as string}:${ref.article}`,
      zh: `《${name}》${formatCitationZh({ article: ref.article })}`,
      en: `${formatCitationEn({ article: ref.article })} of the ${ctx.law.display(ref.law as string).en}`,
    };
  });
  const unique = cited.filter((x, i) => cited.findIndex((y) => y.key === x.key) === i);
  return [
    notChecked(
      {
        fact: `clause-catalogue:${unique.map((x) => x.key).join(',')}`,
        kind: 'not-in-catalogue',
        label: {
          zh: `所引罚则${unique.map((x) => x.zh).join('、')}`,
          en: `the cited penalty provision${unique.length > 1 ? 's' : ''} ${unique.map((x) => x.en).join(', ')}`,
        },
        path: known[0]!.pointer,
      },
      FINE_RANGE,
    ),
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
    title: { zh: '所引条文真实存在', en: 'Cited provisions exist' },
    check: CHECK,
    description: {
      zh: '违反条款、处罚依据、不予处罚的依据和按日连续处罚原处罚决定的依据所引的条、款、项必须在该法律版本中存在：条的序号不超过该版本的条文总数，款、项不超过该条的款数和项数（条数及各条的款、项由 caselint 持有的该版本全文统计，见 src/law/data/article-structure.yaml）。版本按本案自身的日期确定：违法行为发生时和处罚决定时（无决定日期时为最近的办案环节）适用的版本，两者均无此条、款、项才报错；从不以 --as-of 代替。案卷未记录任何日期时不检查（列为未检查）；所适用版本的全文未收录时不指控，列为未检查。作出罚款而所引处罚依据条款均不在条款目录中时，罚款幅度无法核对，列为未检查（条款目录的覆盖范围，不作为问题报告）。处罚依据只写到条、而罚则目录将该条按款、项分行收录时，给出警告并列出可能适用的款、项。',
      en: "The articles, paragraphs and items cited as violated provisions, penalty provisions, the basis of a no-penalty decision and the original basis of a per-day penalty must exist in the law version: an article number within the version's article count, a paragraph and item within the paragraphs and items of that article (counted from the version's full text held by caselint, see src/law/data/article-structure.yaml). The versions follow the case's own dates: those in force at the act and at the decision (without a decision date, the latest recorded step), an error only when neither has the provision; never --as-of. A case that records no date is not checked (reported as not checked); a version whose text is not held is never accused, the check is reported as not run. A fine whose cited penalty articles are all missing from the clause catalogue is reported as not checked (the limit of the catalogue, coverage), never as a finding. A penalty article cited without paragraph or item whose catalogue rows are split by paragraph or item gives a warning listing the candidates.",
    },
    needs: ['case-date'],
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
    const found = [
      ...c.violated.flatMap((r) => checkExists(r, c, ctx, { zh: '违反条款', en: 'violated provision' })),
      ...c.basis.flatMap((r) => checkExists(r, c, ctx, { zh: '处罚依据', en: 'penalty provision' })),
      ...(c.noPenaltyBasis
        ? checkExists(c.noPenaltyBasis, c, ctx, {
            zh: '不予处罚的依据',
            en: 'basis of the no-penalty decision',
          })
        : []),
      ...normaliseRefs(
        c.data.penalty.daily?.original_basis,
        '/penalty/daily/original_basis',
        ctx.law,
      ).flatMap((r) => checkExists(r, c, ctx, { zh: '原处罚决定的依据', en: 'original penalty provision' })),
      ...notInCatalogue(c, ctx),
      ...c.basis.flatMap((r) => ambiguous(r, c, ctx)),
    ];
    // one coverage gap per law version whose text is not held, however many citations it blocked
    const seen = new Set<string>();
    return found.filter((f) => !f.gap || (!seen.has(f.gap.fact) && seen.add(f.gap.fact)));
  },
};
