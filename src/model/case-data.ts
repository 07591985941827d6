import type { AgencyKind } from './agency.js';

/**
 * The case file as written by a user (case.yaml / case.json), format `caselint/1`.
 * This is the contract between `schemas/case.schema.json`, the loader, the model builder and the rules.
 * Field names are snake_case as in the file. Dates are ISO 8601 civil dates (YYYY-MM-DD, China time).
 * Money is in yuan. Every field is documented with its Chinese term in docs/case-format.md.
 */

export type IsoDate = string;
/** A date as a case file may give it: YYYY-MM-DD, YYYY-MM, YYYY (a YAML number when unquoted), or `unknown`. */
export type PartialDate = string | number;
export type Yuan = number;

export type CaseSource =
  | '双随机' // random inspection
  | '日常检查'
  | '信访' // petition
  | '12345' // citizen hotline
  | '12369' // environmental hotline
  | '举报' // report by the public
  | '移送' // transferred from another agency
  | '督察' // central / municipal inspection
  | '自动监控' // online monitoring alarm
  | '其他';

export type ProcedureType = 'general' | 'simple';
export type CaseStatus = 'open' | 'decided' | 'executing' | 'closed' | 'archived' | 'terminated';
/**
 * person 自然人, organization 单位 (法人或者非法人组织), individual-business 个体工商户: a natural person trading under a
 * registration (民法典 §54); clauses on 其他生产经营者 reach it, and it is a 公民 for the thresholds of 行政处罚法.
 */
export type PartyType = 'person' | 'organization' | 'individual-business';

/** A structured reference to a legal provision. `law` may be any alias (大气法, 《中华人民共和国大气污染防治法》…). */
export interface LawRefData {
  law: string;
  /** Article number as an integer, or as Chinese text (第一百零八条). One of article / cite is required. */
  article?: number;
  paragraph?: number;
  item?: number;
  /** Free-form Chinese citation, e.g. 第一百零八条第一款第（一）项; parsed into article/paragraph/item. */
  cite?: string;
  /** Optional catalogue key (e.g. APL-108-1) when the author knows it. */
  clause?: string;
}

export interface OfficerData {
  name: string;
  /** 执法证件号 */
  certificate?: string;
  certificate_valid_from?: IsoDate;
  certificate_valid_to?: IsoDate;
  /** roles in the case: investigator, reviewer, legal-reviewer, presider, head … */
  roles?: string[];
  /** 法律职业资格 (for legal reviewers) */
  legal_qualification?: boolean;
}

export interface PartyData {
  type: PartyType;
  name: string;
  /** 统一社会信用代码 (GB 32100), organisations and individual businesses (from the registration) */
  credit_code?: string;
  /** 身份证号 (GB 11643), persons; for an individual business, the operator's */
  id_number?: string;
  /** 工商注册号 (15 digits, before the unified code) */
  registration_number?: string;
  /** 组织机构代码 (GB 11714: 8 characters + check character, before the unified code) */
  organization_code?: string;
  representative?: string;
  address?: string;
  phone?: string;
  /** age at the time of the act, persons (行政处罚法 2021 §30) */
  age_at_act?: number;
  /** 重点排污单位 */
  key_discharger?: boolean;
  /**
   * 排污许可管理类别 (排污许可管理条例 §6): key 重点管理, simplified 简化管理, registration 登记管理 (no permit; 排污登记).
   * Unrecorded: the checks that depend on it do not run.
   */
  permit_class?: 'key' | 'simplified' | 'registration';
  /** previous penalties for the same kind of act (for 首违不罚 and 从重) */
  prior_violations?: {
    decision_number?: string;
    date: IsoDate;
    same_kind?: boolean;
    /** that decision penalised the very act of this case (一事不再罚, 行政处罚法 2021 §29) */
    same_act?: boolean;
    /** fine imposed by that decision, yuan */
    fine?: Yuan;
  }[];
}

