/**
 * The closed vocabularies of the case file, kept in one place. The schema (schemas/case.schema.json) must list
 * exactly these values (test/load/schema.test.ts compares them), and the `Exhaustive` checks below make the
 * compiler fail when a union in src/model/case-data.ts gains or loses a member without this list following.
 */
import type {
  CaseSource,
  CaseStatus,
  ConductFlag,
  DiscretionLevel,
  DocumentType,
  EvidenceData,
  MeasureGround,
  MeasureKind,
  MitigatingGround,
  NoPenaltyGround,
  PartyType,
  PenaltyKind,
  ProcedureType,
  ReinspectionResult,
  ServiceMethod,
  TimelineEventType,
} from '../model/case-data.js';

type Exhaustive<Union, List extends readonly Union[]> = [Union] extends [List[number]] ? List : never;

function list<Union>() {
  return <const L extends readonly Union[]>(values: Exhaustive<Union, L>): L => values;
}

export const CASE_SOURCES = list<CaseSource>()([
  '双随机',
  '日常检查',
  '信访',
  '12345',
  '12369',
  '举报',
  '移送',
  '督察',
  '自动监控',
  '其他',
]);

export const PROCEDURE_TYPES = list<ProcedureType>()(['general', 'simple']);

export const CASE_STATUSES = list<CaseStatus>()([
  'open',
  'decided',
  'executing',
  'closed',
  'archived',
  'terminated',
]);

export const PARTY_TYPES = list<PartyType>()(['person', 'organization', 'individual-business']);

export const CASE_FLAGS = ['complex', 'major', 'major-public-interest', 'hearing-held', 'novel'] as const;

export const CONDUCT_FLAGS = list<ConductFlag>()([
  'refused-stop-after-order',
  'no-permit-refused-stop',
  'evasion',
  'banned-pesticide',
  'falsified-monitoring-data',
  'hidden-pipe',
  'abnormal-operation',
  'unlicensed-hazardous-waste-handover',
  'hazardous-waste-dumping',
  'discharge-after-incident',
  'protected-zone-discharge',
  'industrial-sludge-dumping',
  'incident-excess',
  'excess-after-production-limit',
  'resumed-during-suspension',
]);

export const EVIDENCE_KINDS = list<EvidenceData['kind']>()([
  'documentary',
  'physical',
  'audio-visual',
  'electronic',
  'witness',
  'party-statement',
  'expert-opinion',
  'record',
  'monitoring',
]);

export const DISCRETION_LEVELS = list<DiscretionLevel>()([
  'lighter',
  'mitigated',
  'ordinary',
  'heavier',
  'none',
]);

export const MITIGATING_GROUNDS = list<MitigatingGround>()([
  'removed-harm',
  'coerced',
  'confessed',
  'meritorious',
  'minor-14-18',
  'other-legal',
]);

export const PENALTY_KINDS = list<PenaltyKind>()([
  'warning',
  'criticism',
  'fine',
  'confiscate-gains',
  'confiscate-property',
  'suspend-licence',
  'lower-qualification',
  'revoke-licence',
  'restrict-production',
  'suspend-rectify',
  'suspend-business',
  'close',
  'restrict-practice',
  'ban-practice',
  'no-licence-period',
  'detention',
]);

export const NO_PENALTY_GROUNDS = list<NoPenaltyGround>()([
  'minor-corrected-no-harm',
  'first-offence',
  'no-fault',
  'limitation-expired',
  'under-14',
  'mental-illness',
]);

export const TREATMENTS = ['lighter', 'mitigated', 'heavier', 'ordinary'] as const;

export const PAYEE_KINDS = ['bank', 'e-payment', 'agency-account', 'on-the-spot'] as const;

export const TIMELINE_EVENT_TYPES = list<TimelineEventType>()([
  'clue-received',
  'preliminary-review',
  'inspection',
  'sampling',
  'monitoring-report',
  'monitoring-report-received',
  'monitoring-result-notified',
  'filing-approved',
  'filing-extension-approved',
  'inquiry',
  'recusal-requested',
  'recusal-decided',
  'preservation-approved',
  'evidence-preserved',
  'preservation-handled',
  'seizure',
  'seizure-extended',
  'seizure-released',
  'correction-ordered',
  'reinspection',
  'suspended',
  'resumed',
  'investigation-report',
  'case-review',
  'legal-review',
  'collective-discussion',
  'prior-notice-served',
  'statement-received',
  'statement-waived',
  'recheck',
  'hearing-requested',
  'hearing-waived',
  'hearing-notice-served',
  'hearing-held',
  'hearing-report',
  'extension-approved',
  'decision',
  'decision-served',
  'simple-decision-filed',
  'published',
  'publication-withdrawn',
  'deferral-requested',
  'deferral-approved',
  'paid',
  'surcharge',
  'reminder-served',
  'enforcement-applied',
  'reconsideration-filed',
  'litigation-filed',
  'decision-changed',
  'transfer-reported',
  'transfer-decided',
  'transferred',
  'closed',
  'archived',
]);

export const SERVICE_METHODS = list<ServiceMethod>()([
  'direct',
  'on-the-spot',
  'left-at-residence',
  'entrusted',
  'mail',
  'electronic',
  'public-notice',
]);

export const EVENT_OUTCOMES = ['pass', 'fail', 'agree', 'disagree', 'return'] as const;

export const TRANSFER_KINDS = ['detention', 'criminal', 'jurisdiction'] as const;

export const REINSPECTION_RESULTS = list<ReinspectionResult>()([
  'corrected',
  'continuing',
  'obstructed',
  'stopped',
]);

export const MEASURE_KINDS = list<MeasureKind>()([
  'daily-penalty',
  'seizure',
  'restrict-production',
  'suspend-rectify',
  'suspend-business-close',
]);

export const MEASURE_GROUNDS = list<MeasureGround>()([
  'public-utility',
  'livelihood',
  'production-safety',
  'corrected',
  'production-stopped',
  'stopped-by-other-measure',
  'other',
]);

export const TOTAL_LOAD_PERIODS = ['day', 'year'] as const;

export const DOCUMENT_TYPES = list<DocumentType>()([
  'filing-form',
  'inspection-record',
  'inquiry-record',
  'sampling-record',
  'monitoring-report',
  'photo',
  'preservation-notice',
  'preservation-list',
  'preservation-decision',
  'correction-order',
  'investigation-report',
  'case-review-form',
  'legal-review-opinion',
  'collective-discussion-record',
  'prior-notice',
  'statement-record',
  'recheck-record',
  'hearing-notice',
  'hearing-record',
  'hearing-report',
  'extension-approval',
  'decision',
  'service-receipt',
  'e-service-consent',
  'publication',
  'payment-receipt',
  'reminder',
  'enforcement-application',
  'transfer-letter',
  'closure-form',
  'archive-list',
  'other',
]);

export const VOLUMES = ['main', 'secondary'] as const;
