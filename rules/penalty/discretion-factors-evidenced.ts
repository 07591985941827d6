import type { Rule } from '../../src/engine/types.js';
import { caseDate } from '../shared/law.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/discretion-factors-evidenced',
    title: { zh: '裁量因素有证据支持', en: 'Discretion factors backed by evidence' },
    description: {
      zh:
        '决定所依据的裁量因素应当有卷内证据支持（以事实为依据，行政处罚法2021年第五条第二款）。仅在记录表明某一因素在证据清单中没有任何支持时' +
        '（所引证据不在卷内，或未引证据且证据清单为空）报告，每案至多一条。',
      en:
        'The discretion factors the decision relies on need evidence in the file (APL 2021 art. 5(2): penalties rest on ' +
        'facts). Reported only where the record shows a factor has no support anywhere in the evidence list (the evidence ' +
        'it names is not in the file, or it names none and the list is empty), at most once per case.',
    },
    severity: 'warning',
    category: '证据充分',
    judgesPenalty: true,
    needs: ['procedure-record', 'case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 5, paragraph: 2 },
      { law: 'admin-penalty-law', version: '2017', article: 4, paragraph: 2 },
    ],
  },
  check(c, ctx) {
    const factors = c.data.discretion?.factors ?? [];
    if (factors.length === 0) return [];
    const evidence = c.data.violation.evidence ?? [];
    const known = new Set<string>([
      ...(c.data.documents ?? []).map((d) => d.id),
      ...evidence.flatMap((e) => (e.document ? [e.document] : [])),
    ]);
    // A factor is unsupported only when the record shows it: the evidence it names is not in the file, or it names
    // none and the evidence list is empty. A factor that names no evidence beside a non-empty evidence list is a
    // reviewer's reading of that list, not a defect the record proves.
    const unsupported = factors.flatMap((f, i) =>
      (f.evidence !== undefined && !known.has(f.evidence)) ||
      (f.evidence === undefined && evidence.length === 0)
        ? [{ f, i }]
        : [],
    );
    const first = unsupported[0];
    if (!first) return [];
    const decided = caseDate(c);
    const basis = {
      law: 'admin-penalty-law',
      version: decided >= '2021-07-15' ? '2021' : '2017',
      article: decided >= '2021-07-15' ? 5 : 4,
      paragraph: 2,
    };
    const named = ctx.law.cite(basis);
    const list = (lang: 'zh' | 'en') =>
      unsupported
        .map(({ f }) =>
          f.evidence
            ? lang === 'zh'
              ? `“${f.factor}”（所引证据“${f.evidence}”不在卷内）`
              : `"${f.factor}" (its evidence "${f.evidence}" is not in the file)`
            : lang === 'zh'
              ? `“${f.factor}”`
              : `"${f.factor}"`,
        )
        .join(lang === 'zh' ? '、' : ', ');
    // one finding per case: the factors the record leaves unsupported, together
    return [
      {
        path: `/discretion/factors/${first.i}`,
        basis: [basis],
        message: {
          zh: `裁量因素${list('zh')}在证据清单中未记录任何支持证据${evidence.length === 0 ? '（证据清单为空）' : ''}（${named.zh}）`,
          en: `No evidence in the evidence list is recorded for the discretion factor(s) ${list('en')}${evidence.length === 0 ? ' (the list is empty)' : ''} (${named.en})`,
        },
        suggestion: {
          zh: '在证据清单中列明支持该因素的证据，并在evidence中填写其文书编号（documents[].id）',
          en: 'list the evidence supporting the factor and set evidence to its document id (documents[].id)',
        },
      },
    ];
  },
};
