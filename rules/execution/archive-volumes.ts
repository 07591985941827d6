import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { eventsOf, type Case } from '../../src/model/case.js';
import type { DocumentData, DocumentType } from '../../src/model/case-data.js';
import { basis, cite, envVersion, type EnvLabel } from './support.js';

/**
 * Main-volume order (环境行政处罚办法 2010 §69; 生态环境行政处罚办法 2023 §79): 1 decision and its proof of
 * service, 2 filing approval, 3 investigation and evidence, 4 prior notice, hearing notice and their proofs,
 * 5 hearing record, 6 disposal of property, 7 execution, 8 closure, 9 other. Unmapped types ('other', the list)
 * are not placed. A proof of service takes the stage of the document it proves.
 */
const STAGE: Partial<Record<DocumentType, number>> = {
  decision: 1,
  'filing-form': 2,
  'inspection-record': 3,
  'inquiry-record': 3,
  'sampling-record': 3,
  'monitoring-report': 3,
  photo: 3,
  'preservation-notice': 3,
  'preservation-list': 3,
  'preservation-decision': 3,
  'correction-order': 3,
  'investigation-report': 3,
  'prior-notice': 4,
  'hearing-notice': 4,
  'statement-record': 4,
  'hearing-record': 5,
  'payment-receipt': 7,
  reminder: 7,
  'enforcement-application': 7,
  publication: 7,
  'closure-form': 8,
};

const STAGE_NAME: Record<number, string> = {
  1: '处罚决定书及送达回证',
  2: '立案审批材料',
  3: '调查取证及证据材料',
  4: '告知书、听证通知书及送达回证',
  5: '听证笔录',
  6: '财物处理材料',
  7: '执行材料',
  8: '结案材料',
};

const SERVED_STAGE: Partial<Record<string, number>> = {
  'decision-served': 1,
  'prior-notice-served': 4,
  'hearing-notice-served': 4,
  'correction-ordered': 3,
  'monitoring-result-notified': 3,
  'reminder-served': 7,
};

/**
 * A re-inspection after the decision checks that the decision is carried out (the correction, a production limit:
 * 限产停产办法 §19–§20): its record is evidence of the correction (stage 3) and execution material (stage 7) at
 * once, and files are kept both ways, so it is not placed.
 */
function isExecutionCheck(c: Case, d: DocumentData): boolean {
  const decided = eventsOf(c, 'decision')[0]?.date;
  return (
    decided !== undefined &&
    eventsOf(c, 'reinspection').some((e) => e.date > decided && (e.documents ?? []).includes(d.id))
  );
}

function stageOf(c: Case, d: DocumentData): number | undefined {
  if (STAGE[d.type] === 3 && isExecutionCheck(c, d)) return undefined;
  if (d.type !== 'service-receipt') return STAGE[d.type];
  const ev = c.timeline.find((e) => e.proof === d.id || (e.documents ?? []).includes(d.id));
  if (!ev) return undefined;
  const served = ev.served_document
    ? (c.data.documents ?? []).find((x) => x.id === ev.served_document)
    : undefined;
  return (served ? STAGE[served.type] : undefined) ?? SERVED_STAGE[ev.event];
}

/** documents that belong in the secondary volume: 2010 §69 / 2023 §79 */
function secondaryTypes(env: EnvLabel): DocumentType[] {
  const both: DocumentType[] = ['hearing-report', 'case-review-form', 'collective-discussion-record'];
  return env === '2023' ? [...both, 'legal-review-opinion'] : both;
}

const TYPE_ZH: Partial<Record<DocumentType, string>> = {
  'hearing-report': '听证报告',
  'case-review-form': '案件审查意见',
  'collective-discussion-record': '集体讨论记录',
  'legal-review-opinion': '法制审核材料',
};

export const rule: Rule = {
  meta: {
    id: 'execution/archive-volumes',
    title: { zh: '案卷主卷、副卷的划分与顺序', en: 'Main and secondary volumes in the prescribed order' },
    description: {
      zh: '归档时主卷按处罚决定书及送达回证、立案、调查取证、告知及送达、听证、财物处理、执行、结案的顺序排列；听证报告、审查意见、集体讨论记录（2023年起含法制审核材料）归入副卷。',
      en: 'On archiving, the main volume runs: decision and proof of service, filing, investigation, notices, hearing record, disposal of property, execution, closure; hearing report, review opinion and collective-discussion record (from 2023 also legal review) go to the secondary volume.',
    },
    severity: 'warning',
    category: '归档规范',
    needs: ['procedure-record'],
    basis: [basis('env-penalty-measures', '2023', 79), basis('env-penalty-measures', '2010', 69)],
    candidates: ['ENV-ARC-001'],
  },
  check(c, ctx) {
    const archived = eventsOf(c, 'archived')[0];
    if (!archived) return [];
    const env = envVersion(ctx, archived.date);
    if (!env) return [];
    const bases: LegalBasis[] = [basis('env-penalty-measures', env, env === '2023' ? 79 : 69)];
    const law = cite(ctx, bases);
    const docs = c.data.documents ?? [];
    const findings: RuleFinding[] = [];
    const wanted = secondaryTypes(env);
    docs.forEach((d, i) => {
      if (d.volume === 'main' && wanted.includes(d.type)) {
        findings.push({
          path: `/documents/${i}/volume`,
          basis: bases,
          message: {
            zh: `“${d.title ?? d.id}”（${TYPE_ZH[d.type] ?? d.type}）应归入副卷，却列在主卷（${law.zh}）`,
            en: `${d.title ?? d.id} (${d.type}) belongs in the secondary volume but is in the main volume (${law.en})`,
          },
          suggestion: { zh: '移入副卷', en: 'Move it to the secondary volume' },
        });
      }
    });
    const main = docs
      .map((d, i) => ({ d, i, stage: stageOf(c, d) }))
      .filter((x) => x.d.volume === 'main' && x.d.order !== undefined && x.stage !== undefined)
      .sort((a, b) => (a.d.order ?? 0) - (b.d.order ?? 0));
    let highest: (typeof main)[number] | undefined;
    for (const x of main) {
      if (highest && (x.stage ?? 0) < (highest.stage ?? 0)) {
        findings.push({
          path: `/documents/${x.i}/order`,
          basis: bases,
          message: {
            zh: `主卷第${x.d.order}号“${x.d.title ?? x.d.id}”属“${STAGE_NAME[x.stage ?? 0] ?? ''}”，应排在第${highest.d.order}号“${highest.d.title ?? highest.d.id}”（${STAGE_NAME[highest.stage ?? 0] ?? ''}）之前（${law.zh}）`,
            en: `Main-volume item ${x.d.order} “${x.d.title ?? x.d.id}” should come before item ${highest.d.order} “${highest.d.title ?? highest.d.id}” in the prescribed order (${law.en})`,
          },
          suggestion: { zh: '按法定顺序重新排列主卷', en: 'Reorder the main volume' },
        });
      } else if (!highest || (x.stage ?? 0) > (highest.stage ?? 0)) {
        highest = x;
      }
    }
    return findings;
  },
};
