/**
 * `orgraph migrate-db --to postgres://…`: copies a database (the SQLite file, usually) into an
 * empty PostgreSQL database in one transaction: the schema by migrations, then every table with
 * its IDs (so global node IDs in links and bookmarks, and access tokens, keep working), the ID
 * sequences moved past the copied IDs, and the search index built in PostgreSQL's own terms.
 */
import { existsSync } from 'node:fs';
import { MigrationExecutor, MoreThan, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Organization } from '../org/organization.entity.js';
import { Unit } from '../org/unit.entity.js';
import { UnitAlias } from '../org/unit-alias.entity.js';
import { Position } from '../org/position.entity.js';
import { JobDescription } from '../description/job-description.entity.js';
import { SubstitutionLine } from '../substitution/substitution-line.entity.js';
import { ReportingConflict } from '../org/reporting-conflict.entity.js';
import { AccessToken } from '../access/access-token.entity.js';
import { AuditEntry } from '../access/audit-entry.entity.js';
import { FieldCorrection } from '../review/correction.entity.js';
import { ReviewItem } from '../review/review-item.entity.js';
import { rebuildSearchIndex } from '../search/search-index.js';
import { ENTITIES, openDatabase, postgresDataSource } from './data-source.js';
import { dialectOfUrl, redactUrl } from './dialect.js';
import { lockInTransaction } from './locks.js';

/** Every table, each after the tables it refers to (a unit's parent and a manager are deferred). */
const COPY_ORDER = [Organization, Unit, UnitAlias, JobDescription, Position, SubstitutionLine, ReportingConflict, AccessToken, AuditEntry, FieldCorrection, ReviewItem];

/** Rows read and written at a time: well under PostgreSQL's 65,535 values a statement. */
const PAGE = 500;

export class MigrateDbError extends Error {}

export interface CopiedTable {
  table: string;
  rows: number;
}

export async function migrateDatabase(sourceUrl: string, targetUrl: string): Promise<CopiedTable[]> {
  if (dialectOfUrl(targetUrl) !== 'postgres') throw new MigrateDbError(`--to must name a PostgreSQL database (postgres://user:password@host:port/database), not "${redactUrl(targetUrl)}"`);
  if (sourceUrl === targetUrl) throw new MigrateDbError('the source (DATABASE_URL) and the target (--to) are the same database');
  const sourcePath = sourceUrl.startsWith('sqlite:') ? sourceUrl.slice('sqlite:'.length) : null;
  if (sourcePath !== null && !existsSync(sourcePath)) {
    throw new MigrateDbError(`there is no SQLite database at ${sourcePath}: set DATABASE_URL=sqlite:<path> to the file the server uses`);
  }
  const missing = ENTITIES.filter((entity) => !COPY_ORDER.includes(entity));
  if (missing.length) throw new Error(`migrate-db does not copy ${missing.map((e) => e.name).join(', ')}: add it to COPY_ORDER`);

  const source = await openDatabase(sourceUrl);
  const target = postgresDataSource(targetUrl, { applicationName: 'orgraph migrate-db' });
  try {
    await target.initialize();
    // The source is read in one transaction: on SQLite it keeps writers out until the copy is done.
    const read = (work: (em: EntityManager) => Promise<CopiedTable[]>) =>
      source.dialect === 'postgres' ? source.dataSource.transaction('REPEATABLE READ', work) : source.dataSource.transaction(work);
    return await read((from) => copyInto(target, from));
  } finally {
    if (target.isInitialized) await target.destroy();
    await source.dataSource.destroy();
  }
}

async function refuseUnlessEmpty(to: EntityManager): Promise<void> {
  const tables: { table_name: string }[] = await to.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`);
  const existing = new Set(tables.map((t) => t.table_name));
  const held: string[] = [];
  for (const entity of COPY_ORDER) {
    const table = to.connection.getMetadata(entity).tableName;
    if (!existing.has(table)) continue;
    const [{ count }] = await to.query(`SELECT count(*) AS count FROM "${table}"`);
    const rows = Number(count);
    if (rows > 0) held.push(`${table}: ${rows} ${rows === 1 ? 'row' : 'rows'}`);
  }
  if (held.length) {
    throw new MigrateDbError(
      `the target database already holds data (${held.join(', ')}); migrate-db copies only into an empty database. Create a new one (createdb) and give its URL to --to.`,
    );
  }
}

async function copyInto(target: DataSource, from: EntityManager): Promise<CopiedTable[]> {
  const runner = target.createQueryRunner();
  try {
    await runner.startTransaction();
    const to = runner.manager;
    // A server starting on the target meanwhile waits, then finds the data.
    await lockInTransaction(to, 'migrations');
    await lockInTransaction(to, 'imports');
    await refuseUnlessEmpty(to);
    const migrations = new MigrationExecutor(target, runner);
    migrations.transaction = 'all';
    await migrations.executePendingMigrations();
    // Rows may refer to rows with higher IDs (a unit's parent, a position's manager): checked at commit.
    await to.query('SET CONSTRAINTS ALL DEFERRED');
    const copied: CopiedTable[] = [];
    for (const entity of COPY_ORDER) copied.push(await copyTable(entity, from, to));
    for (const entity of COPY_ORDER) await resetSequence(to, target.getMetadata(entity).tableName);
    for (const { rowId } of await to.find(Organization)) await rebuildSearchIndex(to, rowId);
    await runner.commitTransaction();
    return copied;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Copies a table page by page in ID order, each value as the target's driver stores it. */
async function copyTable(entity: EntityTarget<ObjectLiteral>, from: EntityManager, to: EntityManager): Promise<CopiedTable> {
  const metadata = to.connection.getMetadata(entity);
  const columns = metadata.columns;
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  let rows = 0;
  for (let after = 0; ; ) {
    const page = await from.find(entity, { where: { rowId: MoreThan(after) }, order: { rowId: 'ASC' }, take: PAGE });
    if (page.length === 0) break;
    const values = page.flatMap((row) => columns.map((c) => to.connection.driver.preparePersistentValue(c.getEntityValue(row), c)));
    const tuples = page.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await to.query(`INSERT INTO "${metadata.tableName}" (${names}) VALUES ${tuples.join(', ')}`, values);
    rows += page.length;
    after = page[page.length - 1].rowId;
  }
  return { table: metadata.tableName, rows };
}

/** The next ID a table gives is one past the highest copied. */
async function resetSequence(to: EntityManager, table: string): Promise<void> {
  await to.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE((SELECT max(id) FROM "${table}"), 0) + 1, false)`, [`"${table}"`]);
}
