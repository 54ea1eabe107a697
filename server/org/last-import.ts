import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { JobDescription } from '../description/job-description.entity.js';

/**
 * When each organisation's job descriptions were last imported (the date of the data an export
 * states), one statement per batch of organisations; null for one without documents.
 */
export function lastImportLoader(dataSource: DataSource): DataLoader<number, Date | null> {
  return new DataLoader<number, Date | null>(async (organizationIds) => {
    const rows: { organizationId: number; last: string | Date | null }[] = await dataSource
      .getRepository(JobDescription)
      .createQueryBuilder('jd')
      .select('jd.organization_id', 'organizationId')
      .addSelect('MAX(jd.imported_at)', 'last')
      .where('jd.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
      .groupBy('jd.organization_id')
      .getRawMany();
    // SQLite answers MAX() as text in its own format, PostgreSQL as a timestamp.
    const byId = new Map(rows.map((row) => [Number(row.organizationId), row.last === null ? null : toDate(row.last)]));
    return organizationIds.map((id) => byId.get(id) ?? null);
  });
}

const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`));
