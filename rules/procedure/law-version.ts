/**
 * Procedural version in citations: a decision cites 行政处罚法 and the environmental measures by the text in force
 * at the decision date (行政处罚法 2021 §86 from 2021-07-15; 生态环境行政处罚办法 2023 §92 from 2023-07-01).
 * Checked from the structured references: an article beyond the version's last article, and the mitigation and
 * minors grounds cited with the other version's article number (2017 §25, §27(1) ↔ 2021 §30, §32).
 */
import type { LawRefData } from '../../src/model/case-data.js';
import type { Case } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { decisionOf } from './support/steps.js';

/** number of articles: 行政处罚法 2017 text 64 (digest, secondary), 2021 text 86 (full text); 办法 2010: 82, 2023: 92 */
const LAST_ARTICLE: Record<string, Record<string, number>> = {
  [APL]: { '2017': 64, '2021': 86 },
  [ENV]: { '2010': 82, '2023': 92 },
};

/** grounds and their article in each 行政处罚法 text (2017 numbers from secondary copies) */
const GROUND_ARTICLE: Record<string, { '2017': number; '2021': number }> = {
  'removed-harm': { '2017': 27, '2021': 32 },
  coerced: { '2017': 27, '2021': 32 },
  meritorious: { '2017': 27, '2021': 32 },
  'minor-14-18': { '2017': 25, '2021': 30 },
};

interface Ref {
  law: string | undefined;
  article: number | undefined;
  pointer: string;
  ground?: string;
}

function refs(c: Case, ctx: RuleContext): Ref[] {
  const out: Ref[] = [...c.violated, ...c.basis].map((r) => ({
    law: r.law,
    article: r.article,
    pointer: r.pointer,
  }));
  (c.data.penalty.treatment_grounds ?? []).forEach((g, i) => {
    const b: LawRefData | undefined = g.basis;
    if (!b) return;
    out.push({
      law: ctx.law.resolve(b.law),
      article: b.article,
      pointer: `/penalty/treatment_grounds/${i}/basis`,
      ground: g.ground,
    });
  });
  return out;
}

/** the act ended (or, if no end is recorded, occurred) while the 2017 text was in force */
function actEndedUnderOldLaw(c: Case, ctx: RuleContext): boolean {
  const v = c.data.violation;
  const act = v.ended_on ?? c.dates.act ?? v.started_on;
  return act !== undefined && aplVersion(ctx, act) === '2017';
}

export const rule: Rule = {
  meta: {
    id: 'procedure/law-version',
    title: { zh: '程序法版本与条文', en: 'Version of the procedural law cited' },
    description: {
      zh: '决定引用行政处罚法和环境行政处罚办法时，应引用决定作出之日有效的文本：条号超出该版本条文总数的，以及从轻减轻、未成年人等情节引用了另一版本条号的，为引用错误。违法行为终了于2021-07-15前的，从轻减轻情节属实体规定，依行政处罚法(2021)第三十七条可适用旧法，新旧条号均可。',
      en: 'Citations of the Administrative Penalty Law and the environmental measures must follow the text in force on the decision date: an article beyond that version’s last article, or a mitigation or minors ground cited with the other version’s article number, is a wrong citation. For an act that ended before 2021-07-15 the mitigation grounds, being substantive, may follow the old text (2021 law art. 37), so either number is accepted.',
    },
    severity: 'error',
    category: '适用法律正确',
    basis: [basis(APL, '2021', 86), basis(ENV, '2023', 92)],
    candidates: ['APL-001', 'ENV-VER-001'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const decision = decisionOf(c);
    if (!decision) return [];
    const findings: RuleFinding[] = [];
    for (const r of refs(c, ctx)) {
      if ((r.law !== APL && r.law !== ENV) || r.article === undefined) continue;
      const version = r.law === APL ? aplVersion(ctx, decision.date) : envVersion(ctx, decision.date);
      if (!version) continue;
      const b: LegalBasis[] = [r.law === APL ? basis(APL, '2021', 86) : basis(ENV, '2023', 92)];
      const name = ctx.law.display(r.law, version);
      const last = LAST_ARTICLE[r.law]?.[version];
      if (last !== undefined && r.article > last) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `引用了${name.zh}第${r.article}条，但该版本只有${last}条；${decision.date}作出的决定应引用当时有效的文本`,
              en: `Cites art. ${r.article} of ${name.en}, which has only ${last} articles; a decision of ${decision.date} must cite the text then in force`,
            },
            b,
          ),
          path: r.pointer,
          basis: b,
          suggestion: {
            zh: '按决定日有效的文本核对并更正所引条号（书面补正）',
            en: 'Check the article against the text in force on the decision date and correct it in writing',
          },
        });
        continue;
      }
      const expected = r.law === APL && r.ground ? GROUND_ARTICLE[r.ground] : undefined;
      if (!expected || (version !== '2017' && version !== '2021')) continue;
      // mitigation grounds are substantive: for an act that ended before 2021-07-15 a later decision may apply the
      // old text (行政处罚法 2021 §37, 从旧兼从轻), so either number is accepted there
      if (version === '2021' && actEndedUnderOldLaw(c, ctx)) continue;
      const want = expected[version];
      const other = expected[version === '2017' ? '2021' : '2017'];
      if (r.article === other && r.article !== want) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `从轻、减轻情节引用了行政处罚法第${r.article}条（另一版本的条号），${decision.date}适用${name.zh}，应为第${want}条`,
              en: `The mitigation ground cites art. ${r.article} (the other version’s number); on ${decision.date} ${name.en} applies, art. ${want}`,
            },
            [
              basis(
                APL,
                version,
                want,
                undefined,
                undefined,
                version === '2017' ? 'secondary source' : undefined,
              ),
            ],
          ),
          path: r.pointer,
          basis: [basis(APL, version, want)],
          suggestion: {
            zh: `改引${name.zh}第${want}条（书面补正）`,
            en: `Cite art. ${want} of ${name.en} instead (correct it in writing)`,
          },
        });
      }
    }
    return findings;
  },
};
