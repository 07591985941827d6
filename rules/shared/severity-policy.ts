/**
 * The severity policy (issue 10 §3), written into docs/rules.md by the generator and held by
 * test/engine/severity-policy.test.ts:
 *   error   — the record proves a violation of the cited provision;
 *   warning — a likely violation that needs a human look (a fact not recorded, an unconfirmed reading);
 *   info    — coverage, advice, pending deadlines.
 * A missed statutory deadline is an error whenever the dates are recorded and the counting is settled, whatever the
 * step (filing, decision, service, publication …); it is a warning only where the law leaves the counting unsettled.
 * A step the timeline does not record at all is "not recorded", a warning, never an error (execution/support.ts
 * checkPeriod). Every rule that computes a statutory deadline is listed here with the reason for its severity.
 * A proposed penalty (an open case without a decision) outside the law is a warning: nothing unlawful is decided
 * yet, but it should be corrected before deciding (src/engine/run.ts asProposal, meta.judgesPenalty).
 */
import type { Msg, Severity } from '../../src/engine/types.js';

export const SEVERITY_POLICY: Record<Severity, Msg> = {
  error: {
    zh: '记录证明违反了所引条款',
    en: 'the record proves a violation of the cited provision',
  },
  warning: {
    zh: '可能违法，需要人工核对（事实未记录、法律解读未确认、计算方法法无明文）',
    en: 'a likely violation that needs a human look (a fact not recorded, an unconfirmed reading, a counting the law leaves open)',
  },
  info: {
    zh: '检查覆盖情况、建议、尚未届满的期限',
    en: 'coverage, advice, pending deadlines',
  },
};

export interface DeadlineSeverity {
  /** true when the law settles how the period is counted (start, unit, length) */
  settled: boolean;
  reason: Msg;
}

export const DEADLINE_RULES: Record<string, DeadlineSeverity> = {
  'procedure/filing-deadline': {
    settled: false,
    reason: {
      zh: '立案期限的起算事件法无明文（受理线索、初步审查或收到监测报告），跨越2023-07-01的期间无过渡条款：警告',
      en: 'the texts do not say which event starts the filing clock (the clue, the preliminary review or the receipt of a monitoring report), and a period straddling 2023-07-01 has no transitional rule: warning',
    },
  },
  'procedure/decision-time-limit': {
    settled: true,
    reason: {
      zh: '办案期限自立案起算，期间和延长均由办法明定：错误',
      en: 'the handling limit runs from the filing, its length and extensions set by the measures: error',
    },
  },
  'procedure/statement-period': {
    settled: true,
    reason: {
      zh: '2023年办法为5个工作日；此前为告知书载明的期限，单位按告知书记录，未记录时按较短的自然日计算——据此提前即在任何计法下提前：错误；仅在配置的工作日计法下提前的为警告',
      en: '5 working days under the 2023 measures; before, the period the notice states, in the unit it states, else counted in calendar days, the shorter reading — early under it is early under any reading: error; early only under a configured working-day reading: warning',
    },
  },
  'procedure/hearing-request-window': {
    settled: true,
    reason: {
      zh: '2021年起5个工作日；行政处罚法(2017)“三日”的单位法无明文，按告知书记录的单位，未记录时按较短的自然日计算：错误；仅在配置的工作日计法下提前的为警告',
      en: '5 working days from 2021; the unit of the 2017 law’s 3 days is open, so the unit the notice states is used, else calendar days, the shorter reading: error; early only under a configured working-day reading: warning',
    },
  },
  'procedure/hearing-notice-period': {
    settled: true,
    reason: {
      zh: '听证七日前通知，行政处罚法明定：错误',
      en: 'notice 7 days before the hearing, set by the law: error',
    },
  },
  'procedure/evidence-preservation': {
    settled: true,
    reason: {
      zh: '先行登记保存后七日内作出处理决定，法律明定：错误',
      en: 'a decision on preserved evidence within 7 days, set by the law: error',
    },
  },
  'procedure/limitation-period': {
    settled: true,
    reason: {
      zh: '二年（涉及公民生命健康安全、金融安全且有危害后果的五年）追责时效，自行为终了起算：错误',
      en: 'two years (five where life, health, safety or finance is harmed) from the end of the act: error',
    },
  },
  'execution/decision-service-deadline': {
    settled: true,
    reason: {
      zh: '当事人不在场的，决定书七日内送达，法律明定：错误',
      en: 'a decision is served within 7 days when the party is absent, set by the law: error',
    },
  },
  'execution/publication-deadline': {
    settled: true,
    reason: {
      zh: '2023年7月1日起决定作出之日起7个工作日内公开：错误；此前须公开但无期限，未见公开记录的为警告',
      en: 'from 2023-07-01 within 7 working days of the decision: error; before, disclosure without a period, so an unrecorded disclosure is a warning',
    },
  },
  'execution/publication-withdrawal': {
    settled: true,
    reason: {
      zh: '决定变更、撤销后3个工作日内撤回公开信息，法律明定：错误',
      en: 'withdrawal within 3 working days of the change, set by the law: error',
    },
  },
  'execution/simple-procedure-conduct': {
    settled: false,
    reason: {
      zh: '规则的其他检查（执法人员人数、当场交付）依记录推断，默认警告；备案期限（3个工作日）有记录日期且逾期的单独报错误',
      en: 'the rule’s other checks (two officers, hand-over) infer from the record, so the default is a warning; a recorded late report for the record (3 working days) is itself an error',
    },
  },
  'execution/payment-deadline': {
    settled: false,
    reason: {
      zh: '15日缴款期限约束的是当事人；期满后机关加处罚款、催告或申请强制执行没有明定的日期：警告',
      en: 'the 15-day period binds the party; the agency’s follow-up (surcharge, reminder, court) has no fixed date: warning',
    },
  },
  'execution/enforcement-application-window': {
    settled: true,
    reason: {
      zh: '复议、诉讼期限届满之日起三个月内申请法院强制执行，行政强制法明定：错误',
      en: 'apply to court within 3 months after the remedy periods, set by the Administrative Compulsion Law: error',
    },
  },
  'execution/seizure-term': {
    settled: true,
    reason: {
      zh: '查封扣押期限三十日（延长不超过三十日），检测等期间不计入，行政强制法明定：错误',
      en: 'seizure up to 30 days (plus 30), testing time excluded, set by the Administrative Compulsion Law: error',
    },
  },
  'execution/crime-transfer': {
    settled: true,
    reason: {
      zh: '移送审批和移送的期限（三日、二十四小时）由移送规定明定：错误',
      en: 'the periods to approve and to hand over a transfer (3 days, 24 hours) are set by the transfer regulations: error',
    },
  },
  'execution/detention-transfer': {
    settled: true,
    reason: {
      zh: '移送行政拘留的期限由移送办法明定：错误',
      en: 'the period for transferring for detention is set by the transfer measures: error',
    },
  },
  'execution/production-limit': {
    settled: true,
    reason: {
      zh: '限制生产、停产整治的期限由实施办法明定：错误',
      en: 'the periods of production limits and suspension are set by the implementing measures: error',
    },
  },
};
