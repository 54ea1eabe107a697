/**
 * Moving corrections between databases as a JSON file: `orgraph corrections export` writes every
 * correction with its organisation and document by name; `orgraph corrections import` stores them
 * against the documents of the same names. A bad file, or (without `skipMissing`) an entry whose
 * document is not in the database, writes nothing. An entry whose value read differs from the
 * document's reading arrives stale: the rebuild finds it so, as after a re-import.
 */
import { In, type DataSource } from 'typeorm';
import { JobDescription } from '../description/job-description.entity.js';
import { Organization } from '../org/organization.entity.js';
import { HEADER_FIELDS, type HeaderField } from '../ingest/document.js';
import { rebuildOrganization } from '../imports/rebuild.js';
import { emptyCounts } from '../imports/sync.js';
import { lockImports } from '../db/locks.js';
import { FieldCorrection, type CorrectionStatus, type FieldValue } from './correction.entity.js';
import { asList, checkCorrectedValue, isHeaderField, isListField } from './field-values.js';
import { settleFieldItems } from './review-status.js';

export const CORRECTIONS_FORMAT = 'orgraph-corrections';
export const CORRECTIONS_VERSION = 1;

export interface CorrectionEntry {
  organization: string;
  sourceName: string;
  field: HeaderField;
  readValue: FieldValue;
  correctedValue: FieldValue;
  status: CorrectionStatus;
  author: string;
  /** ISO 8601. */
  createdAt: string;
  comment: string | null;
}

export interface CorrectionsFile {
  format: typeof CORRECTIONS_FORMAT;
  version: typeof CORRECTIONS_VERSION;
  corrections: CorrectionEntry[];
}

/** A file that cannot be imported: the message names the file and, where it is one, the entry. */
export class CorrectionsFileError extends Error {}

export class UnknownOrganizationError extends Error {}

/** Every correction, or one organisation's, by organisation, document and field. */
export async function exportCorrections(dataSource: DataSource, organization?: string | null): Promise<CorrectionsFile> {
  const organizations = await dataSource.getRepository(Organization).find(organization ? { where: { name: organization } } : {});
  if (organization && organizations.length === 0) throw new UnknownOrganizationError(`no organisation is named "${organization}"`);
  const names = new Map(organizations.map((o) => [o.rowId, o.name]));
  const rows = await dataSource.getRepository(FieldCorrection).find({ where: { organizationId: In([...names.keys()]) } });
  const corrections = rows.map((row) => ({
    organization: names.get(row.organizationId)!,
    sourceName: row.sourceName,
    field: row.field,
    readValue: row.readValue,
    correctedValue: row.correctedValue,
    status: row.status,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    comment: row.comment,
  }));
  const order = (e: CorrectionEntry) => [e.organization, e.sourceName, String(HEADER_FIELDS.indexOf(e.field))];
  corrections.sort((a, b) => order(a).join('\u0000').localeCompare(order(b).join('\u0000')));
  return { format: CORRECTIONS_FORMAT, version: CORRECTIONS_VERSION, corrections };
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The entries of a corrections file, every one checked; throws CorrectionsFileError naming the file and the entry. */
export function parseCorrectionsFile(fileName: string, text: string): CorrectionEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CorrectionsFileError(`${fileName} is not JSON (${(error as Error).message}); nothing was imported`);
  }
  const file = data as Partial<CorrectionsFile> | null;
  if (!file || typeof file !== 'object' || file.format !== CORRECTIONS_FORMAT || !Array.isArray(file.corrections)) {
    throw new CorrectionsFileError(`${fileName} is not an orgraph corrections file (it needs "format": "${CORRECTIONS_FORMAT}" and a "corrections" list); nothing was imported`);
  }
  if (file.version !== CORRECTIONS_VERSION) throw new CorrectionsFileError(`${fileName} has version ${JSON.stringify(file.version)}; this orgraph reads version ${CORRECTIONS_VERSION}; nothing was imported`);
  return file.corrections.map((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) throw new CorrectionsFileError(`${fileName}, entry ${i + 1}: ${problem}; nothing was imported`);
    return entry as CorrectionEntry;
  });
}

function entryProblem(entry: unknown): string | null {
  if (!entry || typeof entry !== 'object') return 'not an object';
  const e = entry as Record<string, unknown>;
  for (const key of ['organization', 'sourceName', 'field', 'author', 'createdAt'] as const) {
    if (!isString(e[key]) || e[key] === '') return `"${key}" must be a non-empty string`;
  }
  const field = e.field as string;
  if (!isHeaderField(field)) return `"${field}" is not a header field (${HEADER_FIELDS.join(', ')})`;
  if (Number.isNaN(Date.parse(e.createdAt as string))) return `"createdAt" is not a date: "${e.createdAt}"`;
  if (e.comment !== undefined && e.comment !== null && !isString(e.comment)) return '"comment" must be a string or null';
  if (e.status !== undefined && e.status !== 'active' && e.status !== 'stale') return '"status" must be "active" or "stale"';
  for (const key of ['readValue', 'correctedValue'] as const) {
    const shape = valueShapeProblem(field, e[key]);
    if (shape) return `"${key}" ${shape}`;
  }
  const checked = checkCorrectedValue(field, asList(e.correctedValue as FieldValue));
  return checked.ok ? null : `"correctedValue": ${checked.problem}`;
}

