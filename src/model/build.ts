/**
 * Builds the normalised Case from validated case data: law references resolved through the registry's
 * aliases and Chinese citations parsed into numbers, the timeline indexed with JSON pointers, key dates.
 */
import type { CaseData, LawRefData } from './case-data.js';
import type { Case, LawRef, TimelineEvent } from './case.js';
import type { LawRegistry } from '../law/types.js';
import { parseCitation } from '../law/numerals.js';
import { agencyKindOf } from './agency.js';

export interface BuildInput {
  data: CaseData;
  dir: string;
  file: string;
}

export function buildCase(input: BuildInput, law: LawRegistry): Case {
  const data = normaliseUnknowns(input.data);
  const timeline: TimelineEvent[] = data.timeline.map((e, index) => ({
    ...e,
    index,
    pointer: `/timeline/${index}`,
  }));
  const first = (type: string) => timeline.find((e) => e.event === type)?.date;
  const v = data.violation;
  const discovered = v.discovered_on ?? first('clue-received') ?? first('inspection');
  const noPenalty = data.penalty.no_penalty?.basis;
  const noPenaltyBasis = noPenalty ? normaliseRefs([noPenalty], '/penalty/no_penalty', law)[0] : undefined;
  return {
    ...(noPenaltyBasis
      ? { noPenaltyBasis: { ...noPenaltyBasis, pointer: '/penalty/no_penalty/basis' } }
      : {}),
    data,
    record: 'dossier',
    undated: [],
    known: new Set([
      '/officers',
      '/party/type',
      '/penalty/kinds',
      '/case/procedure',
      '/case/source',
      '/documents',
    ]),
    agencyKind: agencyKindOf(undefined, data.case.agency),
    id: data.case.number,
    dir: input.dir,
    file: input.file,
    timeline,
    violated: normaliseRefs(v.violated, '/violation/violated', law),
    basis: normaliseRefs(v.basis, '/violation/basis', law),
    dates: {
      // a continuing act is dated by its end (行政处罚法 2021 §36(2)); one still going on when found, by the discovery
      act: v.ended_on ?? (v.continuing ? discovered : v.started_on),
      discovered,
      filed: first('filing-approved'),
      decided: first('decision'),
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

const PARTY_CODES = ['credit_code', 'id_number', 'registration_number', 'organization_code'] as const;

/** `unknown` codes are not recorded: the rules see them as absent */
function normaliseUnknowns(data: CaseData): CaseData {
  const party = { ...data.party };
  let changed = false;
  for (const key of PARTY_CODES) {
    if (party[key] === 'unknown') {
      delete party[key];
      changed = true;
    }
  }
  return changed ? { ...data, party } : data;
}