export interface ViolationData {
  facts: string;
  /** category used in statistics, e.g. 大气, 水, 固废, 危废, 环评, 噪声, 辐射, 土壤, 排污许可 */
  type?: string;
  started_on?: IsoDate;
  ended_on?: IsoDate;
  continuing?: boolean;
  discovered_on?: IsoDate;
  location?: string;
  /** 违反条款 (conduct provisions) */
  violated: LawRefData[];
  /** 处罚依据 (penalty provisions); may be left out of a no-penalty decision (penalty.no_penalty gives its basis) */
  basis?: LawRefData[];
  /** harm to life, health, safety or finance (行政处罚法 2021 §36 five-year limitation) */
  harm?: {
    life_health_safety?: boolean;
    financial?: boolean;
    consequences?: boolean;
    /** 已造成严重污染 (查封扣押办法 §4 ¶2: seizure mandatory) */
    serious_pollution?: boolean;
    description?: string;
  };
  /** measured quantities used by criminal-threshold, per-day and production-limit checks */
  measurements?: MeasurementData[];
  /** 重点污染物排放总量: discharged amount against the daily or annual limit (限产停产办法 §5, §6(3)) */
  total_load?: TotalLoadData[];
  /** amounts that fine ranges are computed from */
  bases?: {
    illegal_gains?: Yuan;
    total_investment?: Yuan;
    goods_value?: Yuan;
    direct_loss?: Yuan;
    disposal_cost?: Yuan;
    fees_owed?: Yuan;
    units?: number;
    occurrences?: number;
  };
  /** evidence list (行政处罚法 2021 §46 kinds) */
  evidence?: EvidenceData[];
  /** conduct flags for transfer and no-penalty checks */
  conduct?: ConductFlag[];
  /** hazardous waste quantity illegally disposed, tonnes */
  hazardous_waste_tonnes?: number;
}

export type ConductFlag =
  | 'refused-stop-after-order' // 被责令停止建设，拒不执行 (环境保护法 §63(1))
  | 'no-permit-refused-stop' // 未取得排污许可证排放污染物，被责令停止排污，拒不执行 (§63(2))
  | 'evasion' // 暗管、渗井、篡改伪造监测数据、不正常运行防治污染设施 (§63(3))
  | 'banned-pesticide' // 生产、使用国家明令禁止生产、使用的农药，被责令改正，拒不改正 (§63(4))
  | 'falsified-monitoring-data'
  | 'hidden-pipe'
  | 'abnormal-operation'
  | 'unlicensed-hazardous-waste-handover'
  | 'hazardous-waste-dumping'
  | 'discharge-after-incident' // 较大以上突发环境事件后未执行停产、停排措施，继续排污 (查封扣押办法 §4(5))
  | 'protected-zone-discharge' // 在饮用水水源一级保护区、自然保护区核心区排放、倾倒、处置污染物 (§4(2))
  | 'industrial-sludge-dumping' // 排放、倾倒化工、制药、石化、印染、电镀、造纸、制革等工业污泥 (§4(3))
  | 'incident-excess' // 因突发事件造成超标或者超总量 (限产停产办法 §6(5))
  | 'excess-after-production-limit' // 被责令限制生产后仍然超标 (§6(4))
  | 'resumed-during-suspension'; // 被责令停产整治后拒不停产或者擅自恢复生产 (§8(2))

/** 重点污染物排放总量 against its control limit */
export interface TotalLoadData {
  pollutant: string;
  /** 日最高允许排放总量 (day) or 年度控制指标 (year) */
  period: 'day' | 'year';
  limit: number;
  amount: number;
  unit: string;
}

export interface MeasurementData {
  pollutant: string;
  value: number;
  unit: string;
  standard?: number;
  /** ratio to the standard (value / standard); computed when both are given */
  times_standard?: number;
  heavy_metal?: boolean;
  /** 持久性有机污染物 */
  persistent_organic?: boolean;
  /** monitoring point is an outlet / discharge to environment */
  sampled_on?: IsoDate;
}

export interface EvidenceData {
  kind:
    | 'documentary' // 书证
    | 'physical' // 物证
    | 'audio-visual' // 视听资料
    | 'electronic' // 电子数据
    | 'witness' // 证人证言
    | 'party-statement' // 当事人的陈述
    | 'expert-opinion' // 鉴定意见
    | 'record' // 勘验笔录、现场笔录
    | 'monitoring'; // 监测报告 (documentary, recorded separately)
  description: string;
  document?: string;
  lawful?: boolean;
  /** automatic monitoring data */
  automatic_monitoring?: boolean;
}

export type DiscretionLevel = 'lighter' | 'mitigated' | 'ordinary' | 'heavier' | 'none';

