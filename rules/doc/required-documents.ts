/**
 * The documents each recorded step requires, by the instrument in force on the step's date. The step is taken
 * from the timeline; a document counts when documents[] lists one of its type (service receipts: the event's
 * `proof`, or one receipt per served document). Inspection, inquiry and filing records are checked by the
 * procedure pack (procedure/investigation-records, procedure/filing-record) and not repeated here.
 */
import type { DocumentType, TimelineEventType } from '../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { documentById } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { handedOverOnTheSpot, isOralNotice } from '../shared/oral-notice.js';
import { missingDocumentCause, serviceProofCause } from '../shared/causes.js';
import { APL, ENV, aplVersion, archiveBasis, basis, envVersion, withBasis } from './support.js';

interface Requirement {
  type: DocumentType;
  zh: string;
  en: string;
  /** the basis for a step on this date; undefined when no instrument in force requires the document */
  basis(ctx: RuleContext, e: TimelineEvent, c: Case): LegalBasis[] | undefined;
}

const apl = (ctx: RuleContext, date: string, a2021: LegalBasis, a2017: LegalBasis) =>
  aplVersion(ctx, date) === '2021' ? a2021 : a2017;
const env = (ctx: RuleContext, date: string, a2010?: LegalBasis, a2023?: LegalBasis) => {
  const v = envVersion(ctx, date);
  return v === '2010' ? a2010 : v === '2023' ? a2023 : undefined;
};
const list = (...b: (LegalBasis | undefined)[]) => {
  const out = b.filter((x): x is LegalBasis => x !== undefined);
  return out.length > 0 ? out : undefined;
};
const receipt: Requirement = {
  type: 'service-receipt',
  zh: '送达回证（送达凭证）',
  en: 'proof of service (送达回证)',
  basis: (ctx, e, c) =>
    list(...archiveBasis(c, ctx, 'order'), env(ctx, e.date, basis(ENV, '2010', 57), basis(ENV, '2023', 59))),
};

const REQUIRED: Partial<Record<TimelineEventType, Requirement[]>> = {
  'evidence-preserved': [
    {
      type: 'preservation-notice',
      zh: '先行登记保存通知书',
      en: 'preservation notice',
      basis: (ctx, e) =>
        list(
          apl(ctx, e.date, basis(APL, '2021', 56), basis(APL, '2017', 37, 2)),
          env(ctx, e.date, basis(ENV, '2010', 38), basis(ENV, '2023', 32)),
        ),
    },
    {
      type: 'preservation-list',
      zh: '先行登记保存清单',
      en: 'list of preserved evidence',
      basis: (ctx, e) => list(env(ctx, e.date, basis(ENV, '2010', 38), basis(ENV, '2023', 32))),
    },
  ],
  'prior-notice-served': [
    {
      type: 'prior-notice',
      zh: '行政处罚事先（听证）告知书',
      en: 'prior notice',
      basis: (ctx, e) =>
        list(
          apl(ctx, e.date, basis(APL, '2021', 44), basis(APL, '2017', 31)),
          env(ctx, e.date, basis(ENV, '2010', 48), basis(ENV, '2023', 44)),
        ),
    },
    receipt,
  ],
  'hearing-notice-served': [
    {
      type: 'hearing-notice',
      zh: '听证通知书',
      en: 'hearing notice',
      basis: (ctx, e) =>
        list(
          apl(ctx, e.date, basis(APL, '2021', 64, undefined, 2), basis(APL, '2017', 42, undefined, 2)),
          env(ctx, e.date, undefined, basis(ENV, '2023', 47)),
        ),
    },
    receipt,
  ],
  'hearing-held': [
    {
      type: 'hearing-record',
      zh: '听证笔录',
      en: 'hearing record',
      basis: (ctx, e) =>
        list(
          apl(ctx, e.date, basis(APL, '2021', 64, undefined, 8), basis(APL, '2017', 42, undefined, 7)),
          env(ctx, e.date, undefined, basis(ENV, '2023', 47)),
        ),
    },
  ],
  'legal-review': [
    {
      type: 'legal-review-opinion',
      zh: '法制审核意见（书面）',
      en: 'written legal review opinion',
      // a written opinion is required by the 2023 measures §51; earlier texts set no form
      basis: (ctx, e) => list(env(ctx, e.date, undefined, basis(ENV, '2023', 51))),
    },
  ],
  'collective-discussion': [
    {
      type: 'collective-discussion-record',
      zh: '集体讨论记录',
      en: 'collective discussion record',
      basis: (ctx, e) => list(env(ctx, e.date, basis(ENV, '2010', 52), basis(ENV, '2023', 52))),
    },
  ],
  decision: [
    {
      type: 'decision',
      zh: '行政处罚决定书',
      en: 'penalty decision',
      basis: (ctx, e) => list(apl(ctx, e.date, basis(APL, '2021', 59), basis(APL, '2017', 39))),
    },
  ],
  // the decision is served under the Civil Procedure Law (行政处罚法 2021 §61(1); 2017 §40), whose proof is the 送达回证
  'decision-served': [
    {
      ...receipt,
      basis: (ctx, e, c) =>
        list(
          apl(ctx, e.date, basis(APL, '2021', 61, 1), basis(APL, '2017', 40)),
          ...(receipt.basis(ctx, e, c) ?? []),
        ),
    },
  ],
  closed: [
    {
      type: 'closure-form',
      zh: '结案审批表',
      en: 'closure approval form',
      basis: (ctx, e) => list(env(ctx, e.date, undefined, basis(ENV, '2023', 77))),
    },
  ],
  transferred: [
    {
      type: 'transfer-letter',
      zh: '移送书',
      en: 'transfer letter',
      basis: (_ctx, e) =>
        e.kind === 'criminal'
          ? [basis('crime-transfer-regs', '2020', 6, undefined, 1)]
          : e.kind === 'detention'
            ? [basis('detention-transfer-measures', '2015', 11)]
            : undefined,
    },
  ],
};

