import { isRecorded } from '../../src/engine/facts.js';
import { notChecked } from '../../src/engine/coverage.js';
import type { LegalBasis, Rule, RuleFinding } from '../../src/engine/types.js';
import { SERVICE_METHODS } from '../../src/load/enums.js';
import { documentById, type TimelineEvent } from '../../src/model/case.js';
import { handedOverOnTheSpot, isOralNotice } from '../shared/oral-notice.js';
import { serviceProofCause } from '../shared/causes.js';
import { aplVersion, basis, cite, civilProcedureVersion, envVersion } from './support.js';

const SERVICE_EVENTS = new Set<TimelineEvent['event']>([
  'decision-served',
  'prior-notice-served',
  'hearing-notice-served',
  'reminder-served',
]);

const NAME: Partial<Record<TimelineEvent['event'], { zh: string; en: string }>> = {
  'decision-served': { zh: '处罚决定书', en: 'penalty decision' },
  'prior-notice-served': { zh: '事先告知书', en: 'prior notice' },
  'hearing-notice-served': { zh: '听证通知书', en: 'hearing notice' },
  'reminder-served': { zh: '催告书', en: 'reminder' },
  'correction-ordered': { zh: '责令改正违法行为决定书', en: 'order to correct' },
};

/**
 * Every served document is served by a Civil Procedure Law method and the proof (送达回证, postal receipt, e-service
 * record, public-notice record) is on file: 行政处罚法 2021 §61 / 2017 §40 referring to the 民事诉讼法
 * (2021 §87 送达回证); 环境行政处罚办法 2010 §57; 生态环境行政处罚办法 2023 §59.
 */
export const rule: Rule = {
  meta: {
    id: 'execution/service-proof',
    title: { zh: '送达方式与送达凭证', en: 'Service method and proof of service' },
    description: {
      zh: '每一次送达（告知书、听证通知书、决定书、催告书、责令改正决定书）都应记明合法的送达方式，并有送达回证或相应凭证归卷。',
      en: 'Every service (prior notice, hearing notice, decision, reminder, order to correct) records a lawful method and has a proof of service on file.',
    },
    severity: 'warning',
    category: '文书规范',
    needs: ['procedure-record'],
    basis: [
      basis('admin-penalty-law', '2021', 61),
      basis('env-penalty-measures', '2023', 59),
      basis('env-penalty-measures', '2010', 57),
      basis('civil-procedure-law', '2021', 87),
    ],
    candidates: ['APL-033', 'ENV-SRV-001'],
  },
  check(c, ctx) {
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      const isService =
        SERVICE_EVENTS.has(e.event) || (e.event === 'correction-ordered' && e.served_document !== undefined);
      if (!isService || isOralNotice(c, e)) continue;
      const apl = aplVersion(ctx, e.date);
      const env = envVersion(ctx, e.date);
      const bases: LegalBasis[] = [basis('admin-penalty-law', apl, apl === '2021' ? 61 : 40)];
      if (env) bases.push(basis('env-penalty-measures', env, env === '2023' ? 59 : 57));
      const cpl = civilProcedureVersion(ctx, e.date);
      if (cpl !== '2017') bases.push(basis('civil-procedure-law', cpl, 87));
      const law = cite(ctx, bases);
      const what = NAME[e.event] ?? { zh: e.event, en: e.event };
      if (e.method === undefined || !SERVICE_METHODS.includes(e.method)) {
        findings.push({
          path: e.pointer,
          basis: bases,
          message: {
            zh: `${e.date}送达${what.zh}未记明送达方式（${law.zh}）`,
            en: `The service of the ${what.en} on ${e.date} does not record its method (${law.en})`,
          },
          suggestion: {
            zh: '记明直接送达、留置送达、委托送达、邮寄送达、电子送达或公告送达',
            en: 'Record direct, left-at-residence, entrusted, postal, electronic or public-notice service',
          },
        });
      }
      // the proof may be written in `proof` or listed among the step's documents (a 送达回证 attached to the step,
      // as procedure/prior-notice-served and doc/required-documents read it)
      const receiptListed = (e.documents ?? []).some((id) => documentById(c, id)?.type === 'service-receipt');
      if (e.proof === undefined && !receiptListed && !handedOverOnTheSpot(c, e)) {
        findings.push({
          path: e.pointer,
          cause: serviceProofCause(e.pointer),
          basis: bases,
          message: {
            zh: `${e.date}送达${what.zh}，案卷中未记录送达凭证（送达回证、邮寄回执、电子送达记录或公告记录）（${law.zh}）`,
            en: `No proof of service is recorded for the service of the ${what.en} on ${e.date} (${law.en})`,
          },
          suggestion: {
            zh: '将送达凭证归卷并在 proof 中引用',
            en: 'Put the proof of service in the file and reference it in proof',
          },
        });
      } else if (e.proof !== undefined && !documentById(c, e.proof) && !isRecorded(c, 'documents')) {
        findings.push(notChecked('documents'));
      } else if (e.proof !== undefined && !documentById(c, e.proof)) {
        findings.push({
          path: `${e.pointer}/proof`,
          basis: bases,
          message: {
            zh: `送达凭证 ${e.proof} 不在案卷文书目录中（${law.zh}）`,
            en: `The proof of service ${e.proof} is not listed in the documents (${law.en})`,
          },
          suggestion: {
            zh: `将送达凭证 ${e.proof} 列入文书目录，或更正 proof 的引用`,
            en: `List ${e.proof} in the documents, or correct the proof reference`,
          },
        });
      }
    }
    return findings;
  },
};
