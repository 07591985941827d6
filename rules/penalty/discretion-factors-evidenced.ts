import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { caseDate } from '../shared/law.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/discretion-factors-evidenced',
    title: { zh: '裁量因素有证据支持', en: 'Discretion factors backed by evidence' },
    description: {
      zh:
        '案卷所依据的每一裁量因素都应当有卷内证据支持（以事实为依据，行政处罚法2021年第五条第二款）：' +
        'discretion.factors[].evidence应指向documents或证据清单中的文书。',
      en:
        'Each discretion factor the file relies on needs evidence in the file (APL 2021 art. 5(2): penalties rest on ' +
        'facts): discretion.factors[].evidence must name a document or an evidence entry.',
    },
    severity: 'warning',
    category: '证据充分',
    needs: ['procedure-record', 'case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 5, paragraph: 2 },
      { law: 'admin-penalty-law', version: '2017', article: 4, paragraph: 2 },
    ],
  },
  check(c, ctx) {
    const factors = c.data.discretion?.factors ?? [];
    const known = new Set<string>([
      ...(c.data.documents ?? []).map((d) => d.id),
      ...(c.data.violation.evidence ?? []).flatMap((e) => (e.document ? [e.document] : [])),
    ]);
    const findings: RuleFinding[] = [];
    const basis = {
      law: 'admin-penalty-law',
      version: caseDate(c) >= '2021-07-15' ? '2021' : '2017',
      article: caseDate(c) >= '2021-07-15' ? 5 : 4,
      paragraph: 2,
    };
    const named = ctx.law.cite(basis);
    factors.forEach((f, i) => {
      if (f.evidence && known.has(f.evidence)) return;
      findings.push({
        path: `/discretion/factors/${i}`,
        basis: [basis],
        message: f.evidence
          ? {
              zh: `裁量因素“${f.factor}”引用的证据“${f.evidence}”不在案卷文书或证据清单中，该因素无证据支持（${named.zh}）`,
              en: `The evidence "${f.evidence}" for the factor "${f.factor}" is not a document or evidence entry of the file, so the factor is unsupported (${named.en})`,
            }
          : {
              zh: `裁量因素“${f.factor}”未注明证据，无法核实（${named.zh}）`,
              en: `The factor "${f.factor}" names no evidence and cannot be checked (${named.en})`,
            },
        suggestion: {
          zh: '在evidence中填写支持该因素的文书编号（documents[].id）',
          en: 'set evidence to the id of the document that supports the factor',
        },
      });
    });
    return findings;
  },
};
