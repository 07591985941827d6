import type { IsoDate, PartyType, Yuan } from '../model/case-data.js';
import { thresholdParty } from '../model/party.js';
import type { LegalBasis, Msg } from '../engine/types.js';
import type { Confidence, Threshold, Thresholds } from './types.js';
import { LawDataError } from './data-files.js';

interface Row {
  id: string;
  from: IsoDate;
  to?: IsoDate;
  jurisdiction?: string;
  person?: Yuan;
  organization?: Yuan;
  amount?: Yuan;
  personConfidence?: Confidence;
  inclusive?: boolean;
  basis: LegalBasis;
  confidence: Confidence;
  source: string;
  note?: Msg;
}

export interface ThresholdData {
  hearing: Row[];
  collectiveDiscussion: Row[];
  simpleProcedure: Row[];
  onTheSpotCollection: Row[];
}

export interface ThresholdOptions {
  /** settings.thresholdInclusive: overrides every row (default: the row's value, else true per 民法典 §1259) */
  thresholdInclusive?: boolean;
  /** per-threshold override by row id, e.g. { 'hearing-env-2023': false } */
  inclusiveById?: Record<string, boolean>;
}

/** A threshold with the data row it came from (extends the contract type). */
export interface SourcedThreshold extends Threshold {
  id: string;
  source: string;
  /** a local rule that may prevail but is not confirmed: rules should warn when it changes the answer */
  local?: SourcedThreshold;
}

export function parseThresholdData(raw: unknown): ThresholdData {
  const d = raw as Partial<ThresholdData> | undefined;
  if (!d?.hearing || !d.collectiveDiscussion || !d.simpleProcedure || !d.onTheSpotCollection)
    throw new LawDataError('thresholds.yaml: missing a section');
  return d as ThresholdData;
}

const inForce = (r: Row, date: IsoDate): boolean => r.from <= date && (r.to === undefined || date <= r.to);

/** amount ≥ t (inclusive) or > t: for 以上 thresholds */
export function reachesThreshold(amount: Yuan, t: Threshold): boolean {
  return t.inclusive ? amount >= t.amount : amount > t.amount;
}

/** amount ≤ t (inclusive) or < t: for 以下 ceilings (simple procedure, on-the-spot collection) */
export function withinCeiling(amount: Yuan, t: Threshold): boolean {
  return t.inclusive ? amount <= t.amount : amount < t.amount;
}

export function createThresholds(
  data: ThresholdData,
  options: ThresholdOptions = {},
): Thresholds & {
  hearingDetail(date: IsoDate, party: PartyType, jurisdiction: string): SourcedThreshold;
  withinCeiling(amount: Yuan, t: Threshold): boolean;
} {
  const inclusiveOf = (r: Row): boolean =>
    options.inclusiveById?.[r.id] ?? options.thresholdInclusive ?? r.inclusive ?? true;

  const make = (
    r: Row,
    amount: Yuan | undefined,
    confidence: Confidence = r.confidence,
  ): SourcedThreshold => {
    if (amount === undefined) throw new LawDataError(`thresholds.yaml: ${r.id} has no amount for this party`);
    const t: SourcedThreshold = {
      id: r.id,
      amount,
      inclusive: inclusiveOf(r),
      basis: r.basis,
      confidence,
      source: r.source,
    };
    if (r.note) t.note = r.note;
    return t;
  };

  const pick = (rows: Row[], date: IsoDate, section: string): { row: Row; outside: boolean } => {
    const row = rows.find((r) => inForce(r, date));
    if (row) return { row, outside: false };
    const sorted = [...rows].sort((a, b) => (a.from < b.from ? -1 : 1));
    const nearest = date < (sorted[0]?.from ?? '') ? sorted[0] : sorted.at(-1);
    if (!nearest) throw new LawDataError(`thresholds.yaml: no ${section} rows`);
    return { row: nearest, outside: true };
  };

  const outsideNote = (t: SourcedThreshold, date: IsoDate): SourcedThreshold => ({
    ...t,
    confidence: 'unconfirmed',
    note: {
      zh: `${date}不在已记录的适用期间内，暂用${t.basis.law}(${t.basis.version})的数额`,
      en: `${date} is outside the recorded periods; the amount of ${t.basis.law} (${t.basis.version}) is used`,
    },
  });

  const partyAmount = (r: Row, party: PartyType): { amount: Yuan | undefined; confidence: Confidence } =>
    thresholdParty(party) === 'person'
      ? { amount: r.person, confidence: r.personConfidence ?? r.confidence }
      : { amount: r.organization, confidence: r.confidence };

  const hearingDetail = (date: IsoDate, party: PartyType, jurisdiction: string): SourcedThreshold => {
    const national = pick(
      data.hearing.filter((r) => (r.jurisdiction ?? 'CN') === 'CN'),
      date,
      'hearing',
    );
    const p = partyAmount(national.row, party);
    let result = make(national.row, p.amount, p.confidence);
    if (national.outside) result = outsideNote(result, date);
    if (jurisdiction && jurisdiction !== 'CN') {
      const local = data.hearing.find((r) => r.jurisdiction === jurisdiction && inForce(r, date));
      const lp = local ? partyAmount(local, party) : undefined;
      if (local && lp?.amount !== undefined) {
        const localT = make(local, lp.amount, lp.confidence);
        // a local regulation or local government rule prevails where it differs (2010 art. 78, 2023 art. 89),
        // but only a confirmed local value replaces the national one
        if (localT.confidence === 'confirmed') return { ...localT };
        if (localT.amount !== result.amount) result = { ...result, local: localT };
      }
    }
    return result;
  };

  return {
    hearing: hearingDetail,
    hearingDetail,
    collectiveDiscussion(date) {
      const row = data.collectiveDiscussion.find((r) => inForce(r, date));
      return row ? make(row, row.amount) : undefined;
    },
    simpleProcedure(date, party) {
      const { row, outside } = pick(data.simpleProcedure, date, 'simpleProcedure');
      const p = partyAmount(row, party);
      const t = make(row, p.amount, p.confidence);
      return outside ? outsideNote(t, date) : t;
    },
    onTheSpotCollection(date) {
      const { row, outside } = pick(data.onTheSpotCollection, date, 'onTheSpotCollection');
      const t = make(row, row.amount);
      return outside ? outsideNote(t, date) : t;
    },
    reaches: reachesThreshold,
    withinCeiling,
  };
}
