/**
 * Two certified officers on every investigative step: 行政处罚法 2021 §42(1), §55(1) (2017 §37(1));
 * 环境行政处罚办法 (2010) §28; 生态环境行政处罚办法 (2023) §10, §23. The certificate must be valid on the step's date.
 */
import type { Case, TimelineEvent } from '../../src/model/case.js';
import type { LegalBasis, Msg, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';
import { INVESTIGATIVE_STEPS } from './support/steps.js';
import { notChecked, notRecorded } from '../../src/engine/coverage.js';

/** why an officer on a step does not count: proven (not listed, certificate not valid that day) or not recorded */
type Problem = { proven: boolean; msg: Msg };

function certificateProblem(c: Case, name: string, date: string): Problem | undefined {
  const officer = c.data.officers.find((o) => o.name === name);
  if (!officer)
    return {
      proven: true,
      msg: { zh: `${name}不在执法人员名单中`, en: `${name} is not listed among the officers` },
    };
  // a certificate number missing from the record is not recorded, not proof that the officer held none
  if (!officer.certificate)
    return {
      proven: false,
      msg: { zh: `${name}未记录执法证件号`, en: `${name}'s enforcement certificate is not recorded` },
    };
  if (officer.certificate_valid_from !== undefined && date < officer.certificate_valid_from)
    return {
      proven: true,
      msg: {
        zh: `${name}的执法证件自${officer.certificate_valid_from}起有效，${date}尚未生效`,
        en: `${name}'s certificate is valid from ${officer.certificate_valid_from}, not yet on ${date}`,
      },
    };
  if (officer.certificate_valid_to !== undefined && date > officer.certificate_valid_to)
    return {
      proven: true,
      msg: {
        zh: `${name}的执法证件已于${officer.certificate_valid_to}到期`,
        en: `${name}'s certificate expired on ${officer.certificate_valid_to}`,
      },
    };
  return undefined;
}

const STEP_OFFICERS: Msg = { zh: '调查取证环节的执法人员', en: 'the officers of the investigative steps' };
const CERTIFICATES: Msg = { zh: '执法人员的执法证件号', en: "the officers' certificate numbers" };

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
      zh: '现场检查（含复查）、调查询问、采样、先行登记保存等调查取证步骤，执法人员不得少于两人，每人须持有在该日有效的执法证件。是否出示证件载于笔录文本，本规则不检查。环节未记录执法人员、或执法证件号未记录时，列为未记录、未检查，不认定人数不足。',
      en: 'Every inspection (including re-inspection), inquiry, sampling or evidence-preservation step needs at least two officers, each holding an enforcement certificate valid on that day. Whether the certificates were shown is in the record text and not checked here. A step that names no officers, or officers whose certificates are not recorded, are reported as not recorded, not as too few officers.',
    },
    severity: 'error',
    category: '程序合法',
    needs: ['procedure-record'],
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
    // steps short of two valid certificates for the same reason (one officer's expired certificate on the
    // inspection, the inquiry and the re-inspection) are one defect: one finding naming every step
    const invalid = new Map<string, { steps: TimelineEvent[]; names: number; valid: number; why: Msg[] }>();
    for (const e of c.timeline) {
      if (!INVESTIGATIVE_STEPS.includes(e.event)) continue;
      const b = bases(ctx, e);
      const step = { zh: `${e.date}${STEP_ZH[e.event] ?? e.event}`, en: `the ${e.event} of ${e.date}` };
      const names = [...new Set(e.officers ?? [])];
      const check: Msg = {
        zh: `${step.zh}的执法人员人数与证件`,
        en: `officers and certificates of ${step.en}`,
      };
      // a step that names nobody does not say how many officers took it: not recorded, not "0 officers"
      if (names.length === 0) {
        findings.push(notRecorded('step-officers', STEP_OFFICERS, e.pointer, check));
        continue;
      }
      if (!c.known.has('/officers')) {
        findings.push(notChecked('officers', check));
        continue;
      }
      const problems = names.map((name) => ({ name, problem: certificateProblem(c, name, e.date) }));
      const valid = problems.filter((p) => p.problem === undefined).length;
      const unrecorded = problems.filter((p) => p.problem?.proven === false).length;
      if (valid < 2 && valid + unrecorded >= 2) {
        findings.push(notRecorded('officer-certificates', CERTIFICATES, '/officers', check));
        continue;
      }
      if (valid < 2) {
        const why = problems.flatMap((p) => (p.problem ? [p.problem.msg] : []));
        if (names.length >= 2) {
          // steps under different texts (行政处罚法 2017 / 2021) cite different bases: kept apart
          const key = `${names.length}:${valid}:${why.map((w) => w.zh).join('；')}:${JSON.stringify(b)}`;
          const group = invalid.get(key);
          if (group) group.steps.push(e);
          else invalid.set(key, { steps: [e], names: names.length, valid, why });
          continue;
        }
        const message: Msg = {
          zh: `${step.zh}记录的执法人员只有${names.length}名（${names.join('、')}），少于两人${why.length ? `（${why.map((w) => w.zh).join('；')}）` : ''}`,
          en: `${step.en.charAt(0).toUpperCase()}${step.en.slice(1)} records ${names.length} officer (${names.join(', ')}), fewer than two${why.length ? ` (${why.map((w) => w.en).join('; ')})` : ''}`,
        };
        findings.push({
          message: withBasis(ctx, message, b),
          path: `${e.pointer}/officers`,
          basis: b,
          suggestion: {
            zh: '由两名以上持有效执法证件的人员执行，并在 officers 中记录证件号及有效期',
            en: 'Have two or more officers with valid certificates take the step, and record number and validity in officers',
          },
        });
        continue;
      }
      // two valid officers were present: a listed officer whose certificate was not valid still acted without one;
      // persons not in officers[] (e.g. monitoring technicians, 2010 办法 §29) are support staff and not reported
      for (const { name, problem } of problems) {
        if (!problem?.proven || !c.data.officers.some((o) => o.name === name && o.certificate)) continue;
        findings.push({
          message: withBasis(
            ctx,
            { zh: `${step.zh}：${problem.msg.zh}`, en: `${step.en}: ${problem.msg.en}` },
            b,
          ),
          path: `${e.pointer}/officers`,
          basis: b,
          severity: 'warning',
          suggestion: {
            zh: '核实该人员的执法资格；无有效证件的人员不得以执法人员身份参与调查取证',
            en: 'Check this person’s enforcement qualification; without a valid certificate he or she may not act as an officer',
          },
        });
      }
    }
    for (const { steps, names, valid, why } of invalid.values()) {
      const first = steps[0]!;
      const b = bases(ctx, first);
      const zhSteps = steps.map((e) => `${e.date}${STEP_ZH[e.event] ?? e.event}`).join('、');
      const enSteps = steps.map((e) => `the ${e.event} of ${e.date}`).join(', ');
      const message: Msg = {
        zh: `${zhSteps}记录的${names}名执法人员中持有效执法证件的只有${valid}名，少于两人（${why.map((w) => w.zh).join('；')}）`,
        en: `Of the ${names} officers recorded for ${enSteps}, ${valid} held a valid certificate, fewer than two (${why.map((w) => w.en).join('; ')})`,
      };
      findings.push({
        message: withBasis(ctx, message, b),
        path: `${first.pointer}/officers`,
        basis: b,
        suggestion: {
          zh: '由两名以上持有效执法证件的人员执行，并在 officers 中记录证件号及有效期',
          en: 'Have two or more officers with valid certificates take the step, and record number and validity in officers',
        },
      });
    }
    return findings;
  },
};