export interface DiscretionData {
  /** benchmark id, e.g. SH-BENCH-2020 */
  benchmark?: string;
  model?: string;
  level?: DiscretionLevel;
  factors?: { factor: string; level?: string; value?: number; evidence?: string }[];
  /** amount the benchmark formula gives */
  computed_fine?: Yuan;
  explanation?: string;
  /** statutory grounds for lighter / mitigated treatment (行政处罚法 2021 §30, §32; 2017 §25, §27) */
  mitigating?: MitigatingGround[];
  /** the benchmark's discretionary circumstances (首次违法, 违法规模较小, 及时改正 …): not statutory grounds */
  circumstances?: string[];
  aggravating?: string[];
}

export type MitigatingGround =
  | 'removed-harm' // 主动消除或者减轻违法行为危害后果 §32(1)
  | 'coerced' // 受他人胁迫或者诱骗 §32(2)
  | 'confessed' // 主动供述 §32(3)
  | 'meritorious' // 配合查处有立功表现 §32(4)
  | 'minor-14-18' // §30
  | 'other-legal';

export type PenaltyKind =
  | 'warning' // 警告
  | 'criticism' // 通报批评
  | 'fine' // 罚款
  | 'confiscate-gains' // 没收违法所得
  | 'confiscate-property' // 没收非法财物
  | 'suspend-licence' // 暂扣许可证件
  | 'lower-qualification' // 降低资质等级
  | 'revoke-licence' // 吊销许可证件
  | 'restrict-production' // 限制开展生产经营活动 (行政处罚法 2021 §9(4)); 限制生产 in the 2014 measures
  | 'suspend-rectify' // 停产整治
  | 'suspend-business' // 责令停产停业
  | 'close' // 责令关闭
  | 'restrict-practice' // 限制从业
  | 'ban-practice' // 禁止从业
  | 'no-licence-period' // 一定时期内不得申请行政许可
  | 'detention'; // 行政拘留 (by the police, after transfer)

export type NoPenaltyGround =
  | 'minor-corrected-no-harm' // 行政处罚法 2021 §33(1) first sentence
  | 'first-offence' // 首违不罚 §33(1) second sentence (from 2021-07-15)
  | 'no-fault' // §33(2)
  | 'limitation-expired' // §36
  | 'under-14' // §30
  | 'mental-illness'; // §31

export interface PenaltyData {
  kinds: PenaltyKind[];
  fine?: Yuan;
  /** 罚款 per day × days for 按日连续处罚 */
  daily?: {
    original_fine: Yuan;
    days: number;
    order_served_on?: IsoDate;
    reinspected_on?: IsoDate;
    /** the penalty provisions of the original decision (e.g. 大气法 §99(2)): the conduct on the per-day list */
    original_basis?: LawRefData[];
    /** 原处罚决定书文号 */
    original_decision?: string;
  };
  confiscated_gains?: Yuan;
  /** 责令改正 / 限期改正 orders */
  orders?: { text: string; deadline?: IsoDate }[];
  /** 从轻 / 减轻 */
  treatment?: 'lighter' | 'mitigated' | 'heavier' | 'ordinary';
  /** grounds for lighter / mitigated treatment, with citation */
  treatment_grounds?: {
    ground: MitigatingGround | string;
    /**
     * statutory: a ground of 行政处罚法 2021 §30/§32 (2017 §25/§27); discretionary: a benchmark circumstance. Left out:
     * statutory when `ground` is one of the MitigatingGround codes, otherwise discretionary.
     */
    kind?: 'statutory' | 'discretionary';
    basis?: LawRefData;
    /** documents[].id of the evidence supporting the ground */
    evidence?: string;
    note?: string;
  }[];
  /** no penalty decided, with its ground and legal basis (e.g. 行政处罚法 2021 §33 ¶1 for 首违不罚) */
  no_penalty?: { ground: NoPenaltyGround; basis?: LawRefData; note?: string };
  /** payment period stated in the decision, days */
  payment_days?: number;
  /** payee, e.g. a designated bank (罚缴分离) */
  payee?: { kind: 'bank' | 'e-payment' | 'agency-account' | 'on-the-spot'; name?: string };
  /** remedies stated in the decision */
  remedies?: {
    reconsideration_body?: string;
    reconsideration_days?: number;
    court?: string;
    litigation_months?: number;
    /** the decision tells the party to apply for reconsideration before suing (行政复议法 2023 §23) */
    reconsideration_first?: boolean;
  };
}

