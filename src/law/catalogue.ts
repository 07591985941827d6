import type { IsoDate, Yuan } from '../model/case-data.js';
import type { Msg } from '../engine/types.js';
import type {
  ApplicableClause,
  ClauseCatalogue,
  ClauseOverlap,
  ClauseProvision,
  ClauseQuery,
  FineBase,
  FineSpec,
  LawRegistry,
  PenaltyClause,
  PenaltyTier,
} from './types.js';
import { LawDataError } from './data-files.js';
import { inForce, laterCounterpart, parseSuccessors, type RawSuccessor } from './succession.js';

export type Bases = Partial<Record<FineBase | 'units' | 'occurrences' | 'days' | 'original_fine', number>>;

interface RawProvision {
  law?: string;
  article: number;
  paragraph?: number;
  items?: number[];
  itemsParagraph?: number;
}

interface RawTier {
  stage?: PenaltyTier['stage'];
  target?: PenaltyTier['target'];
  fine?: FineSpec;
  /** 处/并处 (true) or 可以处 (false) */
  mandatory?: boolean;
  other?: PenaltyTier['otherSanctions'];
}

interface RawClause {
  key: string;
  law: string;
  article: number;
  paragraph?: number;
  items?: number[];
  /** the paragraph listing the items when the amounts are in `paragraph` (固废法 2020 §102/§112: ¶1) */
  itemsParagraph?: number;
  /** successors by conduct when a later text renumbered the article (see ClauseSuccessor) */
  successors?: RawSuccessor[];
  /** version labels of `law` whose text this row was read from */
  versions: string[];
  /** earlier versions whose text was not available: a copy of the row is added for each, unconfirmed */
  unverifiedVersions?: string[];
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
  conduct?: RawProvision[];
  summary: Msg;
  tiers: RawTier[];
  orderToCorrect?: boolean;
  perDay?: RawProvision;
  detention?: RawProvision;
  /** the clause penalises a duty other than discharging pollutants (monitoring, reporting, soil protection) */
  notDischarge?: boolean;
  confirmed: boolean;
  source: string;
  note?: string;
}

/** A catalogue row with a free-text note on what could not be verified (extends the contract type). */
export interface CatalogueClause extends PenaltyClause {
  note?: string;
}

function provision(raw: RawProvision, defaultLaw: string): ClauseProvision {
  const p: ClauseProvision = { law: raw.law ?? defaultLaw, article: raw.article };
  if (raw.paragraph !== undefined) p.paragraph = raw.paragraph;
  if (raw.items?.length) p.items = raw.items;
  if (raw.itemsParagraph !== undefined) {
    if (raw.paragraph === undefined || !raw.items?.length || raw.itemsParagraph === raw.paragraph)
      throw new LawDataError(
        `clauses.yaml: itemsParagraph ${raw.itemsParagraph} needs items and a different paragraph (art. ${raw.article})`,
      );
    p.itemsParagraph = raw.itemsParagraph;
  }
  return p;
}

/** the copies of a row for versions whose text is not in shared/law/texts */
function unverifiedCopies(r: RawClause): RawClause[] {
  return (r.unverifiedVersions ?? []).map((label) => ({
    ...r,
    versions: [label],
    unverifiedVersions: [],
    effectiveFrom: undefined,
    effectiveTo: undefined,
    confirmed: false,
    note: [
      `Version ${label}: its text is not in shared/law/texts; the amounts are taken from the later text (${r.versions.join(', ')}) and assumed unchanged.`,
      r.note,
    ]
      .filter(Boolean)
      .join(' '),
  }));
}

export function buildClauses(raw: unknown, registry: LawRegistry): CatalogueClause[] {
  if (!Array.isArray(raw)) throw new LawDataError('clauses.yaml: expected a list');
  const rows = (raw as RawClause[]).flatMap((r) => [...unverifiedCopies(r), r]);
  return rows.map((r) => {
    const line = registry.line(r.law);
    if (!line) throw new LawDataError(`clauses.yaml: ${r.key}: unknown law ${r.law}`);
    const versions = r.versions.map((label) => {
      const v = line.versions.find((x) => x.label === String(label));
      if (!v) throw new LawDataError(`clauses.yaml: ${r.key}: ${r.law} has no version ${label}`);
      return v;
    });
    if (versions.length === 0) throw new LawDataError(`clauses.yaml: ${r.key}: no versions`);
    const effectiveFrom = r.effectiveFrom ?? versions[0]?.effectiveFrom ?? '';
    const last = versions.at(-1);
    const effectiveTo = r.effectiveTo ?? last?.effectiveTo;
    const clause: CatalogueClause = {
      key: r.key,
      provision: provision(
        { article: r.article, paragraph: r.paragraph, items: r.items, itemsParagraph: r.itemsParagraph },
        r.law,
      ),
      versions: versions.map((v) => v.id),
      effectiveFrom,
      conduct: (r.conduct ?? []).map((c) => provision(c, r.law)),
      summary: r.summary,
      tiers: r.tiers.map((t) => ({
        stage: t.stage ?? 'initial',
        target: t.target ?? 'any',
        ...(t.fine ? { fine: t.fine } : {}),
        fineMandatory: t.mandatory ?? true,
        otherSanctions: t.other ?? [],
      })),
      requiresOrderToCorrect: r.orderToCorrect ?? false,
      confirmed: r.confirmed,
      source: r.source,
    };
    if (effectiveTo) clause.effectiveTo = effectiveTo;
    if (r.perDay) clause.perDay = provision(r.perDay, r.law);
    if (r.detention) clause.detention = provision(r.detention, 'env-protection-law');
    if (r.notDischarge) clause.notDischarge = true;
    if (r.successors) clause.successors = parseSuccessors(r.key, r.successors, r.law);
    if (r.note) clause.note = r.note;
    return clause;
  });
}

