/**
 * Builds the normalised Case from validated case-file data: what the file does not know is normalised away (and
 * remembered in `known`, `undated`, `approx`), law references resolved through the registry's aliases and Chinese
 * citations parsed into numbers, the timeline indexed with JSON pointers, key dates.
 */
import type {
  CaseData,
  CaseFileData,
  IsoDate,
  LawRefData,
  PartialDate,
  PenaltyKind,
  TimelineEventData,
} from './case-data.js';
import {
  caseLawDate,
  type Case,
  type LawRef,
  type RecordExtent,
  type TimelineEvent,
  type UndatedEvent,
} from './case.js';
import type { LawRegistry } from '../law/types.js';
import { parseCitation } from '../law/numerals.js';
import { agencyKindOf } from './agency.js';
import { isIsoDate, partialDateRange } from './dates.js';

export interface BuildInput {
  data: CaseFileData;
  dir: string;
  file: string;
}

export function buildCase(input: BuildInput, law: LawRegistry): Case {
  const n = normalise(input.data);
  const { data } = n;
  const timeline: TimelineEvent[] = n.dated.map(({ event, index }) => ({
    ...event,
    index,
    pointer: `/timeline/${index}`,
  }));
  const first = (type: string) => timeline.find((e) => e.event === type)?.date;
  const v = data.violation;
  const discovered = v.discovered_on ?? first('clue-received') ?? first('inspection');
  const header = input.data.case;
  const noPenalty = data.penalty.no_penalty?.basis;
  const noPenaltyBasis = noPenalty ? normaliseRefs([noPenalty], '/penalty/no_penalty', law)[0] : undefined;
  return {
    ...(noPenaltyBasis
      ? { noPenaltyBasis: { ...noPenaltyBasis, pointer: '/penalty/no_penalty/basis' } }
      : {}),
    data,
    record: n.record,
    undated: n.undated,
    known: n.known,
    procedureShown: n.procedureShown,
    approx: n.approx,
    agencyKind: agencyKindOf(header.agency_kind, header.agency),
    id: data.case.number,
    dir: input.dir,
    file: input.file,
    timeline,
    violated: normaliseRefs(v.violated, '/violation/violated', law),
    basis: normaliseRefs(v.basis, '/violation/basis', law),
    unresolvedRefs: [
      ...articleless(input.data.violation?.violated, '/violation/violated'),
      ...articleless(input.data.violation?.basis, '/violation/basis'),
    ],
    dates: {
      // a continuing act is dated by its end (行政处罚法 2021 §36(2)); one still going on when found, by the discovery;
      // an end written only in part (2022-06, unknown) leaves the date open: the start is not the end
      act:
        v.ended_on ??
        (n.approx.has('/violation/ended_on') ? undefined : v.continuing ? discovered : v.started_on),
      discovered,
      filed: first('filing-approved'),
      decided: first('decision'),
      law: caseLawDate(timeline),
    },
  };
}

export function normaliseRefs(refs: LawRefData[] | undefined, base: string, law: LawRegistry): LawRef[] {
  return (refs ?? []).flatMap((ref, i) => {
    const cited = ref.cite ? parseCitation(ref.cite) : undefined;
    const article = ref.article ?? cited?.article;
    if (article === undefined) return [];
    const out: LawRef = {
      law: law.resolve(ref.law),
      written: ref.law,
      article,
      pointer: `${base}/${i}`,
    };
    const paragraph = ref.paragraph ?? cited?.paragraph;
    const item = ref.item ?? cited?.item;
    if (paragraph !== undefined) out.paragraph = paragraph;
    if (item !== undefined) out.item = item;
    if (ref.clause !== undefined) out.clause = ref.clause;
    return [out];
  });
}

