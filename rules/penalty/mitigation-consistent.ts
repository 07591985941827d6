import { isRecorded } from '../../src/engine/facts.js';
import { unfoundedMitigationCause } from '../shared/causes.js';
import type { Rule, RuleFinding } from '../../src/engine/types.js';
import { notChecked } from '../../src/engine/coverage.js';
import {
  apl,
  decisionDate,
  discretionaryCircumstances,
  isStatutoryGround,
  mitigationGrounds,
  STATUTORY_GROUNDS,
} from './util.js';

export const rule: Rule = {
  meta: {
    id: 'penalty/mitigation-consistent',
    title: { zh: '从轻、减轻处罚与法定情节一致', en: 'Lighter or mitigated treatment matches its grounds' },
    description: {
      zh:
        '减轻处罚（低于法定最低数额）应当记录法定情节，从轻处罚应当记录法定情节或裁量基准的从轻情节（首次违法、及时改正等裁量情节不是法定情节）；' +
        '所引法定情节的证据应当在卷；反之，案卷记录了应当从轻或者减轻的法定情节（行政处罚法2021年第三十二条、' +
        '2017年第二十七条第一款，未成年人第三十条/第二十五条，当事人违法时已满十四周岁不满十八周岁即属此情节），决定却未从轻或减轻，也未说明理由的，给出警告。' +
        '主动供述行政机关尚未掌握的违法行为（confessed）自2021年7月15日起方为法定情节。',
      en:
        'Treatment below the range needs a recorded statutory ground, lighter treatment a statutory ground or a benchmark ' +
        'circumstance (first offence, prompt correction … are not statutory grounds); the evidence cited for a statutory ' +
        'ground must be on file. Conversely, where the file records a ground for mandatory ' +
        'lighter or mitigated treatment (APL 2021 art. 32, 2017 art. 27(1); minors art. 30 / 25, which a recorded age of 14–17 at the act shows) and the decision is ' +
        'neither lighter nor mitigated and says nothing, warn. Confessing unknown violations is a ground only from 2021-07-15.',
    },
    severity: 'warning',
    category: '适用法律正确',
    judgesPenalty: true,
    needs: ['case-date'],
    basis: [
      { law: 'admin-penalty-law', version: '2021', article: 32 },
      { law: 'admin-penalty-law', version: '2017', article: 27, paragraph: 1 },
    ],
    candidates: ['APL-045'],
  },
  check(c, ctx) {
    const p = c.data.penalty;
    const d = c.data.discretion;
    if ((p.kinds ?? []).length === 0) return [];
    const findings: RuleFinding[] = [];
    const decided = decisionDate(c, ctx);
    const basis = [apl(decided, 32, 27, decided >= '2021-07-15' ? {} : { paragraph: 1 })];
    const cite = ctx.law.cite(basis[0]!);
    // statutory grounds valid at the decision date: a recorded age of 14–17 counts (2021 §30; 2017 §25), 主动供述
    // only from 2021-07-15 (2021 §32(3)); the benchmark's circumstances are not statutory grounds
    const grounds = mitigationGrounds(c, decided);
    const circumstances = discretionaryCircumstances(c);
    const mitigated = p.treatment === 'mitigated' || d?.level === 'mitigated';
    const lighter = p.treatment === 'lighter' || d?.level === 'lighter';
    // 减轻 (below the statutory minimum) rests on a statutory ground only; 从轻 within the range may rest on the
    // benchmark's circumstances
    if (
      (mitigated && grounds.length === 0) ||
      (lighter && grounds.length === 0 && circumstances.length === 0)
    ) {
      findings.push({
        path:
          p.treatment === 'lighter' || p.treatment === 'mitigated'
            ? '/penalty/treatment'
            : '/discretion/level',
        // with a fine below the minimum, penalty/fine-within-range reports the same defect
        ...(mitigated ? { cause: unfoundedMitigationCause() } : {}),
        basis,
        message: mitigated
          ? {
              zh: `决定减轻处罚，但未记录法定情节${circumstances.length ? `（所记“${circumstances.join('、')}”为裁量基准情节，只能在法定幅度内从轻）` : ''}（${cite.zh}）`,
              en: `The decision goes below the range but records no statutory ground${circumstances.length ? ` (the recorded ${circumstances.join(', ')} are benchmark circumstances, which allow lighter treatment within the range only)` : ''} (${cite.en})`,
            }
          : {
              zh: `决定从轻处罚，但未记录法定情节或裁量基准的从轻情节（${cite.zh}）`,
              en: `The decision treats the party more lightly but records neither a statutory ground nor a benchmark circumstance (${cite.en})`,
            },
        suggestion: {
          zh: '在penalty.treatment_grounds中记录情节（法定情节kind: statutory，裁量基准情节kind: discretionary）、依据和证据',
          en: 'record the ground (kind: statutory or discretionary), its basis and evidence in penalty.treatment_grounds',
        },
      });
    }
    // a statutory ground claimed with evidence the file does not hold
    const known = new Set((c.data.documents ?? []).map((x) => x.id));
    const claimed = (p.treatment_grounds ?? []).filter(
      (g) => isStatutoryGround(g) && g.evidence !== undefined,
    );
    // without the list of documents, evidence not listed is only not recorded
    if (claimed.length > 0 && !isRecorded(c, 'documents')) {
      findings.push(
        notChecked('documents', {
          zh: '法定情节的证据在卷',
          en: 'evidence of the statutory grounds on file',
        }),
      );
      return findings;
    }
    (p.treatment_grounds ?? []).forEach((g, i) => {
      if (!isStatutoryGround(g) || g.evidence === undefined || known.has(g.evidence)) return;
      findings.push({
        path: `/penalty/treatment_grounds/${i}/evidence`,
        basis,
        message: {
          zh: `法定情节“${g.ground}”所引证据“${g.evidence}”不在案卷文书目录中，该情节未记录证据支持（${cite.zh}）`,
          en: `The evidence "${g.evidence}" for the statutory ground "${g.ground}" is not listed in the documents, so no evidence for the ground is recorded (${cite.en})`,
        },
        suggestion: {
          zh: '将支持该情节的证据归卷，或更正evidence',
          en: 'file the evidence for the ground, or correct evidence',
        },
      });
    });
    const mandatory = grounds.filter((g) => STATUTORY_GROUNDS.has(g));
    const explained = /从轻|减轻|不予从轻|不再另行从轻/.test(d?.explanation ?? '');
    if (mandatory.length > 0 && !mitigated && !lighter && !explained) {
      const minorBasis = mandatory.includes('minor-14-18') ? [apl(decided, 30, 25)] : [];
      const all = [...basis, ...minorBasis];
      const citeAll = {
        zh: all.map((b) => ctx.law.cite(b).zh).join('、'),
        en: all.map((b) => ctx.law.cite(b).en).join('; '),
      };
      findings.push({
        path: '/penalty',
        basis: all,
        message: {
          zh: `案卷记录了应当从轻或者减轻处罚的情节（${mandatory.join('、')}），但决定既未从轻、减轻，也未说明理由（${citeAll.zh}）`,
          en: `Grounds for mandatory lighter or mitigated treatment are recorded (${mandatory.join(', ')}) but the decision neither applies nor explains it (${citeAll.en})`,
        },
        suggestion: {
          zh: '从轻或减轻处罚，或在裁量说明中写明不予从轻的理由',
          en: 'apply lighter or mitigated treatment, or explain in the discretion why not',
        },
      });
    }
    return findings;
  },
};