/**
 * how well a clause matches a query: undefined = no match; higher = more specific. An exact match (the cited
 * paragraph and item are the row's, or both are absent from citation and row) outranks a partial one.
 */
export function matchScore(c: PenaltyClause, q: ClauseQuery): number | undefined {
  const p = c.provision;
  if (p.law !== q.law || p.article !== q.article) return undefined;
  let score = 0;
  // 固废法 2020 §102/§112 list the items in ¶1 and set the amounts in ¶2: either paragraph names the row
  const paragraphNamed =
    q.paragraph !== undefined && (q.paragraph === p.paragraph || q.paragraph === p.itemsParagraph);
  if (q.paragraph !== undefined && p.paragraph !== undefined) {
    if (!paragraphNamed) return undefined;
    score += 2;
  }
  const itemNamed = q.item !== undefined && p.items?.includes(q.item) === true;
  if (q.item !== undefined && p.items?.length) {
    if (!itemNamed) return undefined;
    score += 1;
  }
  const paragraphExact = q.paragraph === undefined ? p.paragraph === undefined : paragraphNamed;
  const itemExact = q.item === undefined ? !p.items?.length : itemNamed;
  if (paragraphExact && itemExact) score += 4;
  return score;
}

/** the primary tier used to compare severity: the first initial tier for a unit or anyone */
export function primaryTier(c: PenaltyClause): PenaltyTier | undefined {
  return (
    c.tiers.find((t) => t.stage === 'initial' && (t.target === 'unit' || t.target === 'any') && t.fine) ??
    c.tiers.find((t) => t.fine)
  );
}

/** [max, min] on one comparable scale, or undefined when the spec has no comparable range */
function rangeKey(spec: FineSpec): { scale: string; max: number; min: number } | undefined {
  switch (spec.kind) {
    case 'fixed_range':
    case 'per_occurrence':
      return {
        scale: spec.kind === 'per_occurrence' ? 'per_occurrence' : 'yuan',
        max: spec.max,
        min: spec.min,
      };
    case 'max_only':
      return { scale: 'yuan', max: spec.max, min: 0 };
    case 'fixed_amount':
      return { scale: 'yuan', max: spec.amount, min: spec.amount };
    case 'per_unit':
      return { scale: `per:${spec.unit}`, max: spec.amount, min: spec.amount };
    case 'multiple_of_base':
      return { scale: `x:${spec.base}:${spec.baseFloor ?? 0}`, max: spec.maxMult, min: spec.minMult };
    case 'percentage_of_base':
      return { scale: `pct:${spec.base}`, max: spec.maxPct, min: spec.minPct };
    case 'tiered_by_illegal_gains':
      return {
        scale: `tiered:${spec.threshold}:${spec.atOrAbove.minMult}:${spec.atOrAbove.maxMult}`,
        max: spec.below.max,
        min: spec.below.min,
      };
    default:
      return undefined;
  }
}

/**
 * 从旧兼从轻 judged on the penalty range: the later clause is milder when its maximum is lower, or the maxima are
 * equal and its minimum is lower. Ranges of different kinds are not compared (undefined).
 */
export function isMilder(later: PenaltyClause, earlier: PenaltyClause): boolean | undefined {
  const a = primaryTier(later)?.fine;
  const b = primaryTier(earlier)?.fine;
  if (!a || !b) return undefined;
  const ka = rangeKey(a);
  const kb = rangeKey(b);
  if (!ka || !kb || ka.scale !== kb.scale) return undefined;
  if (ka.max !== kb.max) return ka.max < kb.max;
  return ka.min < kb.min;
}

