/**
 * Work that two server processes on one PostgreSQL database must not do at the same time waits
 * for a PostgreSQL advisory lock. SQLite needs none of this: its writers already take turns
 * (see data-source.ts), and one SQLite file is served by one machine.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { dialectOf } from './dialect.js';

/** Lock keys, in orgraph's own range of the 64-bit key space ("og" + a number). */
const LOCKS = {
  imports: 0x6f67_0001,
  migrations: 0x6f67_0002,
  firstStart: 0x6f67_0003,
} as const;

export type LockName = keyof typeof LOCKS;

/**
 * Called first in an import's transaction: imports wait for each other until commit or rollback,
 * whichever process runs them, so that two batches never rebuild one organisation's graph from
 * interleaved reads and writes.
 */
export async function lockImports(em: EntityManager): Promise<void> {
  await lockInTransaction(em, 'imports');
}

/** Takes a lock for the rest of the EntityManager's transaction. */
export async function lockInTransaction(em: EntityManager, lock: LockName): Promise<void> {
  if (dialectOf(em) === 'postgres') await em.query('SELECT pg_advisory_xact_lock($1)', [LOCKS[lock]]);
}

/**
 * Runs work while holding a lock. The lock is held by a transaction of its own on a connection of
 * its own, so the work may use other connections and transactions (migrations, an import).
 */
export async function withLock<T>(dataSource: DataSource, lock: LockName, work: () => Promise<T>): Promise<T> {
  if (dialectOf(dataSource) !== 'postgres') return work();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SELECT pg_advisory_xact_lock($1)', [LOCKS[lock]]);
    const result = await work();
    await runner.commitTransaction();
    return result;
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
