/** Names of the document types (`DocumentType`) as a reviewer calls them, for reports and messages. */
import type { Msg } from '../engine/types.js';
import type { DocumentType } from './case-data.js';

export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, Msg>> = {
  'filing-form': { zh: '立案审批表', en: 'filing approval form' },
  'inspection-record': { zh: '现场检查（勘察）笔录', en: 'inspection record' },
  'inquiry-record': { zh: '调查询问笔录', en: 'inquiry record' },
  'sampling-record': { zh: '采样记录', en: 'sampling record' },
  'monitoring-report': { zh: '监测报告', en: 'monitoring report' },
  photo: { zh: '照片', en: 'photograph' },
  'preservation-notice': { zh: '先行登记保存通知书', en: 'preservation notice' },
  'preservation-list': { zh: '先行登记保存清单', en: 'list of preserved evidence' },
  'preservation-decision': { zh: '登记保存处理决定书', en: 'decision on preserved evidence' },
  'correction-order': { zh: '责令改正违法行为决定书', en: 'order to correct' },
  'investigation-report': { zh: '调查终结报告', en: 'investigation report' },
  'case-review-form': { zh: '案件审查表', en: 'case review form' },
  'legal-review-opinion': { zh: '法制审核意见书', en: 'legal review opinion' },
  'collective-discussion-record': { zh: '集体讨论笔录', en: 'collective discussion record' },
  'prior-notice': { zh: '行政处罚事先告知书', en: 'prior notice' },
  'statement-record': { zh: '陈述申辩笔录', en: 'statement record' },
  'recheck-record': { zh: '复核意见', en: 'recheck record' },
  'hearing-notice': { zh: '听证通知书', en: 'hearing notice' },
  'hearing-record': { zh: '听证笔录', en: 'hearing record' },
  'hearing-report': { zh: '听证报告', en: 'hearing report' },
  'extension-approval': { zh: '延期审批表', en: 'extension approval' },
  decision: { zh: '行政处罚决定书', en: 'penalty decision' },
  'service-receipt': { zh: '送达回证', en: 'proof of service' },
  'e-service-consent': { zh: '电子送达确认书', en: 'consent to electronic service' },
  publication: { zh: '公开信息', en: 'published text' },
  'payment-receipt': { zh: '缴款凭证', en: 'payment receipt' },
  reminder: { zh: '催告书', en: 'reminder' },
  'enforcement-application': { zh: '强制执行申请书', en: 'application for enforcement' },
  'transfer-letter': { zh: '移送函', en: 'transfer letter' },
  'closure-form': { zh: '结案审批表', en: 'closure approval form' },
  'archive-list': { zh: '卷内目录', en: 'file index' },
  other: { zh: '其他材料', en: 'other document' },
};

export function documentTypeLabel(type: string): Msg {
  return (DOCUMENT_TYPE_LABELS as Record<string, Msg | undefined>)[type] ?? { zh: type, en: type };
}