/** pointers of citations that name a law but no article (the source did not state it) */
function articleless(refs: LawRefData[] | undefined, base: string): string[] {
  return (refs ?? []).flatMap((ref, i) =>
    ref.article === undefined && (ref.cite === undefined || parseCitation(ref.cite)?.article === undefined)
      ? [`${base}/${i}`]
      : [],
  );
}

interface Normalised {
  data: CaseData;
  dated: { event: TimelineEventData; index: number }[];
  undated: UndatedEvent[];
  known: Set<string>;
  approx: Map<string, { from: IsoDate; to: IsoDate } | undefined>;
  record: RecordExtent;
  procedureShown: boolean;
}

/**
 * the most a simple-procedure decision has ever fined: 3,000 yuan for an organisation (行政处罚法 2021 §51; 2017 §33:
 * 1,000; an individual 200 and 50)
 */
const SIMPLE_FINE_CEILING_EVER = 3000;

const PARTY_CODES = ['credit_code', 'id_number', 'registration_number', 'organization_code'] as const;

/**
 * The file's data with what it does not know taken out: partial and unknown dates are not dates (they go to
 * `approx`, and undated steps to `undated`), `unknown` codes are absent, and absent sections get empty defaults
 * whose absence `known` remembers, so that rules depending on them can report them as not recorded.
 */
