import type { Rule } from '../../src/engine/types.js';
import { withCalendarCoverage } from './support/coverage.js';
import { rule as limitationPeriod } from './limitation-period.js';
import { rule as filingDeadline } from './filing-deadline.js';
import { rule as filingRecord } from './filing-record.js';
import { rule as enforcementOfficers } from './enforcement-officers.js';
import { rule as investigationRecords } from './investigation-records.js';
import { rule as recusal } from './recusal.js';
import { rule as evidencePreservation } from './evidence-preservation.js';
import { rule as suspensionApproval } from './suspension-approval.js';
import { rule as investigationReport } from './investigation-report.js';
import { rule as decisionApprover } from './decision-approver.js';
import { rule as investigatorNotReviewer } from './investigator-not-reviewer.js';
import { rule as monitoringResultsNotified } from './monitoring-results-notified.js';
import { rule as unlawfulEvidence } from './unlawful-evidence.js';
import { rule as legalReview } from './legal-review.js';
import { rule as legalReviewerQualification } from './legal-reviewer-qualification.js';
import { rule as collectiveDiscussion } from './collective-discussion.js';
import { rule as priorNoticeServed } from './prior-notice-served.js';
import { rule as priorNoticeContents } from './prior-notice-contents.js';
import { rule as statementPeriod } from './statement-period.js';
import { rule as statementRecheck } from './statement-recheck.js';
import { rule as noHeavierPenalty } from './no-heavier-penalty.js';
import { rule as hearingRight } from './hearing-right.js';
import { rule as hearingRequestWindow } from './hearing-request-window.js';
import { rule as hearingNoticePeriod } from './hearing-notice-period.js';
import { rule as hearingPresider } from './hearing-presider.js';
import { rule as decisionAfterHearing } from './decision-after-hearing.js';
import { rule as decisionContents } from './decision-contents.js';
import { rule as decisionTimeLimit } from './decision-time-limit.js';
import { rule as timelineOrder } from './timeline-order.js';
import { rule as lawVersion } from './law-version.js';

/** Rules of the procedure pack, in the order they are documented (deadline findings note missing holiday data). */
export const rules: Rule[] = [
  limitationPeriod,
  filingDeadline,
  filingRecord,
  enforcementOfficers,
  investigationRecords,
  recusal,
  evidencePreservation,
  suspensionApproval,
  investigationReport,
  investigatorNotReviewer,
  monitoringResultsNotified,
  unlawfulEvidence,
  legalReview,
  legalReviewerQualification,
  collectiveDiscussion,
  priorNoticeServed,
  priorNoticeContents,
  statementPeriod,
  statementRecheck,
  noHeavierPenalty,
  hearingRight,
  hearingRequestWindow,
  hearingNoticePeriod,
  hearingPresider,
  decisionAfterHearing,
  decisionApprover,
  decisionContents,
  decisionTimeLimit,
  timelineOrder,
  lawVersion,
].map(withCalendarCoverage);