export type TimelineEventType =
  | 'clue-received' // 线索受理
  | 'preliminary-review' // 初步审查
  | 'inspection' // 现场检查
  | 'sampling' // 采样
  | 'monitoring-report' // 监测报告出具
  | 'monitoring-report-received' // 收到监测报告（执法机构收到监测机构出具的报告）
  | 'monitoring-result-notified' // 告知监测结果
  | 'filing-approved' // 立案审批
  | 'filing-extension-approved' // 立案期限延长
  | 'inquiry' // 调查询问
  | 'recusal-requested' // 回避申请
  | 'recusal-decided' // 回避决定
  | 'preservation-approved' // 先行登记保存审批
  | 'evidence-preserved' // 先行登记保存
  | 'preservation-handled' // 保存证据处理决定
  | 'seizure' // 查封扣押
  | 'seizure-extended' // 延长查封扣押 (days, approved_by)
  | 'seizure-released' // 解除查封扣押
  | 'correction-ordered' // 责令改正违法行为决定书送达
  | 'reinspection' // 复查
  | 'suspended' // 案件中止
  | 'resumed' // 恢复调查
  | 'investigation-report' // 调查终结报告
  | 'case-review' // 案件审查
  | 'legal-review' // 法制审核
  | 'collective-discussion' // 集体讨论
  | 'prior-notice-served' // 行政处罚事先（听证）告知书送达
  | 'statement-received' // 陈述申辩
  | 'statement-waived' // 放弃陈述申辩
  | 'recheck' // 复核
  | 'hearing-requested' // 听证申请
  | 'hearing-waived' // 放弃听证
  | 'hearing-notice-served' // 听证通知书送达
  | 'hearing-held' // 听证会
  | 'hearing-report' // 听证报告
  | 'extension-approved' // 办案期限延长
  | 'decision' // 行政处罚决定
  | 'decision-served' // 决定书送达
  | 'simple-decision-filed' // 当场处罚决定报所属行政机关备案
  | 'published' // 信息公开
  | 'publication-withdrawn' // 撤回公开
  | 'deferral-requested' // 当事人申请延期、分期缴纳罚款
  | 'deferral-approved' // 延期、分期缴纳批准
  | 'paid' // 缴纳罚款
  | 'surcharge' // 加处罚款
  | 'reminder-served' // 催告书送达
  | 'enforcement-applied' // 申请法院强制执行
  | 'reconsideration-filed' // 申请行政复议
  | 'litigation-filed' // 提起行政诉讼
  | 'decision-changed' // 决定变更、撤销
  | 'transfer-reported' // 移送涉嫌犯罪案件的书面报告 (国务院令第310号 §5)
  | 'transfer-decided' // 移送审批
  | 'transferred' // 移送 (detention / criminal)
  | 'closed' // 结案
  | 'archived'; // 归档

export type ServiceMethod =
  | 'direct' // 直接送达
  | 'on-the-spot' // 当场交付
  | 'left-at-residence' // 留置送达
  | 'entrusted' // 委托送达
  | 'mail' // 邮寄送达
  | 'electronic' // 电子送达
  | 'public-notice'; // 公告送达

