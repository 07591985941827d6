import type { Rule } from '../../src/engine/types.js';
import { rule as simpleProcedureLimits } from './simple-procedure-limits.js';
import { rule as simpleProcedureConduct } from './simple-procedure-conduct.js';
import { rule as decisionServiceDeadline } from './decision-service-deadline.js';
import { rule as serviceProof } from './service-proof.js';
import { rule as electronicServiceConsent } from './electronic-service-consent.js';
import { rule as publicNoticeService } from './public-notice-service.js';
import { rule as paymentDeadline } from './payment-deadline.js';
import { rule as finePayeeSeparated } from './fine-payee-separated.js';
import { rule as onTheSpotCollection } from './on-the-spot-collection.js';
import { rule as latePaymentSurcharge } from './late-payment-surcharge.js';
import { rule as deferralApproval } from './deferral-approval.js';
import { rule as enforcementReminder } from './enforcement-reminder.js';
import { rule as enforcementApplicationWindow } from './enforcement-application-window.js';
import { rule as publicationDeadline } from './publication-deadline.js';
import { rule as publicationWithdrawal } from './publication-withdrawal.js';
import { rule as publicationRedaction } from './publication-redaction.js';
import { rule as detentionTransfer } from './detention-transfer.js';
import { rule as crimeTransfer } from './crime-transfer.js';
import { rule as closureApproval } from './closure-approval.js';
import { rule as archiveVolumes } from './archive-volumes.js';
import { rule as noStepsAfterArchiving } from './no-steps-after-archiving.js';
import { rule as remedyStatement } from './remedy-statement.js';
import { rule as noSecondFine } from './no-second-fine.js';
import { rule as seizureTerm } from './seizure-term.js';
import { rule as productionLimit } from './production-limit.js';
import { rule as territorialJurisdiction } from './territorial-jurisdiction.js';

/** Rules of the execution pack, in the order they are documented. */
export const rules: Rule[] = [
  simpleProcedureLimits,
  simpleProcedureConduct,
  decisionServiceDeadline,
  serviceProof,
  electronicServiceConsent,
  publicNoticeService,
  paymentDeadline,
  finePayeeSeparated,
  onTheSpotCollection,
  latePaymentSurcharge,
  deferralApproval,
  enforcementReminder,
  enforcementApplicationWindow,
  publicationDeadline,
  publicationWithdrawal,
  publicationRedaction,
  detentionTransfer,
  crimeTransfer,
  closureApproval,
  archiveVolumes,
  noStepsAfterArchiving,
  remedyStatement,
  noSecondFine,
  seizureTerm,
  productionLimit,
  territorialJurisdiction,
];
