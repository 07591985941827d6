/** Short labels of timeline events for the HTML timeline. */
import type { Msg } from '../../engine/types.js';

const LABELS: Record<string, Msg> = {
  'clue-received': { zh: '线索受理', en: 'Clue' },
  'preliminary-review': { zh: '初步审查', en: 'Review' },
  inspection: { zh: '现场检查', en: 'Inspection' },
  sampling: { zh: '采样', en: 'Sampling' },
  'monitoring-report': { zh: '监测报告', en: 'Monitoring report' },
  'monitoring-report-received': { zh: '收到监测报告', en: 'Report received' },
  'monitoring-result-notified': { zh: '告知监测结果', en: 'Result notified' },
  'filing-approved': { zh: '立案', en: 'Filed' },
  'filing-extension-approved': { zh: '立案延期', en: 'Filing extended' },
  inquiry: { zh: '调查询问', en: 'Inquiry' },
  'recusal-requested': { zh: '申请回避', en: 'Recusal requested' },
  'recusal-decided': { zh: '回避决定', en: 'Recusal decided' },
  'preservation-approved': { zh: '登记保存审批', en: 'Preservation approved' },
  'evidence-preserved': { zh: '先行登记保存', en: 'Evidence preserved' },
  'preservation-handled': { zh: '保存处理', en: 'Preservation handled' },
  seizure: { zh: '查封扣押', en: 'Seizure' },
  'seizure-released': { zh: '解除查封', en: 'Seizure released' },
  'correction-ordered': { zh: '责令改正', en: 'Correction ordered' },
  reinspection: { zh: '复查', en: 'Re-inspection' },
  suspended: { zh: '中止', en: 'Suspended' },
  resumed: { zh: '恢复', en: 'Resumed' },
  'investigation-report': { zh: '调查终结', en: 'Investigation report' },
  'case-review': { zh: '案件审查', en: 'Case review' },
  'legal-review': { zh: '法制审核', en: 'Legal review' },
  'collective-discussion': { zh: '集体讨论', en: 'Collective discussion' },
  'prior-notice-served': { zh: '事先告知', en: 'Prior notice' },
  'statement-received': { zh: '陈述申辩', en: 'Statement' },
  'statement-waived': { zh: '放弃陈述', en: 'Statement waived' },
  recheck: { zh: '复核', en: 'Recheck' },
  'hearing-requested': { zh: '申请听证', en: 'Hearing requested' },
  'hearing-waived': { zh: '放弃听证', en: 'Hearing waived' },
  'hearing-notice-served': { zh: '听证通知', en: 'Hearing notice' },
  'hearing-held': { zh: '听证', en: 'Hearing' },
  'hearing-report': { zh: '听证报告', en: 'Hearing report' },
  'extension-approved': { zh: '延长办案期限', en: 'Extension' },
  decision: { zh: '处罚决定', en: 'Decision' },
  'decision-served': { zh: '送达', en: 'Served' },
  published: { zh: '公开', en: 'Published' },
  'publication-withdrawn': { zh: '撤回公开', en: 'Withdrawn' },
  'deferral-approved': { zh: '延期缴纳', en: 'Deferral' },
  paid: { zh: '缴款', en: 'Paid' },
  surcharge: { zh: '加处罚款', en: 'Surcharge' },
  'reminder-served': { zh: '催告', en: 'Reminder' },
  'enforcement-applied': { zh: '申请强制执行', en: 'Enforcement' },
  'reconsideration-filed': { zh: '行政复议', en: 'Reconsideration' },
  'litigation-filed': { zh: '行政诉讼', en: 'Litigation' },
  'decision-changed': { zh: '决定变更', en: 'Decision changed' },
  'transfer-decided': { zh: '移送审批', en: 'Transfer decided' },
  transferred: { zh: '移送', en: 'Transferred' },
  closed: { zh: '结案', en: 'Closed' },
  archived: { zh: '归档', en: 'Archived' },
};

export function eventLabel(event: string): Msg {
  return LABELS[event] ?? { zh: event, en: event };
}

export const STATUS_LABEL: Record<string, Msg> = {
  open: { zh: '办理中', en: 'open' },
  decided: { zh: '已决定', en: 'decided' },
  executing: { zh: '执行中', en: 'executing' },
  closed: { zh: '已结案', en: 'closed' },
  archived: { zh: '已归档', en: 'archived' },
  terminated: { zh: '已终止', en: 'terminated' },
};

export const WINDOW_STATUS: Record<string, Msg> = {
  met: { zh: '按期', en: 'met' },
  late: { zh: '超期', en: 'late' },
  pending: { zh: '进行中', en: 'running' },
  overdue: { zh: '已逾期', en: 'overdue' },
};
