import type { JobDescriptionDetailsFragment } from '../../gql/graphql';
import type { LabelKey } from '../../i18n/labels';
import type { Translate } from '../../i18n/I18nProvider';
import { LANGUAGES } from '../../i18n/labels';

/** A header field the reader marked LOW, with its reasons as the server gave them. */
export interface DoubtfulField {
  field: string;
  reasons: readonly string[];
}

/** The header fields read with low confidence, by field name (title, unitPath, manager, …). */
export function lowConfidenceFields(jd: Pick<JobDescriptionDetailsFragment, 'fieldConfidence'> | null | undefined): Map<string, DoubtfulField> {
  const out = new Map<string, DoubtfulField>();
  for (const entry of jd?.fieldConfidence ?? []) if (entry.level === 'LOW') out.set(entry.field, { field: entry.field, reasons: entry.reasons });
  return out;
}

/** A reason in the interface language; one the interface does not know is shown as the server wrote it. */
export function reasonLabel(reason: string, t: Translate): string {
  const key = `confidence.reason.${reason}`;
  return key in LANGUAGES.en ? t(key as LabelKey) : reason;
}

/** A field's name in the interface language. */
export function fieldLabel(field: string, t: Translate): string {
  const key = `confidence.field.${field}`;
  return key in LANGUAGES.en ? t(key as LabelKey) : field;
}
