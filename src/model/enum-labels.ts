/**
 * Chinese names of the case file's closed vocabularies, keyed by where the enum sits in schemas/case.schema.json.
 * They let "did you mean" match what a user wrote in Chinese (事先告知书送达 → prior-notice-served) and show the
 * suggestion's meaning. The first label of a value is the one shown; the others are variants people write. The
 * names follow docs/case-format.md (test/model/enum-labels.test.ts keeps them in step with the schema and the doc).
 */
import type { Msg } from '../engine/types.js';
import type { DocumentType, PartyType, TimelineEventType } from './case-data.js';
import type { AgencyKind } from './agency.js';
import { PENALTY_KIND_LABELS } from './labels.js';

export interface Vocabulary {
  /** what the values are, for messages: 事件类型 / event type */
  name: Msg;
  labels: Readonly<Record<string, readonly string[]>>;
}

const EVENT_TYPES: Record<TimelineEventType, readonly string[]> = {
  'clue-received': ['线索受理', '受理线索'],
  'preliminary-review': ['初步审查'],
  inspection: ['现场检查', '现场勘察', '现场检查（勘察）'],
  sampling: ['采样'],
  'monitoring-report': ['监测报告出具', '监测报告'],
  'monitoring-report-received': ['收到监测报告'],
  'monitoring-result-notified': ['告知监测结果'],
  'filing-approved': ['立案审批', '立案'],
  'filing-extension-approved': ['立案期限延长'],
  inquiry: ['调查询问', '询问'],
  'recusal-requested': ['回避申请', '申请回避'],
  'recusal-decided': ['回避决定'],
  'preservation-approved': ['先行登记保存审批'],
  'evidence-preserved': ['先行登记保存'],
  'preservation-handled': ['保存证据处理决定'],
  seizure: ['查封、扣押', '查封扣押'],
  'seizure-extended': ['延长查封、扣押'],
  'seizure-released': ['解除查封、扣押'],
  'correction-ordered': ['责令改正违法行为决定书送达', '责令改正'],
  reinspection: ['复查'],
  suspended: ['案件中止', '中止调查'],
  resumed: ['恢复调查'],
  'investigation-report': ['调查终结报告', '调查终结'],
  'case-review': ['案件审查'],
  'legal-review': ['法制审核'],
  'collective-discussion': ['负责人集体讨论', '集体讨论'],
  'prior-notice-served': ['事先告知书送达', '行政处罚事先（听证）告知书送达', '事先告知'],
  'statement-received': ['陈述、申辩', '陈述申辩'],
  'statement-waived': ['放弃陈述、申辩'],
  recheck: ['复核'],
  'hearing-requested': ['听证申请', '申请听证'],
  'hearing-waived': ['放弃听证'],
  'hearing-notice-served': ['听证通知书送达'],
  'hearing-held': ['举行听证', '听证会'],
  'hearing-report': ['听证报告'],
  'extension-approved': ['办案期限延长', '延长办案期限'],
  decision: ['作出行政处罚决定', '处罚决定'],
  'decision-served': ['决定书送达', '处罚决定书送达'],
  'simple-decision-filed': ['当场处罚决定报所属行政机关备案', '当场处罚备案'],
  published: ['信息公开', '公示'],
  'publication-withdrawn': ['撤回公开'],
  'deferral-requested': ['申请延期、分期缴纳罚款'],
  'deferral-approved': ['延期、分期缴纳批准'],
  paid: ['缴纳罚款', '缴款'],
  surcharge: ['加处罚款'],
  'reminder-served': ['催告书送达', '催告'],
  'enforcement-applied': ['申请人民法院强制执行', '申请强制执行'],
  'reconsideration-filed': ['申请行政复议', '行政复议'],
  'litigation-filed': ['提起行政诉讼', '行政诉讼'],
  'decision-changed': ['决定变更、撤销'],
  'transfer-reported': ['移送涉嫌犯罪案件的书面报告'],
  'transfer-decided': ['移送审批'],
  transferred: ['移送'],
  closed: ['结案'],
  archived: ['归档'],
};

const DOCUMENT_TYPES: Record<DocumentType, readonly string[]> = {
  'filing-form': ['立案审批表'],
  'inspection-record': ['现场检查（勘察）笔录', '现场检查笔录', '勘察笔录'],
  'inquiry-record': ['调查询问笔录', '询问笔录'],
  'sampling-record': ['采样记录'],
  'monitoring-report': ['监测报告'],
  photo: ['照片'],
  'preservation-notice': ['先行登记保存通知书'],
  'preservation-list': ['先行登记保存清单'],
  'preservation-decision': ['保存证据处理决定'],
  'correction-order': ['责令改正违法行为决定书'],
  'investigation-report': ['调查终结报告'],
  'case-review-form': ['案件审查表'],
  'legal-review-opinion': ['法制审核意见书'],
  'collective-discussion-record': ['集体讨论记录'],
  'prior-notice': ['行政处罚事先（听证）告知书', '事先告知书'],
  'statement-record': ['陈述申辩笔录／材料', '陈述申辩笔录'],
  'recheck-record': ['复核意见'],
  'hearing-notice': ['听证通知书'],
  'hearing-record': ['听证笔录'],
  'hearing-report': ['听证报告'],
  'extension-approval': ['延期审批表'],
  decision: ['行政处罚决定书', '处罚决定书'],
  'service-receipt': ['送达回证'],
  'e-service-consent': ['电子送达确认书'],
  publication: ['公开文本'],
  'payment-receipt': ['缴款凭证'],
  reminder: ['催告书'],
  'enforcement-application': ['强制执行申请书'],
  'transfer-letter': ['移送书'],
  'closure-form': ['结案审批表'],
  'archive-list': ['卷内目录'],
  other: ['其他'],
};

