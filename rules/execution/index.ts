import type { Rule } from '../../src/engine/types.js';
import { rule as simpleProcedureLimits } from './simple-procedure-limits.js';
import { rule as simpleProcedureConduct } from './simple-procedure-conduct.js';
import { rule as decisionServiceDeadline } from './decision-service-deadline.js';
import { rule as serviceProof } from './service-proof.js';
import { rule as electronicServiceConsent } from './electronic-service-consent.js';
import { rule as publicNoticeService } from './public-notice-service.js';

/** Rules of the execution pack, in the order they are documented. */
export const rules: Rule[] = [
  simpleProcedureLimits,
  simpleProcedureConduct,
  decisionServiceDeadline,
  serviceProof,
  electronicServiceConsent,
  publicNoticeService,
];
