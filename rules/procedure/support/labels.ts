/** Display names of timeline steps in both languages. */
import type { PenaltyKind, TimelineEventType } from '../../../src/model/case-data.js';
import type { Msg } from '../../../src/engine/types.js';

const ZH: Partial<Record<TimelineEventType, string>> = {
  'clue-received': '线索受理',
  'preliminary-review': '初步审查',
  inspection: '现场检查',
  sampling: '采样',
  'monitoring-report': '监测报告',
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

const KIND_ZH: Record<PenaltyKind, string> = {
  warning: '警告',
  criticism: '通报批评',
  fine: '罚款',
  'confiscate-gains': '没收违法所得',
  'confiscate-property': '没收非法财物',
  'suspend-licence': '暂扣许可证件',
  'lower-qualification': '降低资质等级',
  'revoke-licence': '吊销许可证件',
  'restrict-production': '限制开展生产经营活动', // the statutory name (行政处罚法 2021 §9(4); 2023 办法 §8(4))
  'suspend-rectify': '责令停产整治',
  'suspend-business': '责令停产停业',
  close: '责令关闭',
  'restrict-practice': '限制从业',
  'ban-practice': '禁止从业',
  'no-licence-period': '一定时期内不得申请行政许可',
  detention: '行政拘留',
};

const KIND_EN: Record<PenaltyKind, string> = {
  warning: 'a warning',
  criticism: 'a public criticism',
  fine: 'a fine',
  'confiscate-gains': 'confiscation of illegal gains',
  'confiscate-property': 'confiscation of illegal property',
  'suspend-licence': 'suspension of a licence',
  'lower-qualification': 'lowering of a qualification grade',
  'revoke-licence': 'revocation of a licence',
  'restrict-production': 'a limit on production and business activities',
  'suspend-rectify': 'suspension of production for rectification',
  'suspend-business': 'suspension of production or business',
  close: 'closure',
  'restrict-practice': 'a restriction on practising',
  'ban-practice': 'a ban on practising',
  'no-licence-period': 'a ban on applying for licences for a period',
  detention: 'administrative detention',
};

export function kindNames(kinds: PenaltyKind[]): Msg {
  return { zh: kinds.map((k) => KIND_ZH[k]).join('、'), en: kinds.map((k) => KIND_EN[k]).join(', ') };
}
