import type { IsoDate } from '../model/case-data.js';
import type { LegalBasis, Msg } from '../engine/types.js';
import { addDays, isIsoDate } from '../model/dates.js';
import type { Confidence, LawLine, LawRegistry, LawVersion } from './types.js';
import { formatCitationEn, formatCitationZh } from './numerals.js';
import { LawDataError } from './data-files.js';

interface RawVersion {
  label: string;
  title: string;
  shortTitle: string;
  effectiveFrom: string;
  effectiveTo?: string;
  source: string;
  confidence: Confidence;
  notes?: string[];
  articles?: number;
}

interface RawLine {
  id: string;
  name: string;
  nameEn: string;
  kind: LawLine['kind'];
  jurisdiction: LawLine['jurisdiction'];
  aliases?: string[];
  versions: RawVersion[];
}

/** 《中华人民共和国大气污染防治法》（2018年修正） → 大气污染防治法 */
export function normaliseLawName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s《》〈〉<>“”"']/g, '')
    .replace(/^中华人民共和国/, '')
    .replace(/[(（](?:[^()（）]*(?:修正|修订|版)|\d{4}[^()（）]*)[)）]$/, '');
}

export function buildLines(raw: unknown): LawLine[] {
  if (!Array.isArray(raw)) throw new LawDataError('laws.yaml: expected a list of law lines');
  return (raw as RawLine[]).map((r) => {
    if (!r.id || !r.name || !Array.isArray(r.versions) || r.versions.length === 0)
      throw new LawDataError(`laws.yaml: incomplete law line ${String(r.id)}`);
    const sorted = [...r.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const versions: LawVersion[] = sorted.map((v, i) => {
      if (!isIsoDate(v.effectiveFrom))
        throw new LawDataError(`laws.yaml: ${r.id} ${v.label}: bad effectiveFrom`);
      const next = sorted[i + 1];
      const effectiveTo = v.effectiveTo ?? (next ? addDays(next.effectiveFrom, -1) : undefined);
      const version: LawVersion = {
        id: `${r.id}@${v.effectiveFrom}`,
        law: r.id,
        label: String(v.label),
        title: v.title,
        shortTitle: v.shortTitle,
        effectiveFrom: v.effectiveFrom,
        source: v.source,
        confidence: v.confidence,
      };
      if (effectiveTo) version.effectiveTo = effectiveTo;
      if (v.notes?.length) version.notes = v.notes;
      if (v.articles !== undefined) {
        if (!Number.isInteger(v.articles) || v.articles < 1)
          throw new LawDataError(`laws.yaml: ${r.id} ${v.label}: bad articles`);
        version.articles = v.articles;
      }
      return version;
    });
    return {
      id: r.id,
      name: r.name,
      nameEn: r.nameEn,
      aliases: r.aliases ?? [],
      kind: r.kind,
      jurisdiction: r.jurisdiction,
      versions,
    };
  });
}

/**
 * Attaches the paragraphs and items of each article (src/law/data/article-structure.yaml, generated from the texts)
 * to the versions they were read for. A version with a structure must have the same article count.
 */
export function attachStructure(lines: LawLine[], raw: unknown): void {
  const versions = new Map(lines.flatMap((l) => l.versions.map((v) => [v.id, v] as const)));
  for (const [id, entry] of Object.entries((raw ?? {}) as Record<string, { articles?: unknown }>)) {
    const version = versions.get(id);
    const articles = entry.articles as Record<string, unknown> | undefined;
    if (!version || !articles || typeof articles !== 'object')
      throw new LawDataError(`article-structure.yaml: ${id}: unknown version or no articles`);
    const structure: Record<number, number[]> = {};
    for (const [key, items] of Object.entries(articles)) {
      if (
        !Array.isArray(items) ||
        items.length === 0 ||
        !items.every((n) => Number.isInteger(n) && (n as number) >= 0)
      )
        throw new LawDataError(`article-structure.yaml: ${id} article ${key}: bad paragraphs`);
      structure[Number(key)] = items as number[];
    }
    if (Object.keys(structure).length !== version.articles)
      throw new LawDataError(`article-structure.yaml: ${id}: article count differs from laws.yaml`);
    version.structure = structure;
  }
}

export function createLawRegistry(lines: LawLine[]): LawRegistry {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const byName = new Map<string, string>();
  for (const l of lines) {
    const names = [
      l.id,
      l.name,
      l.nameEn,
      ...l.aliases,
      ...l.versions.flatMap((v) => [v.title, v.shortTitle]),
    ];
    for (const n of names) {
      const key = normaliseLawName(n);
      const existing = byName.get(key);
      if (existing && existing !== l.id)
        throw new LawDataError(`laws.yaml: name ${n} is used by both ${existing} and ${l.id}`);
      byName.set(key, l.id);
      byName.set(key.toLowerCase(), l.id);
    }
  }

  const versionAt = (lawId: string, date: IsoDate): LawVersion | undefined =>
    byId
      .get(lawId)
      ?.versions.find(
        (v) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo),
      );

  const versionByLabel = (lawId: string, label?: string): LawVersion | undefined =>
    label === undefined ? undefined : byId.get(lawId)?.versions.find((v) => v.label === label);

  const display = (lawId: string, versionLabel?: string): Msg => {
    const line = byId.get(lawId);
    if (!line) return { zh: lawId, en: lawId };
    const version = versionByLabel(lawId, versionLabel);
    const zhName = version?.shortTitle ?? line.name;
    const suffix = versionLabel ? `(${versionLabel})` : '';
    return { zh: `${zhName}${suffix}`, en: `${line.nameEn}${versionLabel ? ` (${versionLabel})` : ''}` };
  };

  return {
    resolve(nameOrAlias) {
      const key = normaliseLawName(nameOrAlias);
      return byName.get(key) ?? byName.get(key.toLowerCase());
    },
    line: (lawId) => byId.get(lawId),
    lines: () => [...lines],
    versionAt,
    proceduralVersion: (lawId, stepDate) => versionAt(lawId, stepDate),
    isBeforeLaw(lawId, date) {
      const first = byId.get(lawId)?.versions[0];
      return first !== undefined && date < first.effectiveFrom;
    },
    display,
    cite(basis: LegalBasis): Msg {
      const name = display(basis.law, basis.version || undefined);
      const c = { article: basis.article, paragraph: basis.paragraph, item: basis.item };
      const note = basisNote(basis.note);
      return {
        zh: `${name.zh}${formatCitationZh(c)}${note.zh}`,
        en: `${name.en} ${formatCitationEn(c)}${note.en}`,
      };
    },
  };
}

const NOTE_LABELS: Record<string, Msg> = {
  unconfirmed: { zh: '待核实', en: 'unconfirmed' },
};

/** a basis qualifier in each language: （待核实） in Chinese text, [unconfirmed] in English; nothing when absent */
export function basisNote(note: string | undefined): Msg {
  if (!note) return { zh: '', en: '' };
  const label = NOTE_LABELS[note] ?? { zh: note, en: note };
  return { zh: `（${label.zh}）`, en: ` [${label.en}]` };
}
