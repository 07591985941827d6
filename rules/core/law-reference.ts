import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import type { Case, LawRef } from '../../src/model/case.js';
import { didYouMeanLaw } from '../../src/law/suggest-law.js';
import { notChecked } from '../../src/engine/coverage.js';

const normalise = (name: string) => name.replace(/[《》\s]/g, '').replace(/^中华人民共和国/, '');

/** A penalty without a legal basis is void: 行政处罚法 2021 §38(1); 2017 §3(2). */
function voidBasis(c: Case): LegalBasis {
  const decided = c.dates.decided;
  return decided !== undefined && decided < '2021-07-15'
    ? { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 }
    : { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 };
}

function checkRef(ref: LawRef, c: Case, ctx: RuleContext, role: { zh: string; en: string }): RuleFinding[] {
  if (ref.law === undefined) {
    const guess = didYouMeanLaw(ref.written, ctx.law.lines());
    return [
      {
        path: ref.pointer,
        severity: 'warning',
        message: {
          zh: `${role.zh}中的法律名称“${ref.written}”无法识别，caselint 无法核对版本和罚款幅度${guess.zh.replace(/^，/, '；') || '；请使用规范名称或简称（如 大气污染防治法）'}`,
          en: `The law name "${ref.written}" in the ${role.en} is not recognised, so its version and fine range cannot be checked${guess.en || '; use the official or short name (e.g. 大气污染防治法)'}`,
        },
      },
    ];
  }
  const act = c.dates.act;
  const decided = c.dates.decided;
  if (inForceAt(ref, act, ctx) || inForceAt(ref, decided, ctx)) return [];
  const name = `《${ref.written.replace(/[《》]/g, '')}》`;
  const dates = [act, decided].filter((d): d is string => d !== undefined);
  // a date before the first version caselint holds is outside its coverage, not proof that the law was not in force
  if (dates.length > 0 && dates.every((d) => ctx.law.isBeforeLaw(ref.law as string, d)))
    return [notCovered(ref, ctx, role, name, dates)];
  const when = titledLater(ref, act ?? decided ?? '', ctx)
    ? { zh: '尚未施行', en: 'not yet in force' }
    : { zh: '已经废止', en: 'already repealed' };
  return [
    {
      path: ref.pointer,
      basis: [voidBasis(c)],
      message: {
        zh: `${role.zh}引用的${name}在违法行为发生时（${act ?? ''}）和作出决定时（${decided ?? ''}）均${when.zh}；请改引当时有效的法律规定`,
        en: `The ${role.en} cites ${name}, which was ${when.en} both at the act (${act ?? ''}) and at the decision (${decided ?? ''}); cite the provision in force at the time`,
      },
    },
  ];
}

/**
 * the cited law's earliest version in the registry starts after every recorded date: the text then in force is not
 * covered, so the citation is reported as not checked (coverage), never as not yet in force
 */
function notCovered(
  ref: LawRef,
  ctx: RuleContext,
  role: { zh: string; en: string },
  name: string,
  dates: string[],
): RuleFinding {
  const from = ctx.law.line(ref.law ?? '')?.versions[0]?.effectiveFrom ?? '';
  return notChecked(
    {
      fact: `law-text:${ref.law ?? ''}:before-${from}`,
      kind: 'not-covered',
      label: {
        zh: `${name}自${from}起施行的文本之前的版本（所涉日期${dates.join('、')}）`,
        en: `the version of ${name} before the text in force from ${from} (dates ${dates.join(', ')})`,
      },
      path: ref.pointer,
    },
    {
      zh: `${role.zh}引用的${name}当时有效`,
      en: `${name} cited in the ${role.en} in force at the time`,
    },
  );
}

/**
 * the written name is the title of particular versions (噪声污染防治法 2022) and all of them start after the date,
 * while an earlier version of the line exists: the cited instrument itself was not yet in force
 */
function titledLater(ref: LawRef, date: string, ctx: RuleContext): boolean {
  const written = normalise(ref.written);
  const titled = (ctx.law.line(ref.law ?? '')?.versions ?? []).filter(
    (v) => normalise(v.title) === written || normalise(v.shortTitle) === written,
  );
  return titled.length > 0 && titled.every((v) => v.effectiveFrom > date);
}

/**
 * In force on the date: the law line has a version then and, when the name written is the title of particular
 * versions (环境噪声污染防治法 vs 噪声污染防治法), one of those is the version in force.
 */
function inForceAt(ref: LawRef, date: string | undefined, ctx: RuleContext): boolean {
  if (date === undefined || ref.law === undefined) return true;
  const version = ctx.law.versionAt(ref.law, date);
  if (!version) return false;
  const written = normalise(ref.written);
  const titled = (ctx.law.line(ref.law)?.versions ?? []).filter(
    (v) => normalise(v.title) === written || normalise(v.shortTitle) === written,
  );
  return titled.length === 0 || titled.some((v) => v.id === version.id);
}

export const rule: Rule = {
  meta: {
    id: 'core/law-reference',
    title: {
      zh: '违法与处罚依据的法律可识别且当时有效',
      en: 'Cited laws are known and in force at the time',
    },
    description: {
      zh: '违反条款和处罚依据必须是违法行为发生时（或从旧兼从轻时作出决定时）有效的法律规定；引用尚未施行或已废止的法律，处罚没有法定依据。法律名称无法识别时给出警告，以便补充别名。日期早于 caselint 收录的最早版本时，列为未覆盖、未检查（覆盖情况），不认定为尚未施行。',
      en: 'The violated and penalty provisions must be law in force at the act (or, where a later law is milder, at the decision). Citing a law not yet in force or already repealed leaves the penalty without a legal basis. Unknown law names give a warning so that an alias can be added. Dates before the earliest version caselint holds are reported as not covered and not checked (coverage), never as not yet in force.',
    },
    severity: 'error',
    category: '适用法律正确',
    agencies: 'any',
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 38, paragraph: 1 },
      { law: 'admin-penalty-law', version: '2021', article: 37 },
      { law: 'admin-penalty-law', version: '2017', article: 3, paragraph: 2 },
    ],
    candidates: ['APL-001'],
  },
  check(c, ctx) {
    return [
      ...c.violated.flatMap((r) => checkRef(r, c, ctx, { zh: '违反条款', en: 'violated provision' })),
      ...c.basis.flatMap((r) => checkRef(r, c, ctx, { zh: '处罚依据', en: 'penalty provision' })),
    ];
  },
};
