import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
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
import { SQLITE_MIGRATIONS } from './migrations/sqlite/index.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres/index.js';
import { QueryCounter } from './query-counter.js';
import { quietSqlite3 } from './sqlite-driver.js';
import { dialectOfUrl, type Dialect } from './dialect.js';
import { withLock } from './locks.js';

/**
 * Dates are declared with the JavaScript type (`type: Date`), which both drivers map: SQLite keeps
 * its UTC text as before, PostgreSQL a timestamptz. (TypeORM's postgres driver has no "datetime".)
 */
export const ENTITIES = [Organization, Unit, UnitAlias, Position, JobDescription, SubstitutionLine, ReportingConflict, AccessToken, AuditEntry, FieldCorrection, ReviewItem];
export const DEFAULT_DATABASE_URL = 'sqlite:data/orgraph.sqlite';

export interface Database {
  dataSource: DataSource;
  dialect: Dialect;
  queries: QueryCounter;
}

/**
 * Opens the database named by a URL ("sqlite:<path>", "sqlite::memory:", "postgres://…" or
 * "postgresql://…") and brings its schema up to date.
 */
export async function openDatabase(url: string = DEFAULT_DATABASE_URL): Promise<Database> {
  const dialect = dialectOfUrl(url);
  const queries = new QueryCounter();
  const dataSource = dialect === 'postgres' ? await openPostgres(url, queries) : await openSqlite(url, queries);
  return { dataSource, dialect, queries };
}

/** A PostgreSQL data source with orgraph's entities and migrations, not yet initialised. */
export function postgresDataSource(url: string, options: { applicationName: string; logger?: QueryCounter }): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    applicationName: options.applicationName,
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    synchronize: false,
    ...(options.logger ? { logging: ['query'] as const, logger: options.logger } : {}),
  });
  replaceNulCharacters(dataSource);
  return dataSource;
}

async function openPostgres(url: string, queries: QueryCounter): Promise<DataSource> {
  const dataSource = postgresDataSource(url, { applicationName: 'orgraph', logger: queries });
  await dataSource.initialize();
  try {
    // Servers starting together on a new database would otherwise create the same tables at once.
    await withLock(dataSource, 'migrations', () => dataSource.runMigrations({ transaction: 'all' }));
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/**
 * PostgreSQL's text cannot hold U+0000, which SQLite stores and PDF text layers sometimes give for
 * a glyph they cannot map: in every statement's string parameters it becomes U+FFFD, the character
 * for "unreadable", so that such a file imports on PostgreSQL as it does on SQLite.
 */
function replaceNulCharacters(dataSource: DataSource): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (...args) => {
    const runner = create(...args);
    const query = runner.query.bind(runner) as (sql: string, parameters?: unknown[], ...rest: unknown[]) => Promise<unknown>;
    (runner as { query: unknown }).query = (sql: string, parameters?: unknown[], ...rest: unknown[]) =>
      query(sql, parameters?.map((p) => (typeof p === 'string' && p.includes('\u0000') ? p.replaceAll('\u0000', '\uFFFD') : p)), ...rest);
    return runner;
  };
}

async function openSqlite(url: string, queries: QueryCounter): Promise<DataSource> {
  const path = url.slice('sqlite:'.length) || ':memory:';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const dataSource = new DataSource({
    type: 'sqlite',
    driver: quietSqlite3,
    database: path,
    entities: ENTITIES,
    migrations: SQLITE_MIGRATIONS,
    synchronize: false,
    enableWAL: path !== ':memory:',
    busyErrorRetry: 100,
    logging: ['query'],
    logger: queries,
  });
  await dataSource.initialize();
  serializeWriteTransactions(dataSource);
  await dataSource.query('PRAGMA foreign_keys = ON');
  await dataSource.query('PRAGMA busy_timeout = 5000');
  await dataSource.runMigrations({ transaction: 'all' });
  return dataSource;
}

/**
 * TypeORM's sqlite driver has one connection (one query runner) for the whole process, so two
 * `dataSource.transaction()` calls at once (two imports over the API) would interleave on it:
 * "cannot start a transaction within a transaction", or one import committing or rolling back the
 * other's writes. Transactions therefore wait for each other here, one at a time. And each takes
 * the write lock when it begins (BEGIN IMMEDIATE, waiting up to busy_timeout for another process's
 * writer) instead of on its first write: a deferred transaction that read first and then finds
 * another process writing fails with SQLITE_BUSY at once, whatever the busy timeout.
 * Nested transactions go through the EntityManager (em.transaction), not through here.
 * (PostgreSQL's driver has a pool of connections, one per transaction, and needs none of this.)
 */
function serializeWriteTransactions(dataSource: DataSource): void {
  let tail: Promise<unknown> = Promise.resolve();
  const transaction = dataSource.transaction.bind(dataSource) as (...args: unknown[]) => Promise<unknown>;
  (dataSource as { transaction: unknown }).transaction = (...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  };
  const runner = dataSource.driver.createQueryRunner('master');
  const query = runner.query.bind(runner) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  (runner as { query: unknown }).query = (sql: string, ...rest: unknown[]) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
}