/** A stored value's shape: a list of strings for list fields, a string or null for the others. */
function valueShapeProblem(field: HeaderField, value: unknown): string | null {
  if (isListField(field)) return Array.isArray(value) && value.every(isString) ? null : `of ${field} must be a list of strings`;
  return value === null || isString(value) ? null : `of ${field} must be a string or null`;
}

export interface MissingDocument {
  /** 1-based, as in the messages. */
  entry: number;
  organization: string;
  sourceName: string;
  field: HeaderField;
}

export interface CorrectionsImportResult {
  ok: boolean;
  stored: number;
  /** Entries that replaced a correction of the same field. */
  replaced: number;
  /** Stored, but stale: their document now reads the field differently. */
  stale: number;
  /** Entries whose document is not in the database: left out with `skipMissing`, else nothing was stored. */
  missing: MissingDocument[];
  organizations: string[];
}

export interface CorrectionsImportOptions {
  /** Store the entries whose document is there and list the others, instead of storing nothing. */
  skipMissing?: boolean;
}

export async function importCorrections(dataSource: DataSource, entries: CorrectionEntry[], options: CorrectionsImportOptions = {}): Promise<CorrectionsImportResult> {
  const result: CorrectionsImportResult = { ok: false, stored: 0, replaced: 0, stale: 0, missing: [], organizations: [] };
  await dataSource.transaction(async (em) => {
    await lockImports(em);
    const organizations = new Map((await em.find(Organization, { where: { name: In([...new Set(entries.map((e) => e.organization))]) } })).map((o) => [o.name, o]));
    const documents = new Map<string, JobDescription>();
    for (const organization of organizations.values()) {
      const names = entries.filter((e) => e.organization === organization.name).map((e) => e.sourceName);
      for (const d of await em.find(JobDescription, { select: { rowId: true, organizationId: true, sourceName: true }, where: { organizationId: organization.rowId, sourceName: In(names) } })) {
        documents.set(`${organization.name}\u0000${d.sourceName}`, d);
      }
    }
    const found = entries.map((entry, i) => {
      const document = documents.get(`${entry.organization}\u0000${entry.sourceName}`);
      if (!document) result.missing.push({ entry: i + 1, organization: entry.organization, sourceName: entry.sourceName, field: entry.field });
      return { entry, document };
    });
    if (result.missing.length > 0 && !options.skipMissing) return;
    const touched = new Set<number>();
    for (const { entry, document } of found) {
      if (!document) continue;
      const values = { readValue: entry.readValue, correctedValue: checkedValue(entry), status: 'active' as const, staleReading: null, author: entry.author, createdAt: new Date(entry.createdAt), comment: entry.comment ?? null };
      const existing = await em.findOne(FieldCorrection, { where: { jobDescriptionId: document.rowId, field: entry.field } });
      if (existing) {
        await em.update(FieldCorrection, { rowId: existing.rowId }, values);
        result.replaced++;
      } else {
        await em.insert(FieldCorrection, { ...values, organizationId: document.organizationId, jobDescriptionId: document.rowId, sourceName: document.sourceName, field: entry.field });
      }
      result.stored++;
      touched.add(document.organizationId);
    }
    for (const organizationId of touched) await rebuildOrganization(em, organizationId, { units: emptyCounts(), positions: emptyCounts(), relations: emptyCounts() });
    // As correcting does, after the rebuild: the review items about a field now corrected are settled.
    const ids = found.flatMap(({ document }) => (document ? [document.rowId] : []));
    const stored = ids.length ? await em.find(FieldCorrection, { where: { jobDescriptionId: In(ids) } }) : [];
    const imported = new Set(found.map(({ entry, document }) => document && `${document.rowId}\u0000${entry.field}`));
    for (const correction of stored) {
      if (!imported.has(`${correction.jobDescriptionId}\u0000${correction.field}`)) continue;
      if (correction.status === 'stale') result.stale++;
      else await settleFieldItems(em, correction.jobDescriptionId, correction.field, correction.author, correction.comment);
    }
    result.organizations = [...organizations.values()].filter((o) => touched.has(o.rowId)).map((o) => o.name);
    result.ok = true;
  });
  return result;
}

/** The corrected value in its field's shape, items trimmed (checked by parseCorrectionsFile). */
function checkedValue(entry: CorrectionEntry): FieldValue {
  const checked = checkCorrectedValue(entry.field, asList(entry.correctedValue));
  return checked.ok ? checked.value : entry.correctedValue;
}

/** What an import did, for the terminal and the audit log (names no person). */
export function formatCorrectionsImport(fileName: string, result: CorrectionsImportResult): string {
  const missing = result.missing.map((m) => `  ${fileName}, entry ${m.entry}: no job description "${m.sourceName}" in "${m.organization}" (${m.field})`);
  if (!result.ok) return [`nothing imported from ${fileName}: ${result.missing.length} correction(s) name a document the database does not hold (import with --skip-missing to store the others):`, ...missing].join('\n');
  const head = `imported ${result.stored} correction(s) from ${fileName}${result.organizations.length ? ` into ${result.organizations.join(', ')}` : ''} (${result.replaced} replaced, ${result.stale} stale: the document now reads the field differently)`;
  return [head, ...(missing.length ? [`skipped ${missing.length} whose document is missing:`, ...missing] : [])].join('\n');
}