const SERVICE_EVENTS = new Set<TimelineEventType>([
  'prior-notice-served',
  'hearing-notice-served',
  'decision-served',
]);

export const rule: Rule = {
  meta: {
    id: 'doc/required-documents',
    title: { zh: '各环节应有的文书', en: 'Documents each step requires' },
    description: {
      zh: '时间线中记录的环节应有相应文书：先行登记保存通知书和清单、事先告知书及送达回证、听证通知书及送达回证、听证笔录、法制审核意见、集体讨论记录、处罚决定书及送达回证、结案审批表、移送书；按该环节当日施行的规定判断。',
      en: 'Each recorded step needs its document: preservation notice and list, prior notice and proof of service, hearing notice and proof of service, hearing record, legal review opinion, collective discussion record, decision and proof of service, closure approval form, transfer letter — by the rules in force on the step date.',
    },
    severity: 'error',
    category: '归档规范',
    // which documents are in the file is read from its list: a list not recorded proves nothing missing
    needs: ['procedure-record', 'documents'],
    basis: [
      basis(APL, '2021', 59),
      basis(APL, '2017', 39),
      basis(ENV, '2010', 69),
      basis(ENV, '2023', 79),
      basis(ENV, '2023', 77),
    ],
    candidates: ['ENV-ARC-001'],
  },
  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    const docs = c.data.documents ?? [];
    const has = (type: DocumentType) => docs.some((d) => d.type === type);
    const receipts = docs.filter((d) => d.type === 'service-receipt').length;
    const proofs = new Set(
      c.timeline
        .map((e) => e.proof)
        .filter((p): p is string => p !== undefined && documentById(c, p) !== undefined),
    );
    let serviceWithoutProof = 0;
    for (const e of c.timeline) {
      // an oral notice (当场处罚) has no written notice and no receipt; a decision handed over on the spot is
      // signed for on the decision itself
      if (isOralNotice(c, e) && e.recorded_in !== undefined && !documentById(c, e.recorded_in)) {
        const b = apl(ctx, e.date, basis(APL, '2021', 44), basis(APL, '2017', 31));
        findings.push({
          message: withBasis(
            ctx,
            {
              zh: `${e.date}口头告知的记录文书“${e.recorded_in}”不在文书目录中`,
              en: `The document "${e.recorded_in}" said to record the oral notice of ${e.date} is not listed in documents`,
            },
            [b],
          ),
          path: `${e.pointer}/recorded_in`,
          basis: [b],
          suggestion: {
            zh: '在 documents 中登记记载口头告知的当场处罚决定书，或更正 recorded_in',
            en: 'List the on-the-spot decision that records the oral notice, or correct recorded_in',
          },
        });
      }
      if (isOralNotice(c, e) || handedOverOnTheSpot(c, e)) continue;
      for (const req of REQUIRED[e.event] ?? []) {
        const b = req.basis(ctx, e, c);
        if (!b) continue;
        let present: boolean;
        if (req.type === 'service-receipt' && SERVICE_EVENTS.has(e.event)) {
          if (e.proof && documentById(c, e.proof)) present = true;
          else
            present =
              receipts - [...proofs].filter((p) => documentById(c, p)?.type === 'service-receipt').length >
              serviceWithoutProof++;
        } else present = has(req.type);
        if (present) continue;
        const cause =
          req.type === 'service-receipt'
            ? serviceProofCause(e.pointer)
            : missingDocumentCause(req.type, e.pointer);
        findings.push({
          cause,
          message: withBasis(
            ctx,
            {
              zh: `${e.date}的“${e.event}”环节未记录${req.zh}`,
              en: `No ${req.en} is recorded for the ${e.event} step of ${e.date}`,
            },
            b,
          ),
          path: e.pointer,
          basis: b,
          suggestion: {
            zh: `在 documents 中登记${req.zh}并附上文件`,
            en: `List the ${req.en} in documents and attach its file`,
          },
        });
      }
    }
    return findings;
  },
};