const PARTY_TYPES: Record<PartyType, readonly string[]> = {
  organization: ['单位', '法人'],
  person: ['自然人', '公民', '个人'],
  'individual-business': ['个体工商户'],
};

const AGENCY_KINDS: Record<AgencyKind | 'unknown', readonly string[]> = {
  'ecology-environment': ['生态环境部门', '生态环境局', '环保局'],
  'public-security': ['公安机关'],
  'market-regulation': ['市场监督管理部门'],
  'natural-resources': ['自然资源部门'],
  water: ['水务部门'],
  'housing-construction': ['住房城乡建设部门'],
  'urban-management': ['城市管理部门'],
  agriculture: ['农业农村部门'],
  transport: ['交通运输部门'],
  maritime: ['海事部门'],
  other: ['其他'],
  unknown: ['不详'],
};

const PENALTY_KINDS = Object.fromEntries(
  Object.entries(PENALTY_KIND_LABELS).map(([kind, label]) => [kind, [label.zh]]),
);

const vocab = (zh: string, en: string, labels: Record<string, readonly string[]>): Vocabulary => ({
  name: { zh, en },
  labels,
});

/** schema location of the enum in schemas/case.schema.json → its vocabulary */
export const VOCABULARIES: Readonly<Record<string, Vocabulary>> = {
  '$defs/event/properties/event': vocab('事件类型', 'event type', EVENT_TYPES),
  '$defs/document/properties/type': vocab('文书类型', 'document type', DOCUMENT_TYPES),
  '$defs/party/properties/type': vocab('当事人类型', 'party type', PARTY_TYPES),
  '$defs/penalty/properties/kinds/items': vocab('处罚种类', 'penalty kind', PENALTY_KINDS),
  '$defs/caseHeader/properties/agency_kind': vocab('处罚机关类别', 'agency kind', AGENCY_KINDS),
  '$defs/caseHeader/properties/record': vocab('记录范围', 'record scope', {
    dossier: ['完整案卷'],
    partial: ['公开决定书或不完整档案', '不完整档案'],
  }),
  '$defs/caseHeader/properties/procedure': vocab('程序类型', 'procedure', {
    general: ['一般程序'],
    simple: ['简易程序'],
  }),
  '$defs/caseHeader/properties/status': vocab('案件状态', 'case status', {
    open: ['办理中'],
    decided: ['已决定'],
    executing: ['执行中'],
    closed: ['已结案'],
    archived: ['已归档'],
    terminated: ['终止调查'],
  }),
  '$defs/caseHeader/properties/flags/items': vocab('案件标记', 'case flag', {
    complex: ['复杂'],
    major: ['重大'],
    'major-public-interest': ['涉及重大公共利益'],
    'hearing-held': ['经过听证'],
    novel: ['新类型'],
  }),
  '$defs/party/properties/permit_class': vocab('排污许可管理类别', 'permit class', {
    key: ['重点管理'],
    simplified: ['简化管理'],
    registration: ['登记管理'],
  }),
  '$defs/evidence/properties/kind': vocab('证据种类', 'evidence kind', {
    documentary: ['书证'],
    physical: ['物证'],
    'audio-visual': ['视听资料'],
    electronic: ['电子数据'],
    witness: ['证人证言'],
    'party-statement': ['当事人的陈述', '当事人陈述'],
    'expert-opinion': ['鉴定意见'],
    record: ['勘验笔录、现场笔录', '现场笔录'],
    monitoring: ['监测报告'],
  }),
  '$defs/event/properties/method': vocab('送达方式', 'service method', {
    direct: ['直接送达'],
    'on-the-spot': ['当场送达', '当场交付'],
    'left-at-residence': ['留置送达'],
    entrusted: ['委托送达'],
    mail: ['邮寄送达'],
    electronic: ['电子送达'],
    'public-notice': ['公告送达'],
  }),
  '$defs/discretion/properties/level': vocab('裁量档次', 'discretion level', {
    lighter: ['从轻'],
    mitigated: ['减轻'],
    ordinary: ['一般'],
    heavier: ['从重'],
    none: ['不予处罚'],
  }),
  '$defs/penalty/properties/treatment': vocab('处罚裁量', 'treatment', {
    lighter: ['从轻'],
    mitigated: ['减轻'],
    heavier: ['从重'],
    ordinary: ['一般'],
  }),
  '$defs/document/properties/volume': vocab('卷别', 'volume', {
    main: ['主卷'],
    secondary: ['副卷'],
  }),
  '$defs/measure/properties/measure': vocab('配套措施', 'measure', {
    'daily-penalty': ['按日连续处罚'],
    seizure: ['查封、扣押', '查封扣押'],
    'restrict-production': ['责令限制生产', '限制生产'],
    'suspend-rectify': ['责令停产整治', '停产整治'],
    'suspend-business-close': ['报请人民政府责令停业、关闭'],
  }),
};

/**
 * The vocabulary whose values are exactly `allowed` (an ajv enum error's allowedValues: its schemaPath is relative
 * to the referenced definition, so the values are what tells the vocabularies apart).
 */
export function vocabularyOf(allowed: readonly string[]): Vocabulary | undefined {
  return Object.values(VOCABULARIES).find(
    (v) => Object.keys(v.labels).length === allowed.length && allowed.every((a) => a in v.labels),
  );
}