export interface TimelineEventData {
  event: TimelineEventType;
  date: IsoDate;
  /** HH:MM, China time; for hour limits (24-hour hand-over) */
  time?: string;
  /** officer names (must appear in officers[]) */
  officers?: string[];
  /** the person who approved (负责人) */
  approved_by?: string;
  /** document ids (documents[].id) that record this step */
  documents?: string[];
  /** for service events: which document was served */
  served_document?: string;
  method?: ServiceMethod;
  /** electronic service: signed consent on file */
  consent?: boolean;
  /** proof of service (送达回证, 邮寄回执) document id */
  proof?: string;
  /** legal review / collective discussion outcome */
  outcome?: 'pass' | 'fail' | 'agree' | 'disagree' | 'return';
  /** re-inspection: what it found (按日连续处罚办法 §12–13) */
  result?: ReinspectionResult;
  /** re-inspection made by undercover check (暗查, 按日连续处罚办法 §10) */
  undercover?: boolean;
  /** prior notice: proposed penalty and contents */
  proposed?: { kinds: PenaltyKind[]; fine?: Yuan };
  /** prior notice: hearing right stated */
  hearing_right?: boolean;
  /** prior notice: statement period granted, days */
  statement_days?: number;
  /** prior notice: unit of statement_days as the notice states it (日 = day, 工作日 = workday) */
  statement_days_unit?: 'day' | 'workday';
  /** prior notice: hearing-request period the notice states, and its unit */
  hearing_request_days?: number;
  hearing_request_days_unit?: 'day' | 'workday';
  /** prior notice: the statement period ran out without a statement or defence */
  statement_lapsed?: boolean;
  /**
   * prior notice given orally (简易程序 / 当场处罚, 行政处罚法 2021 §44 with §52): no written notice and no proof of
   * service; `recorded_in` names the document that records it (usually the on-the-spot decision)
   */
  oral?: boolean;
  recorded_in?: string;
  /** contents ticked on a checklist, e.g. facts, reasons, basis, rights, proposed-penalty */
  contents?: string[];
  /** transfer kind */
  kind?: 'detention' | 'criminal' | 'jurisdiction';
  /** receiving body */
  recipient?: string;
  /** copy to procuratorate (抄送检察院) */
  copied_to_procuratorate?: boolean;
  /** extension: days granted, and by head or collective discussion */
  days?: number;
  /** legal reviewer / presider / participants */
  reviewer?: string;
  presider?: string;
  participants?: string[];
  /** amount paid, surcharge amount */
  amount?: Yuan;
  /** end date of a suspension, deferral, seizure */
  until?: IsoDate;
  /** seizure: days of testing, inspection, quarantine or appraisal, not counted in the term (行政强制法 §25 ¶3) */
  testing_days?: number;
  /** ground (closure, suspension, recusal, triggers) */
  ground?: string;
  /** recusal: the person whose recusal was requested */
  person?: string;
  /** free note */
  note?: string;
}

export type ReinspectionResult =
  | 'corrected' // 已改正
  | 'continuing' // 仍在继续违法排放污染物 (拒不改正, §13(1))
  | 'obstructed' // 拒绝、阻挠复查 (拒不改正, §13(2))
  | 'stopped'; // 已经停产、停业、关闭 (§12 ¶2)

export type DocumentType =
  | 'filing-form' // 立案审批表
  | 'inspection-record' // 现场检查（勘察）笔录
  | 'inquiry-record' // 调查询问笔录
  | 'sampling-record' // 采样记录
  | 'monitoring-report' // 监测报告
  | 'photo' // 照片
  | 'preservation-notice' // 先行登记保存通知书
  | 'preservation-list' // 先行登记保存清单
  | 'preservation-decision' // 保存证据处理决定
  | 'correction-order' // 责令改正违法行为决定书
  | 'investigation-report' // 调查终结报告
  | 'case-review-form' // 案件审查表
  | 'legal-review-opinion' // 法制审核意见书
  | 'collective-discussion-record' // 集体讨论记录
  | 'prior-notice' // 行政处罚事先（听证）告知书
  | 'statement-record' // 陈述申辩笔录/材料
  | 'recheck-record' // 复核意见
  | 'hearing-notice' // 听证通知书
  | 'hearing-record' // 听证笔录
  | 'hearing-report' // 听证报告
  | 'extension-approval' // 延期审批表
  | 'decision' // 行政处罚决定书
  | 'service-receipt' // 送达回证
  | 'e-service-consent' // 电子送达确认书
  | 'publication' // 公开文本
  | 'payment-receipt' // 缴款凭证
  | 'reminder' // 催告书
  | 'enforcement-application' // 强制执行申请书
  | 'transfer-letter' // 移送书
  | 'closure-form' // 结案审批表
  | 'archive-list' // 卷内目录
  | 'other';

export interface DocumentData {
  id: string;
  type: DocumentType;
  /** path relative to the case folder */
  file?: string;
  sha256?: string;
  title?: string;
  date?: IsoDate;
  /** 文书编号 */
  number?: string;
  signed_by?: string[];
  sealed?: boolean;
  /** 主卷 / 副卷 */
  volume?: 'main' | 'secondary';
  /** position in the volume (卷内顺序) */
  order?: number;
  /** scanned image: text not checkable */
  scanned?: boolean;
}

export interface WaiverData {
  rule: string;
  reason: string;
  approved_by: string;
  date: IsoDate;
  /** optional JSON pointer narrowing the waiver to one finding location */
  path?: string;
}

