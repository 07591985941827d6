/**
 * Scope by deciding agency: rules are written for ecology and environment agencies unless their meta says
 * `agencies: 'any'`. On a case decided by another kind of agency they do not run and the case's coverage says why.
 */
import type { Case } from '../model/case.js';
import type { AgencyKind } from '../model/agency.js';
import type { Gap, Msg, RuleMeta } from './types.js';

const AGENCY_LABEL: Record<AgencyKind, Msg> = {
  'ecology-environment': { zh: '生态环境部门', en: 'an ecology and environment agency' },
  'public-security': { zh: '公安机关', en: 'a public-security organ' },
  'market-regulation': { zh: '市场监督管理部门', en: 'a market-regulation agency' },
  'natural-resources': { zh: '自然资源部门', en: 'a natural-resources agency' },
  water: { zh: '水行政部门', en: 'a water agency' },
  'housing-construction': { zh: '住房城乡建设部门', en: 'a housing and construction agency' },
  'urban-management': { zh: '城市管理综合执法部门', en: 'an urban-management agency' },
  agriculture: { zh: '农业农村部门', en: 'an agriculture agency' },
  transport: { zh: '交通运输部门', en: 'a transport agency' },
  maritime: { zh: '海事管理机构', en: 'a maritime agency' },
  other: { zh: '非生态环境部门', en: 'an agency other than an environmental one' },
};

export function agencyLabel(kind: AgencyKind): Msg {
  return AGENCY_LABEL[kind];
}

export function agencyScopeGap(c: Case, meta: RuleMeta): Gap | undefined {
  if (meta.agencies === 'any') return undefined;
  const kind = c.agencyKind;
  if (kind === undefined || kind === 'ecology-environment') return undefined;
  const label = AGENCY_LABEL[kind];
  return {
    fact: `agency-kind:${kind}`,
    kind: 'out-of-scope',
    label: {
      zh: `决定机关为${label.zh}，生态环境执法规则不适用`,
      en: `the deciding agency is ${label.en}; the environmental-enforcement rules do not apply`,
    },
    path: '/case/agency',
  };
}