export function fineBounds(spec: FineSpec, bases: Bases): { min?: Yuan; max?: Yuan; missingBase?: string } {
  const need = (name: keyof Bases): number | undefined => bases[name];
  switch (spec.kind) {
    case 'fixed_range':
      return { min: spec.min, max: spec.max };
    case 'max_only':
      return { min: 0, max: spec.max };
    case 'fixed_amount':
      return { min: spec.amount, max: spec.amount };
    case 'per_unit': {
      const n = need('units');
      return n === undefined ? { missingBase: 'units' } : { min: spec.amount * n, max: spec.amount * n };
    }
    case 'per_occurrence': {
      const n = need('occurrences');
      return n === undefined ? { missingBase: 'occurrences' } : { min: spec.min * n, max: spec.max * n };
    }
    case 'multiple_of_base': {
      const b = need(spec.base);
      if (b === undefined) return { missingBase: spec.base };
      const base = Math.max(b, spec.baseFloor ?? 0);
      return { min: base * spec.minMult, max: base * spec.maxMult };
    }
    case 'percentage_of_base': {
      const b = need(spec.base);
      if (b === undefined) return { missingBase: spec.base };
      return { min: (b * spec.minPct) / 100, max: (b * spec.maxPct) / 100 };
    }
    case 'tiered_by_illegal_gains': {
      const g = need('illegal_gains');
      // 没有违法所得 (record 0) takes the fixed range; gains not recorded: the same range, flagged as assumed
      if (g === undefined) return { min: spec.below.min, max: spec.below.max, missingBase: 'illegal_gains' };
      // 违法所得…以上 includes the threshold (民法典 §1259); none or below → the fixed range
      return g >= spec.threshold
        ? { min: g * spec.atOrAbove.minMult, max: g * spec.atOrAbove.maxMult }
        : { min: spec.below.min, max: spec.below.max };
    }
    case 'per_day': {
      const fine = need('original_fine');
      if (fine === undefined) return { missingBase: 'original_fine' };
      const days = need('days');
      if (days === undefined) return { missingBase: 'days' };
      return { min: fine * days, max: fine * days };
    }
    case 'unspecified':
      return {};
  }
}

export function parseOverlaps(raw: unknown, keys: Set<string>): ClauseOverlap[] {
  if (!Array.isArray(raw)) throw new LawDataError('clause-overlaps.yaml: expected a list');
  return (raw as ClauseOverlap[]).map((g) => {
    for (const k of g.keys)
      if (!keys.has(k)) throw new LawDataError(`clause-overlaps.yaml: unknown key ${k}`);
    return { keys: [...g.keys], conduct: g.conduct };
  });
}

export function createCatalogue(
  clauses: CatalogueClause[],
  registry?: LawRegistry,
  overlapGroups: ClauseOverlap[] = [],
): ClauseCatalogue & {
  overlaps(key: string): ClauseOverlap[];
  findAll(ref: ClauseQuery, date: IsoDate): PenaltyClause[];
} {
  const byKey = new Map<string, CatalogueClause[]>();
  for (const c of clauses) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  // matchScore needs the same law and article: each lookup scans only that article's rows (catalogue order kept)
  const articleKey = (law: string, article: number | string): string => `${law}\0${article}`;
  const byArticle = new Map<string, CatalogueClause[]>();
  for (const c of clauses) {
    const k = articleKey(c.provision.law, c.provision.article);
    const rows = byArticle.get(k);
    if (rows) rows.push(c);
    else byArticle.set(k, [c]);
  }

  const lawId = (law: string): string => registry?.resolve(law) ?? law;

  /** every row in force on the date that the reference can mean, best first (catalogue order among equals) */
  const findAll = (ref: ClauseQuery, date: IsoDate): CatalogueClause[] => {
    const q = { ...ref, law: lawId(ref.law) };
    const scored: { c: CatalogueClause; s: number }[] = [];
    for (const c of byArticle.get(articleKey(q.law, q.article)) ?? []) {
      if (!inForce(c, date)) continue;
      const s = matchScore(c, q);
      if (s !== undefined) scored.push({ c, s });
    }
    return scored.sort((a, b) => b.s - a.s).map((x) => x.c);
  };

  const find = (ref: ClauseQuery, date: IsoDate): CatalogueClause | undefined => findAll(ref, date)[0];
  const sameKeyAt = (key: string, date: IsoDate): CatalogueClause | undefined =>
    byKey.get(key)?.find((c) => inForce(c, date));

  return {
    all: () => [...clauses],
    byKey: (key) => [...(byKey.get(key) ?? [])],
    find,
    findAll,
    applicable(ref, actDate, decisionDate): ApplicableClause | undefined {
      const atAct = find(ref, actDate);
      if (!atAct) return undefined;
      const counterpart =
        decisionDate > actDate ? laterCounterpart(atAct, ref, decisionDate, find, sameKeyAt) : ({} as const);
      const later = counterpart.later;
      if (later && isMilder(later, atAct) === true)
        return { clause: later, reason: 'milder-later', actTimeClause: atAct, laterClause: later };
      const result: ApplicableClause = { clause: atAct, reason: 'act-time' };
      if (later) result.laterClause = later;
      if (counterpart.noSuccessor) result.noSuccessor = true;
      return result;
    },
    bounds: fineBounds,
    overlaps: (key) => overlapGroups.filter((g) => g.keys.includes(key)),
  };
}
