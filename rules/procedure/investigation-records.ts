/**
 * 笔录: inspection and inquiry are written up (行政处罚法 2021 §55(2); 2017 §37(1); 2010 办法 §33, §34;
 * 2023 办法 §23(2), §28, §29); sampling goes into a sampling record or the inspection record.
 */
import type { DocumentType } from '../../src/model/case-data.js';
import type { Case, TimelineEvent } from '../../src/model/case.js';
import { documentById } from '../../src/model/case.js';
import type { LegalBasis, Rule, RuleContext, RuleFinding } from '../../src/engine/types.js';
import { APL, ENV, aplVersion, basis, envVersion, withBasis } from './support/law.js';

const RECORDS: Partial<Record<TimelineEvent['event'], { types: DocumentType[]; zh: string; en: string }>> = {
  inspection: { types: ['inspection-record'], zh: '现场检查（勘察）笔录', en: 'inspection record' },
  reinspection: { types: ['inspection-record'], zh: '现场检查（勘察）笔录', en: 'inspection record' },
  inquiry: { types: ['inquiry-record'], zh: '调查询问笔录', en: 'inquiry record' },
  sampling: {
    types: ['sampling-record', 'inspection-record'],
    zh: '采样记录或载明采样的检查笔录',
    en: 'sampling record (or an inspection record stating the sampling)',
  },
};

function bases(ctx: RuleContext, e: TimelineEvent): LegalBasis[] {
  const out: LegalBasis[] = [
    aplVersion(ctx, e.date) === '2021' ? basis(APL, '2021', 55, 2) : basis(APL, '2017', 37, 1),
  ];
  const env = envVersion(ctx, e.date);
  if (env === '2010') out.push(basis(ENV, '2010', e.event === 'sampling' ? 34 : 33));
  if (env === '2023')
    out.push(e.event === 'sampling' ? basis(ENV, '2023', 29, 2) : basis(ENV, '2023', 23, 2));
  return out;
}

/** a record of the step: referenced from the event, or a document of that type dated the same day. */
function hasRecord(c: Case, e: TimelineEvent, types: DocumentType[]): boolean {
  const linked = (e.documents ?? []).map((id) => documentById(c, id));
  if (linked.some((d) => d !== undefined && types.includes(d.type))) return true;
  return (c.data.documents ?? []).some((d) => types.includes(d.type) && d.date === e.date);
}

export const rule: Rule = {
  meta: {
    id: 'procedure/investigation-records',
    title: { zh: '检查、询问与采样笔录', en: 'Inspection, inquiry and sampling records' },
    description: {
      zh: '每次现场检查（含复查）应有现场检查（勘察）笔录，每次调查询问应有询问笔录，采样应有采样记录或写入检查笔录。',
      en: 'Every inspection (including re-inspection) needs an inspection record, every inquiry an inquiry record, and sampling a sampling record or an entry in the inspection record.',
    },
    severity: 'error',
    category: '证据充分',
    // the records are read from the document list: a list not recorded proves nothing missing
    needs: ['procedure-record', 'documents'],
    basis: [
      basis(APL, '2021', 55, 2),
      basis(APL, '2017', 37, 1),
      basis(ENV, '2010', 33),
      basis(ENV, '2023', 28),
    ],
    candidates: ['ENV-INV-004'],
  },

  check(c: Case, ctx: RuleContext): RuleFinding[] {
    const findings: RuleFinding[] = [];
    for (const e of c.timeline) {
      const want = RECORDS[e.event];
      if (!want || hasRecord(c, e, want.types)) continue;
      const b = bases(ctx, e);
      findings.push({
        message: withBasis(
          ctx,
          {
            zh: `${e.date}的${e.event === 'inquiry' ? '调查询问' : e.event === 'sampling' ? '采样' : '现场检查'}，案卷中未记录${want.zh}`,
            en: `No ${want.en} is recorded for the ${e.event} of ${e.date}`,
          },
          b,
        ),
        path: e.pointer,
        basis: b,
        suggestion: {
          zh: `将${want.zh}列入 documents 并在该事件的 documents 中引用`,
          en: `List the ${want.en} in documents and reference it from the event`,
        },
      });
    }
    return findings;
  },
};
