/**
 * The kind of the deciding agency. caselint's rules are written for ecology and environment bureaus (and their
 * predecessors, 环境保护局); a decision by another agency — e.g. a public-security detention after a transfer under
 * 环境保护法 §63 — follows other procedures and is out of their scope.
 */
export type AgencyKind =
  | 'ecology-environment' // 生态环境局／厅／部、环境保护局（环保局）、生态环境综合执法队伍
  | 'public-security' // 公安机关
  | 'market-regulation' // 市场监督管理
  | 'natural-resources' // 自然资源（国土）
  | 'water' // 水务／水利
  | 'housing-construction' // 住房城乡建设
  | 'urban-management' // 城市管理综合执法
  | 'agriculture' // 农业农村
  | 'transport' // 交通运输
  | 'maritime' // 海事
  | 'other';

export const AGENCY_KINDS: readonly AgencyKind[] = [
  'ecology-environment',
  'public-security',
  'market-regulation',
  'natural-resources',
  'water',
  'housing-construction',
  'urban-management',
  'agriculture',
  'transport',
  'maritime',
  'other',
];

const NAME_PATTERNS: [RegExp, AgencyKind][] = [
  [/生态环境|环境保护|环保|生态环境综合执法/u, 'ecology-environment'],
  [/公安|派出所/u, 'public-security'],
  [/市场监督|市场监管|工商行政管理/u, 'market-regulation'],
  [/自然资源|国土资源|规划和自然资源/u, 'natural-resources'],
  [/水务|水利/u, 'water'],
  [/住房和城乡建设|住房城乡建设|建设委员会|建设局/u, 'housing-construction'],
  [/城市管理|城管|综合行政执法/u, 'urban-management'],
  [/农业农村|农业局/u, 'agriculture'],
  [/交通运输/u, 'transport'],
  [/海事/u, 'maritime'],
];

/** the kind recorded in the case file, else the one the agency's name shows, else undefined (not recorded) */
export function agencyKindOf(
  recorded: AgencyKind | 'unknown' | undefined,
  name: string,
): AgencyKind | undefined {
  if (recorded && recorded !== 'unknown') return recorded;
  return NAME_PATTERNS.find(([pattern]) => pattern.test(name))?.[1];
}
