import type { Rule, RuleFinding } from '../../src/engine/types.js';
import type { LawRef } from '../../src/model/case.js';
import type { ClauseProvision } from '../../src/law/types.js';
import { appliedAtAct, itemNotCited, itemlessRows, provisionBasis, query } from './util.js';

function pairs(v: LawRef, p: ClauseProvision): boolean {
  if (v.law !== p.law || v.article !== p.article) return false;
  return v.paragraph === undefined || p.paragraph === undefined || v.paragraph === p.paragraph;
}

export const rule: Rule = {
  meta: {
    id: 'penalty/basis-matches-violation',
    title: { zh: '处罚依据与违反条款相对应', en: 'Penalty clause pairs with the violated clause' },
    description: {
      zh:
        '罚则目录记录了每个罚则条款对应的行为条款（如大气污染防治法第一百零八条第一项对应第四十五条）。' +
        '案卷引用的处罚依据应当与违反条款相对应，否则属于适用法律错误。同条中“依照前款的规定处罚”的款（处罚相同，如环境影响评价法第三十一条第二款）视为对应。只引规定数额的款而未写明项、且该款可指的行中有未列明对应行为条款者（如仅引固废法2020年第一百零二条第二款），列为未检查。',
      en:
        'The catalogue records the conduct provisions each penalty clause punishes (e.g. air law art. 108(1) for art. 45). ' +
        'The cited penalty clause must pair with a cited violated clause; otherwise the law is misapplied. A paragraph punished "as under the preceding paragraph" (same tiers, e.g. EIA law art. 31(2)) pairs through that paragraph. A paragraph that sets the amounts cited without its item, where a row it can mean lists no conduct (固废法 2020 art. 102(2) alone), is reported as not checked.',
    },
    severity: 'error',
    category: '适用法律正确',
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 59, paragraph: 1, item: 3 },
      { law: 'admin-penalty-law', version: '2017', article: 39 },
    ],
  },
  check(c, ctx) {
    // the clause cited is read in its text in force at the act (行政处罚法 2021 §37): an act known only within a span
    // is read in the clause that applies on every day of it; without any bound, or where the clause changes, coverage
    const { applied: all, span, gap } = appliedAtAct(c, ctx);
    const findings: RuleFinding[] = gap ? [gap] : [];
    for (const { ref, applied } of all) {
      const clause = applied.clause;
      if (clause.conduct.length === 0) continue;
      // a paragraph punished "依照前款的规定" (same tiers, e.g. EIA law art. 31(2) → 31(1)) pairs through its sibling
      const act = span?.from ?? '';
      const same = JSON.stringify(clause.tiers);
      const family = ctx.catalogue
        .all()
        .filter(
          (k) =>
            k === clause ||
            (k.provision.law === clause.provision.law &&
              k.provision.article === clause.provision.article &&
              k.provision.paragraph !== clause.provision.paragraph &&
              k.effectiveFrom <= act &&
              (k.effectiveTo === undefined || act <= k.effectiveTo) &&
              JSON.stringify(k.tiers) === same),
        );
      // an article cited without the item (or paragraph) that picks its row can mean any of its rows (大气法 §117
      // without an item: (一)–(二) breach §72 ¶1, (三) §70 ¶2, (四) §35 ¶2): any of them pairs
      const q = query(ref);
      if (q && (q.item === undefined || q.paragraph === undefined) && act)
        family.push(...(ctx.catalogue.findAll?.(q, act) ?? []));
      if (c.violated.some((v) => family.some((k) => k.conduct.some((p) => pairs(v, p))))) continue;
      // a paragraph cited without its item (固废法 2020 §102 ¶2 alone) where a row it can mean has no conduct list:
      // that row may pair, so no mismatch is shown
      const rows = act ? itemlessRows(c, ctx, ref, act) : [];
      if (rows.some((k) => k.conduct.length === 0)) {
        findings.push(itemNotCited(ctx, ref, act));
        continue;
      }
      const basis = provisionBasis(ctx, clause, clause.provision, ref);
      const expected = clause.conduct.map((p) => ctx.law.cite(provisionBasis(ctx, clause, p)));
      const written = c.violated.map((v) => `${v.written}第${v.article}条`).join('、') || '（无）';
      findings.push({
        path: c.violated.length > 0 ? '/violation/violated' : ref.pointer,
        severity: clause.confirmed ? undefined : 'warning',
        basis: [basis],
        message: {
          zh: `处罚依据${ctx.law.cite(basis).zh}对应的违反条款为${expected.map((e) => e.zh).join('或')}，案卷记载的违反条款（${written}）与之不对应`,
          en: `The penalty clause ${ctx.law.cite(basis).en} punishes breaches of ${expected.map((e) => e.en).join(' or ')}; the violated clauses recorded (${c.violated.length}) do not include it`,
        },
        suggestion: {
          zh: '核对违法事实，改正违反条款或处罚依据，使二者相对应',
          en: 'check the facts and correct the violated clause or the penalty clause so that they pair',
        },
      });
    }
    return findings;
  },
};
