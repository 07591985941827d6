/**
 * Criminal thresholds of the 环境污染刑事案件 interpretations (2016, 2023) and the detention list of
 * 环境保护法 §63, as data (src/law/data/crime-thresholds.yaml) with a pure evaluator over the case data.
 * The interpretation is chosen by the date of the act (2016 text from 2017-01-01, 2023 text from 2023-08-15).
 */
import { readLawData } from './data-files.js';
import { addYears, compareDates } from '../model/dates.js';
import type { CaseData, ConductFlag, IsoDate, MeasurementData } from '../model/case-data.js';
import type { LegalBasis, Msg } from '../engine/types.js';

export interface InterpretationVersion {
  version: string;
  law: string;
  number: string;
  title: string;
  effective_from: IsoDate;
  effective_to?: IsoDate;
  source: string;
}

export interface Metal {
  zh: string;
  symbol: string;
  en: string;
}

export type ToxicTest = 'any-heavy-metal' | 'heavy-metal-over-standard';

export type ThresholdTest =
  | { kind: 'hazardous-waste-tonnes'; min: number }
  | { kind: 'metal-times-standard'; metals: string; min: number }
  | { kind: 'evasion-with-toxic'; conduct: ConductFlag[]; toxic: ToxicTest }
  | { kind: 'repeat-toxic'; prior_penalties: number; within_years: number; toxic: ToxicTest }
  | { kind: 'key-discharger-falsified-monitoring'; conduct: ConductFlag[] }
  | { kind: 'gains-or-loss'; min: number };

export interface CrimeThreshold {
  id: string;
  version: string;
  article: number;
  item: number;
  test: ThresholdTest;
  zh: string;
  en: string;
}

export interface DetentionItem {
  item: number;
  conduct: ConductFlag[];
  zh: string;
  en: string;
}

export interface CrimeThresholdData {
  interpretations: InterpretationVersion[];
  metals: Record<string, Metal[]>;
  thresholds: CrimeThreshold[];
  not_modelled: { version: string; article: number; items: number[]; reason: string }[];
  detention: {
    law: string;
    version: string;
    article: number;
    effective_from: IsoDate;
    items: DetentionItem[];
  };
}

let cached: CrimeThresholdData | undefined;

/** the shipped data, parsed once (static and versioned with the code) */
export function loadCrimeThresholds(): CrimeThresholdData {
  if (cached) return cached;
  cached = readLawData('crime-thresholds.yaml') as CrimeThresholdData;
  return cached;
}

/** the interpretation in force on the date of the act, or undefined (acts before 2017-01-01 are not covered) */
export function interpretationAt(
  date: IsoDate,
  data = loadCrimeThresholds(),
): InterpretationVersion | undefined {
  return data.interpretations.find(
    (v) =>
      compareDates(v.effective_from, date) <= 0 &&
      (v.effective_to === undefined || compareDates(date, v.effective_to) <= 0),
  );
}

export interface ThresholdHit {
  threshold: CrimeThreshold;
  basis: LegalBasis;
  /** what in the record reaches the threshold */
  detail: Msg;
}

function metalIn(pollutant: string, metals: Metal[]): Metal | undefined {
  return metals.find(
    (m) =>
      pollutant.includes(m.zh) ||
      new RegExp(`(^|[^A-Za-z])${m.symbol}([^a-z]|$)`).test(pollutant) ||
      pollutant.toLowerCase().includes(m.en),
  );
}

function timesStandard(m: MeasurementData): number | undefined {
  if (m.times_standard !== undefined) return m.times_standard;
  if (m.standard !== undefined && m.standard > 0) return m.value / m.standard;
  return undefined;
}

function allMetals(data: CrimeThresholdData): Metal[] {
  return Object.values(data.metals).flat();
}

function isHeavyMetal(m: MeasurementData, data: CrimeThresholdData): boolean {
  return m.heavy_metal === true || metalIn(m.pollutant, allMetals(data)) !== undefined;
}

