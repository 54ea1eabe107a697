/**
 * The review queue's kinds and statuses as GraphQL enums. The enum values are the stored strings,
 * so rows are served as they are read.
 */
import { registerEnumType } from 'type-graphql';

export enum ReviewKindName {
  LOW_CONFIDENCE_FIELD = 'LOW_CONFIDENCE_FIELD',
  TYPO_MERGE = 'TYPO_MERGE',
  CROSS_UNIT_REFERENCE = 'CROSS_UNIT_REFERENCE',
  AMBIGUOUS_REFERENCE = 'AMBIGUOUS_REFERENCE',
  REPORTING_CONFLICT = 'REPORTING_CONFLICT',
  CONTRADICTED_SUBSTITUTION = 'CONTRADICTED_SUBSTITUTION',
  IMPORT_WARNINGS = 'IMPORT_WARNINGS',
  STALE_CORRECTION = 'STALE_CORRECTION',
}
registerEnumType(ReviewKindName, {
  name: 'ReviewKind',
  description: 'Why an item is in the review queue.',
  valuesConfig: {
    LOW_CONFIDENCE_FIELD: { description: 'The reader is unsure of a header field (LOW or MEDIUM confidence); the explanation gives its reasons.' },
    TYPO_MERGE: { description: 'Two spellings of a unit name or a title were taken as one, as a likely typo or a case ending.' },
    CROSS_UNIT_REFERENCE: { description: 'A title named no position in the referring unit and was taken as the only position with that title in another unit.' },
    AMBIGUOUS_REFERENCE: { description: 'A title named no position in the referring unit and several elsewhere; it was kept as an undocumented position.' },
    REPORTING_CONFLICT: { description: 'A manager’s "Alluvad" list and the subordinate’s own "Vahetu juht" disagree.' },
    CONTRADICTED_SUBSTITUTION: { description: 'A substitution line one document states and the other side’s document does not.' },
    IMPORT_WARNINGS: { description: 'The document was imported with warnings (lines the reader could not place).' },
    STALE_CORRECTION: { description: 'The document changed since a field was corrected and now reads the field differently; the correction is not applied until HR keeps it (accept) or undoes it.' },
  },
});

export enum ReviewStatusName {
  OPEN = 'open',
  ACCEPTED = 'accepted',
  CORRECTED = 'corrected',
  DISMISSED = 'dismissed',
}
registerEnumType(ReviewStatusName, {
  name: 'ReviewStatus',
  description: 'Where an item of the review queue stands.',
  valuesConfig: {
    OPEN: { description: 'Nobody has settled it yet.' },
    ACCEPTED: { description: 'HR checked the reading and keeps it (for a stale correction: keeps the correction for the new text).' },
    CORRECTED: { description: 'HR corrected the field concerned (set by `correctField`; undoing the correction opens the item again).' },
    DISMISSED: { description: 'HR decided the item needs nothing.' },
  },
});
