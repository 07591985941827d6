import type { Rule } from '../../src/engine/types.js';
import { rule as fineWithinRange } from './fine-within-range.js';
import { rule as basisMatchesViolation } from './basis-matches-violation.js';
import { rule as kindsAllowedByClause } from './kinds-allowed-by-clause.js';
import { rule as orderToCorrect } from './order-to-correct.js';
import { rule as illegalGainsAddressed } from './illegal-gains-addressed.js';
import { rule as dailyPenaltyPreconditions } from './daily-penalty-preconditions.js';
import { rule as dailyPenaltyAmount } from './daily-penalty-amount.js';
import { rule as discretionExplanation } from './discretion-explanation.js';
import { rule as benchmarkApplied } from './benchmark-applied.js';
import { rule as discretionFactorsEvidenced } from './discretion-factors-evidenced.js';
import { rule as disproportionateFine } from './disproportionate-fine.js';
import { rule as mitigationConsistent } from './mitigation-consistent.js';
import { rule as unpunishedViolation } from './unpunished-violation.js';
import { rule as penaltyDespiteNoPenaltyGround } from './penalty-despite-no-penalty-ground.js';
import { rule as noPenaltyGroundLawful } from './no-penalty-ground-lawful.js';
import { rule as noPenaltyConsidered } from './no-penalty-considered.js';
import { rule as detentionTransfer } from './detention-transfer.js';
import { rule as criminalTransfer } from './criminal-transfer.js';
import { rule as triggerAmounts } from './trigger-amounts.js';
import { rule as overlappingClauses } from './overlapping-clauses.js';

/** Rules of the penalty pack, in the order they are documented (issue 5 groups 1–7, issue 4 group 17). */
export const rules: Rule[] = [
  // 1 legal range
  fineWithinRange,
  // 2 clause consistency
  basisMatchesViolation,
  kindsAllowedByClause,
  orderToCorrect,
  illegalGainsAddressed,
  overlappingClauses,
  // 3 per-day penalties
  dailyPenaltyPreconditions,
  dailyPenaltyAmount,
  // 4 discretion benchmark
  discretionExplanation,
  benchmarkApplied,
  discretionFactorsEvidenced,
  disproportionateFine,
  mitigationConsistent,
  // 5 该移送不移送 (before 该罚不罚: a missing criminal transfer leads the finding it shares with
  // penalty/unpunished-violation, rules/shared/causes.ts missingTransferCause)
  detentionTransfer,
  criminalTransfer,
  // 6 该罚不罚 and the mirror; no-penalty grounds (issue 4 group 17)
  unpunishedViolation,
  penaltyDespiteNoPenaltyGround,
  noPenaltyGroundLawful,
  noPenaltyConsidered,
  // 7 hearing and collective-discussion trigger amounts (the trigger checks themselves: procedure pack)
  triggerAmounts,
];
