import type { DataSource } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import { importDocuments } from './import.service.js';
import { readDocumentFiles } from './files.js';

/** On a first start the graph is never empty: the bundled samples are imported. Returns how many. */
export async function importSamplesIfEmpty(dataSource: DataSource, samplesDir: string): Promise<number> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return 0;
  const files = await readDocumentFiles([samplesDir]);
  const result = await importDocuments(dataSource, files);
  if (!result.ok) {
    const reasons = result.files.filter((f) => f.error).map((f) => f.error!.message);
    throw new Error(`the bundled samples could not be imported: ${reasons.join('; ')}`);
  }
  return files.length;
}