/** 有毒物质 present in the record: hazardous waste, or heavy-metal pollutants (2016 art. 15 / 2023 art. 17) */
function toxicPresent(v: CaseData['violation'], test: ToxicTest, data: CrimeThresholdData): Msg | undefined {
  if ((v.hazardous_waste_tonnes ?? 0) > 0) {
    return {
      zh: `危险废物${v.hazardous_waste_tonnes}吨`,
      en: `${v.hazardous_waste_tonnes} t of hazardous waste`,
    };
  }
  for (const m of v.measurements ?? []) {
    if (!isHeavyMetal(m, data)) continue;
    const ratio = timesStandard(m);
    if (test === 'any-heavy-metal' || (ratio !== undefined && ratio > 1)) {
      return { zh: `含重金属污染物（${m.pollutant}）`, en: `a heavy-metal pollutant (${m.pollutant})` };
    }
  }
  return undefined;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

function evaluate(
  t: CrimeThreshold,
  c: CaseData,
  actDate: IsoDate,
  data: CrimeThresholdData,
): Msg | undefined {
  const v = c.violation;
  const flags = new Set(v.conduct ?? []);
  const test = t.test;
  switch (test.kind) {
    case 'hazardous-waste-tonnes': {
      const tonnes = v.hazardous_waste_tonnes;
      if (tonnes === undefined || tonnes < test.min) return undefined;
      return {
        zh: `非法处置危险废物${fmt(tonnes)}吨（≥${test.min}吨）`,
        en: `${fmt(tonnes)} t of hazardous waste illegally disposed (≥ ${test.min} t)`,
      };
    }
    case 'metal-times-standard': {
      const metals = data.metals[test.metals] ?? [];
      for (const m of v.measurements ?? []) {
        const metal = metalIn(m.pollutant, metals);
        const ratio = timesStandard(m);
        if (metal && ratio !== undefined && ratio >= test.min) {
          return {
            zh: `${m.pollutant}超过排放标准${fmt(ratio)}倍（≥${test.min}倍）`,
            en: `${m.pollutant} at ${fmt(ratio)} times the standard (≥ ${test.min}×)`,
          };
        }
      }
      return undefined;
    }
    case 'evasion-with-toxic': {
      const flag = test.conduct.find((f) => flags.has(f));
      if (!flag) return undefined;
      const toxic = toxicPresent(v, test.toxic, data);
      if (!toxic) return undefined;
      return {
        zh: `以逃避监管方式（${flag}）排放${toxic.zh}`,
        en: `${toxic.en} discharged by evasion (${flag})`,
      };
    }
    case 'repeat-toxic': {
      const toxic = toxicPresent(v, test.toxic, data);
      if (!toxic) return undefined;
      // "二年内": from the date the first penalty took effect to the new act (2016 art. 17 / 2023 art. 19);
      // the recorded prior decision date stands in for the date it took effect.
      const priors = (c.party.prior_violations ?? []).filter(
        (p) => p.same_kind === true && compareDates(addYears(p.date, test.within_years), actDate) >= 0,
      );
      if (priors.length < test.prior_penalties) return undefined;
      return {
        zh: `二年内已因同类行为受过${priors.length}次行政处罚，又排放${toxic.zh}`,
        en: `${priors.length} prior penalties for the same kind of act within two years, then ${toxic.en} again`,
      };
    }
    case 'key-discharger-falsified-monitoring': {
      if (c.party.key_discharger !== true || !test.conduct.some((f) => flags.has(f))) return undefined;
      return {
        // the case format's flag does not say whether the data were automatic-monitoring data (item 7 needs it)
        zh: '重点排污单位篡改、伪造监测数据（第七项限于自动监测数据或干扰自动监测设施，请核实）',
        en: 'a key discharger falsified monitoring data (item 7 needs automatic-monitoring data or interference with the equipment: check)',
      };
    }
    case 'gains-or-loss': {
      const gains = v.bases?.illegal_gains ?? 0;
      const loss = v.bases?.direct_loss ?? 0;
      const amount = Math.max(gains, loss);
      if (amount < test.min) return undefined;
      const what =
        gains >= loss ? { zh: '违法所得', en: 'illegal gains' } : { zh: '财产损失', en: 'property loss' };
      return {
        zh: `${what.zh}${amount}元（≥${test.min}元）`,
        en: `${what.en} of ¥${amount} (≥ ¥${test.min})`,
      };
    }
  }
}

/** the thresholds of the interpretation in force at the act date that the recorded facts reach */
export function crimeThresholdHits(
  c: CaseData,
  actDate: IsoDate,
  data = loadCrimeThresholds(),
): ThresholdHit[] {
  const version = interpretationAt(actDate, data);
  return version ? crimeThresholdHitsUnder(c, actDate, version, data) : [];
}

/**
 * the thresholds of a given interpretation that the recorded facts reach; used to compare the act-time text with
 * a later one (a later interpretation applies to earlier acts where it is more favourable to the suspect:
 * 最高人民法院、最高人民检察院关于适用刑事司法解释时间效力问题的规定, 高检发释字〔2001〕5号, point 3)
 */
export function crimeThresholdHitsUnder(
  c: CaseData,
  actDate: IsoDate,
  version: InterpretationVersion,
  data = loadCrimeThresholds(),
): ThresholdHit[] {
  return data.thresholds
    .filter((t) => t.version === version.version)
    .flatMap((t) => {
      const detail = evaluate(t, c, actDate, data);
      if (!detail) return [];
      const basis: LegalBasis = {
        law: version.law,
        version: version.version,
        article: t.article,
        item: t.item,
      };
      return [{ threshold: t, basis, detail }];
    });
}

/** the 环境保护法 §63 items whose conduct the case records */
export function detentionItems(c: CaseData, actDate: IsoDate, data = loadCrimeThresholds()): DetentionItem[] {
  if (compareDates(actDate, data.detention.effective_from) < 0) return [];
  const flags = new Set(c.violation.conduct ?? []);
  return data.detention.items.filter((i) => i.conduct.some((f) => flags.has(f)));
}
