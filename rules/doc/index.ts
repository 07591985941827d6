import type { Rule } from '../../src/engine/types.js';
import { rule as attachmentMissing } from './attachment-missing.js';
import { rule as attachmentOutsideFolder } from './attachment-outside-folder.js';
import { rule as attachmentTooLarge } from './attachment-too-large.js';
import { rule as attachmentHash } from './attachment-hash.js';
import { rule as unlistedFile } from './unlisted-file.js';
import { rule as unreadableDocument } from './unreadable-document.js';
import { rule as textNotCheckable } from './text-not-checkable.js';
import { rule as requiredDocuments } from './required-documents.js';
import { rule as decisionNumber } from './decision-number.js';
import { rule as decisionParty } from './decision-party.js';
import { rule as decisionFine } from './decision-fine.js';
import { rule as decisionDate } from './decision-date.js';
import { rule as decisionCitations } from './decision-citations.js';
import { rule as decisionRemedies } from './decision-remedies.js';
import { rule as decisionSeal } from './decision-seal.js';
import { rule as priorNoticeContent } from './prior-notice-content.js';
import { rule as disclosurePersonalData } from './disclosure-personal-data.js';

/** Rules of the doc pack, in the order they are documented. */
export const rules: Rule[] = [
  attachmentMissing,
  attachmentOutsideFolder,
  attachmentTooLarge,
  attachmentHash,
  unlistedFile,
  unreadableDocument,
  textNotCheckable,
  requiredDocuments,
  decisionNumber,
  decisionParty,
  decisionFine,
  decisionDate,
  decisionCitations,
  decisionRemedies,
  decisionSeal,
  priorNoticeContent,
  disclosurePersonalData,
];