export function normalise(file: CaseFileData): Normalised {
  const known = new Set<string>();
  const approx: Normalised['approx'] = new Map();
  const note = (pointer: string, present: boolean) => {
    if (present) known.add(pointer);
  };
  const exact = (value: PartialDate | undefined, pointer: string): IsoDate | undefined => {
    if (value === undefined) return undefined;
    const text = String(value);
    if (isIsoDate(text)) return text;
    approx.set(pointer, partialDateRange(text));
    return undefined;
  };

  const h = file.case;
  for (const key of ['number', 'cause', 'source', 'procedure', 'status'] as const)
    note(`/case/${key}`, h[key] !== undefined);
  note('/officers', file.officers !== undefined && file.officers.length > 0);
  note('/timeline', file.timeline !== undefined);
  note('/documents', file.documents !== undefined);
  note('/measures', file.measures !== undefined);
  note('/violation/facts', file.violation?.facts !== undefined);
  note('/penalty/kinds', file.penalty?.kinds !== undefined);
  note('/party/type', file.party?.type !== undefined);
  note('/party/name', file.party?.name !== undefined);

  const dated: Normalised['dated'] = [];
  const undated: UndatedEvent[] = [];
  (file.timeline ?? []).forEach((e, index) => {
    const pointer = `/timeline/${index}`;
    const date = exact(e.date, `${pointer}/date`);
    const { proposed: proposal, ...plain } = e;
    const rest: Omit<TimelineEventData, 'date'> & { date?: PartialDate } = plain;
    // a notice recorded without kinds or amount proposes nothing the record shows: its proposal is not recorded
    if (proposal && (proposal.kinds !== undefined || proposal.fine !== undefined))
      rest.proposed = { ...proposal, kinds: proposal.kinds ?? proposedKinds(proposal.fine) };
    if (date !== undefined) {
      dated.push({ event: { ...rest, date }, index });
      return;
    }
    const { date: written, ...withoutDate } = rest;
    const u: UndatedEvent = { ...withoutDate, index, pointer };
    if (written !== undefined && written !== 'unknown') u.when = String(written);
    undated.push(u);
  });

  const { prior_violations: priorsWritten, ...party } = file.party ?? {};
  for (const key of PARTY_CODES) if (party[key] === 'unknown') delete party[key];
  const priors = priorsWritten?.flatMap((p, i) => {
    const date = exact(p.date, `/party/prior_violations/${i}/date`);
    return date === undefined ? [] : [{ ...p, date }];
  });
  const v = file.violation ?? {};
  const { started_on: _s, ended_on: _e, discovered_on: _d, ...facts } = v;
  const violation: CaseData['violation'] = {
    ...facts,
    facts: v.facts ?? '',
    violated: v.violated ?? [],
    basis: v.basis ?? [],
  };
  for (const key of ['started_on', 'ended_on', 'discovered_on'] as const) {
    const date = exact(v[key], `/violation/${key}`);
    if (date !== undefined) violation[key] = date;
  }
  const penalty: CaseData['penalty'] = {
    ...(file.penalty ?? {}),
    kinds: file.penalty?.kinds ?? (file.penalty?.fine !== undefined ? ['fine'] : []),
  };
  const decided =
    dated.some((d) => d.event.event === 'decision') || undated.some((u) => u.event === 'decision');
  // When the record does not name the procedure, steps only the simple procedure has show it: an oral notice, the
  // filing of an on-the-spot decision with the agency (行政处罚法 2021 §52 ¶3). (A decision handed over on the spot
  // does not: a general-procedure decision is handed over after it is announced, §61.) The general procedure shows
  // in a filing step (a simple-procedure case is decided on the spot, without filing) or in a penalty the simple
  // procedure cannot impose: a fine above every simple ceiling, a kind other than a warning or a fine. Otherwise
  // the procedure is not known, whatever the default below says.
  const steps = [...dated.map((d) => d.event), ...undated];
  const simpleShown = steps.some(
    (e) => e.event === 'simple-decision-filed' || (e.event === 'prior-notice-served' && e.oral === true),
  );
  const generalShown =
    steps.some((e) => e.event === 'filing-approved') ||
    (penalty.fine ?? 0) > SIMPLE_FINE_CEILING_EVER ||
    penalty.kinds.some((k) => k !== 'fine' && k !== 'warning');
  const { documents: _documents, ...sections } = file;
  const data: CaseData = {
    ...sections,
    case: {
      ...h,
      number: h.number ?? h.id ?? '',
      cause: h.cause ?? '',
      source: h.source ?? '其他',
      procedure: h.procedure ?? (simpleShown ? 'simple' : 'general'),
      status: h.status ?? (decided ? 'decided' : 'open'),
    },
    party: {
      ...party,
      type: party.type ?? inferPartyType(party),
      name: party.name ?? '',
      ...(priors ? { prior_violations: priors } : {}),
    },
    officers: file.officers ?? [],
    violation,
    penalty,
    timeline: dated.map((d) => d.event),
  };
  if (file.documents) {
    data.documents = file.documents.map((d, i) => {
      const { date, ...rest } = d;
      const day = exact(date, `/documents/${i}/date`);
      return day === undefined ? rest : { ...rest, date: day };
    });
  }
  // A dossier is a transcription of the whole case file, whose inventory is the 卷内目录: without the list of
  // documents nothing shows that the timeline holds every step of the file rather than the milestones a ledger
  // (台账) or a case-management export keeps (filing, notice, decision, service, with the officers in charge). Such a
  // record proves no step absent; a record that is a dossier without its list says so (`record: dossier`).
  // An empty list is no inventory either (a case file holds at least its decision or filing form; an export writes
  // `"documents": []` for "not exported").
  const listed = (file.documents?.length ?? 0) > 0;
  const record: RecordExtent =
    h.record ??
    (file.timeline === undefined || !known.has('/officers') || !listed || undated.length > 0
      ? 'partial'
      : 'dossier');
  const procedureShown = h.procedure !== undefined || simpleShown || generalShown;
  return { data, dated, undated, known, approx, record, procedureShown };
}

/** a prior notice that states only an amount proposes a fine */
function proposedKinds(fine: number | undefined): PenaltyKind[] {
  return fine !== undefined ? ['fine'] : [];
}

/** a party whose type is not recorded: read from its codes, else an organisation (not `known`) */
function inferPartyType(party: {
  credit_code?: string;
  id_number?: string;
  registration_number?: string;
  organization_code?: string;
}): CaseData['party']['type'] {
  if (party.id_number !== undefined && party.credit_code === undefined) return 'person';
  return 'organization';
}
