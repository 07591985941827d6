/** Display names of timeline steps in both languages. */
import type { TimelineEventType } from '../../../src/model/case-data.js';
import { penaltyKindNames } from '../../../src/model/labels.js';
import type { Msg } from '../../../src/engine/types.js';

const ZH: Partial<Record<TimelineEventType, string>> = {
  'clue-received': '线索受理',
  'preliminary-review': '初步审查',
  inspection: '现场检查',
  sampling: '采样',
  'monitoring-report': '监测报告',
  'monitoring-report-received': '收到监测报告',
  'filing-approved': '立案审批',
  'filing-extension-approved': '立案期限延长审批',
  inquiry: '调查询问',
  'recusal-requested': '回避申请',
  'recusal-decided': '回避决定',
  'preservation-approved': '先行登记保存审批',
  'evidence-preserved': '先行登记保存',
  'preservation-handled': '保存证据处理决定',
  'correction-ordered': '责令改正',
  reinspection: '复查',
  suspended: '中止调查',
  resumed: '恢复调查',
  'investigation-report': '调查终结报告',
  'case-review': '案件审查',
  'legal-review': '法制审核',
  'collective-discussion': '集体讨论',
  'prior-notice-served': '事先告知书送达',
  'statement-received': '陈述申辩',
  'statement-waived': '放弃陈述申辩',
  recheck: '复核',
  'hearing-requested': '听证申请',
  'hearing-waived': '放弃听证',
  'hearing-notice-served': '听证通知书送达',
  'hearing-held': '听证会',
  'hearing-report': '听证报告',
  'extension-approved': '办案期限延长审批',
  decision: '处罚决定',
  'decision-served': '决定书送达',
};

const EN: Partial<Record<TimelineEventType, string>> = {
  'prior-notice-served': 'service of the prior notice',
  'hearing-notice-served': 'service of the hearing notice',
  'hearing-held': 'hearing',
  'decision-served': 'service of the decision',
  'filing-approved': 'filing approval',
  'case-review': 'case review',
  'legal-review': 'legal review',
  'collective-discussion': 'collective discussion',
  'investigation-report': 'investigation report',
};

export function stepName(type: TimelineEventType): Msg {
  return { zh: ZH[type] ?? type, en: EN[type] ?? type.replace(/-/g, ' ') };
}

/** the display names of several penalty kinds (statutory names, see src/model/labels.ts) */
export const kindNames = penaltyKindNames;
