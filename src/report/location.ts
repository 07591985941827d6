/**
 * Where a finding sits, in a reviewer's words: the document and the step ("送达回证（处罚决定）", "处罚决定（2020年10月30日）")
 * rather than a line and a JSON pointer, which go to the report's appendix.
 */
import type { CaseData, DocumentType, TimelineEventType as EventType } from '../model/case-data.js';
import type { Lang } from '../format/types.js';
import { formatDateZh } from '../model/dates.js';
import { documentTypeLabel } from '../model/document-labels.js';
import { eventLabel } from '../format/html/labels.js';
import { pick } from './text.js';

const SECTIONS: Record<string, { zh: string; en: string }> = {
  case: { zh: '案件信息', en: 'case details' },
  party: { zh: '当事人信息', en: 'party' },
  officers: { zh: '执法人员', en: 'officers' },
  violation: { zh: '违法事实与依据', en: 'facts and provisions' },
  discretion: { zh: '裁量情况', en: 'discretion' },
  penalty: { zh: '处罚内容', en: 'penalty' },
  timeline: { zh: '办案流程', en: 'procedure' },
  documents: { zh: '案卷文书', en: 'documents' },
  waivers: { zh: '豁免记录', en: 'waivers' },
};

function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** what naming a location needs of a case: each timeline step and each document, by index (CaseSummary.places) */
export interface CasePlaces {
  steps: { event: EventType; date?: string }[];
  /** each document's type and title, and the step whose proof or documents name it */
  documents: { type: DocumentType; title?: string; step?: EventType }[];
}

export function casePlaces(data: CaseData): CasePlaces {
  return {
    steps: (data.timeline ?? []).map((e) =>
      typeof e.date === 'string' ? { event: e.event, date: e.date } : { event: e.event },
    ),
    documents: (data.documents ?? []).map((d) => {
      const place: CasePlaces['documents'][number] = { type: d.type };
      if (d.title !== undefined) place.title = d.title;
      // a proof of service names the step it proves: 送达回证（处罚决定）
      const step = (data.timeline ?? []).find((e) => e.proof === d.id || e.documents?.includes(d.id));
      if (step) place.step = step.event;
      return place;
    }),
  };
}

function stepName(data: CasePlaces, index: number, lang: Lang): string | undefined {
  const e = data.steps[index];
  if (!e) return undefined;
  const label = pick(eventLabel(e.event), lang);
  if (e.date === undefined || e.date === '') return label;
  const when = lang === 'en' ? e.date : /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? formatDateZh(e.date) : e.date;
  return lang === 'en' ? `${label} (${when})` : `${label}（${when}）`;
}

function documentName(data: CasePlaces, index: number, lang: Lang): string | undefined {
  const d = data.documents[index];
  if (!d) return undefined;
  const label = pick(documentTypeLabel(d.type), lang);
  const of = d.step ? pick(eventLabel(d.step), lang) : d.title;
  if (!of || of === label) return label;
  return lang === 'en' ? `${label} (${of})` : `${label}（${of}）`;
}

/** the document or step a JSON pointer points into; undefined when the case data does not resolve it */
export function describeLocation(
  data: CasePlaces | undefined,
  pointer: string | undefined,
  lang: Lang,
): string {
  const general = lang === 'en' ? 'the case file' : '案卷';
  if (!pointer || pointer === '/') return general;
  const [head, index] = segments(pointer);
  if (!head) return general;
  const n = index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined;
  if (data && head === 'timeline' && n !== undefined)
    return stepName(data, n, lang) ?? pick(SECTIONS.timeline!, lang);
  if (data && head === 'documents' && n !== undefined)
    return documentName(data, n, lang) ?? pick(SECTIONS.documents!, lang);
  const section = SECTIONS[head];
  return section ? pick(section, lang) : general;
}
