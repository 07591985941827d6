/**
 * Two certified officers on every investigative step: 行政处罚法 2021 §42(1), §55(1) (2017 §37(1));
 * 环境行政处罚办法 (2010) §28; 生态环境行政处罚办法 (2023) §10, §23. The certificate must be valid on the step's date.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { INVESTIGATIVE_STEPS } from './support/steps.js';

const STEP_ZH: Record<string, string> = {
  inspection: '现场检查',
  reinspection: '复查',
  inquiry: '调查询问',
  sampling: '采样',
  'evidence-preserved': '先行登记保存',
};

function bases(ctx: RuleContext, e: TimelineEvent): LegalBasis[] {
  const out: LegalBasis[] =
    aplVersion(ctx, e.date) === '2021'
      ? [basis(APL, '2021', 42, 1), basis(APL, '2021', 55, 1)]
      : [basis(APL, '2017', 37, 1)];
  const env = envVersion(ctx, e.date);
  if (env === '2010') out.push(basis(ENV, '2010', 28));
  if (env === '2023') out.push(basis(ENV, '2023', 10));
  return out;
}

export const rule: Rule = {
  meta: {
    id: 'procedure/enforcement-officers',
    title: { zh: '执法人员人数与执法证件', en: 'Two officers with valid certificates' },
    description: {
      zh: '现场检查（含复查）、调查询问、采样、先行登记保存等调查取证步骤，执法人员不得少于两人，每人须持有在该日有效的执法证件。是否出示证件载于笔录文本，本规则不检查。',
      en: 'Every inspection (including re-inspection), inquiry, sampling or evidence-preservation step needs at least two officers, each holding an enforcement certificate valid on that day. Whether the certificates were shown is in the record text and not checked here.',
    },
    severity: 'error',
    category: '程序合法',
    basis: [
      basis(APL, '2021', 42, 1),
      basis(APL, '2017', 37, 1),
      basis(ENV, '2010', 28),
      basis(ENV, '2023', 10),
    ],
    candidates: ['APL-006', 'APL-007', 'ENV-OFF-001', 'ENV-OFF-002'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      if (!INVESTIGATIVE_STEPS.includes(e.event)) continue;
      const b = bases(ctx, e);
      const step = { zh: `${e.date}${STEP_ZH[e.event] ?? e.event}`, en: `the ${e.event} of ${e.date}` };
      const names = [...new Set(e.officers ?? [])];
      if (names.length < 2) {
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${step.zh}仅记录${names.length}名执法人员，少于两人`,
              en: `${step.en} records ${names.length} officer${names.length === 1 ? '' : 's'}, fewer than two`,
            },
            b,
          ),
          path: `${e.pointer}/officers`,
          basis: b,
          suggestion: {
            zh: '核实并记录参与该步骤的两名以上执法人员',
            en: 'Record the two or more officers who took part',
          },
        });
      }
      for (const name of names) {
        const officer = c.data.officers.find((o) => o.name === name);
        const problem = !officer
          ? { zh: `${name}不在执法人员名单中`, en: `${name} is not listed among the officers` }
          : !officer.certificate
            ? { zh: `${name}未记录执法证件号`, en: `${name} has no recorded enforcement certificate` }
            : officer.certificate_valid_from !== undefined && e.date < officer.certificate_valid_from
              ? {
                  zh: `${name}的执法证件自${officer.certificate_valid_from}起有效，${e.date}尚未生效`,
                  en: `${name}'s certificate is valid from ${officer.certificate_valid_from}, not yet on ${e.date}`,
                }
              : officer.certificate_valid_to !== undefined && e.date > officer.certificate_valid_to
                ? {
                    zh: `${name}的执法证件已于${officer.certificate_valid_to}到期`,
                    en: `${name}'s certificate expired on ${officer.certificate_valid_to}`,
                  }
                : undefined;
        if (!problem) continue;
        findings.push({
          message: withBasis(ctx, { zh: `${step.zh}：${problem.zh}`, en: `${step.en}: ${problem.en}` }, b),
          path: `${e.pointer}/officers`,
          basis: b,
          suggestion: {
            zh: '由持有效执法证件的人员执行，并在 officers 中记录证件号及有效期',
            en: 'Use officers with valid certificates and record number and validity in officers',
          },
        });
      }
    }
    return findings;
  },
};