export interface CaseHeaderData {
  /** 案件编号 / 决定书文号, e.g. 沪普环罚〔2020〕12号 (in the file, one of number / id is required) */
  number: string;
  /** an identifier for a case without a number (archive reference) */
  id?: string;
  /** kind of the deciding agency; when absent, read from the name (src/model/agency.ts) */
  agency_kind?: AgencyKind | 'unknown';
  /** dossier: the whole case file; partial: a published decision or an incomplete archive (see Case.record) */
  record?: 'dossier' | 'partial';
  /** 立案编号 */
  filing_number?: string;
  agency: string;
  /** jurisdiction code for thresholds and benchmarks, e.g. CN-SH */
  jurisdiction?: string;
  /** 案由 */
  cause: string;
  source: CaseSource;
  procedure: ProcedureType;
  status: CaseStatus;
  /** 复杂/重大 case flags (集体讨论, 法制审核 triggers) */
  flags?: ('complex' | 'major' | 'major-public-interest' | 'hearing-held' | 'novel')[];
}

export type MeasureKind =
  | 'daily-penalty' // 按日连续处罚
  | 'seizure' // 查封、扣押
  | 'restrict-production' // 责令限制生产
  | 'suspend-rectify' // 责令停产整治
  | 'suspend-business-close'; // 报请人民政府责令停业、关闭

export type MeasureGround =
  | 'public-utility' // 城镇污水处理、垃圾处理、危险废物处置等公共设施的运营单位 (查封扣押办法 §6(1), 限产停产办法 §7(1))
  | 'livelihood' // 生产经营业务涉及基本民生、公共利益 (§6(2), §7(2))
  | 'production-safety' // 实施可能影响生产安全 (§6(3), §7(3))
  | 'corrected' // 复查前已改正 (按日连续处罚办法 §11–12)
  | 'production-stopped' // 已停产、停业、关闭 (§12 ¶2)
  | 'stopped-by-other-measure' // 限产、停产整治或者查封、扣押使排污停止 (§20)
  | 'other';

/** A supporting measure the agency used or considered: "措施已采用" or "考虑后未采用，理由……" */
export interface MeasureData {
  measure: MeasureKind;
  used: boolean;
  /** date of the measure's decision (used), or of the consideration */
  date?: IsoDate;
  /** 决定书文号 of the measure when it was decided in its own document or case */
  decision_number?: string;
  ground?: MeasureGround;
  /** required when used is false */
  reason?: string;
}

export interface CaseData {
  format: 'caselint/1';
  case: CaseHeaderData;
  party: PartyData;
  officers: OfficerData[];
  violation: ViolationData;
  discretion?: DiscretionData;
  penalty: PenaltyData;
  /** 配套措施的适用情况 */
  measures?: MeasureData[];
  timeline: TimelineEventData[];
  documents?: DocumentData[];
  waivers?: WaiverData[];
}

type PriorViolationData = NonNullable<PartyData['prior_violations']>[number];

/** A timeline step as the file may give it: the date may be partial, unknown or absent; a proposal without kinds. */
export interface TimelineEventFileData extends Omit<TimelineEventData, 'date' | 'proposed'> {
  date?: PartialDate;
  proposed?: { kinds?: PenaltyKind[]; fine?: Yuan };
}

/**
 * The case file as written (`schemas/case.schema.json` mirrors this type). Only what identifies the case is
 * required: `case.number` or `case.id`, and `case.agency`. Everything else may be absent or explicitly unknown;
 * src/model/build.ts turns it into the normalised `CaseData` the rules see, recording what was not known.
 */
export interface CaseFileData {
  format: 'caselint/1';
  case: Omit<CaseHeaderData, 'number' | 'cause' | 'source' | 'procedure' | 'status'> &
    Partial<Pick<CaseHeaderData, 'number' | 'cause' | 'source' | 'procedure' | 'status'>>;
  party?: Partial<Omit<PartyData, 'prior_violations'>> & {
    prior_violations?: (Omit<PriorViolationData, 'date'> & { date: PartialDate })[];
  };
  officers?: OfficerData[];
  violation?: Partial<Omit<ViolationData, 'started_on' | 'ended_on' | 'discovered_on'>> & {
    started_on?: PartialDate;
    ended_on?: PartialDate;
    discovered_on?: PartialDate;
  };
  discretion?: DiscretionData;
  penalty?: Partial<PenaltyData>;
  measures?: MeasureData[];
  timeline?: TimelineEventFileData[];
  documents?: (Omit<DocumentData, 'date'> & { date?: PartialDate })[];
  waivers?: WaiverData[];
}
