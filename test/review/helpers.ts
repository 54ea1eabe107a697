/**
 * A small organisation for the correction tests: an analyst whose document names no substitute,
 * while a lawyer's and an adviser's documents say they stand in for the analyst.
 */
import { jobDescriptionText } from '../factories.js';

// The factory's texts name it, so the reader files them under it.
export const ORGANIZATION = 'Sotsiaalkindlustusamet';
export const UNIT = 'Arendusosakond';

export const analyst = (substitutedBy = '-', purpose?: string) => ({
  name: 'analyytik.txt',
  content: jobDescriptionText({ title: 'Analüütik', unit: UNIT, manager: 'Osakonna juhataja', substitutedBy, purpose }),
});

export const lawyer = () => ({ name: 'jurist.txt', content: jobDescriptionText({ title: 'Jurist', unit: UNIT, manager: 'Osakonna juhataja', substitutes: 'Analüütikut' }) });
export const adviser = () => ({ name: 'nounik.txt', content: jobDescriptionText({ title: 'Nõunik', unit: UNIT, manager: 'Osakonna juhataja', substitutes: 'Analüütikut' }) });

export const team = () => [analyst(), lawyer(), adviser()];

export const CORRECT = `mutation($input: CorrectFieldInput!) { correctField(input: $input) {
  ok errors { message file }
  correction { id field readValue correctedValue status staleReading author comment createdAt jobDescription { sourceName } }
  jobDescription { sourceName headerFields { field value corrected } }
} }`;

export const UNDO = `mutation($input: UndoCorrectionInput!) { undoCorrection(input: $input) { ok errors { message } jobDescription { sourceName headerFields { field value corrected } } } }`;

export const POSITIONS = `{ positions(first: 10) { nodes { id title documented correctedFields
  substitutes { position { title } status }
  jobDescription { id sourceName
    headerFields { field value readValue corrected confidence correction { id status readValue correctedValue staleReading } }
    corrections { id field status }
  } } } }`;
