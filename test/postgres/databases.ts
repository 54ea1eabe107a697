/**
 * PostgreSQL databases for tests: the postgres project (see vitest.config.ts) sets
 * ORGRAPH_TEST_DATABASE=postgres, and ORGRAPH_TEST_POSTGRES names the server
 * (postgres://user:password@host:port/database). Each call makes a new, empty database; the
 * databases a test file made are dropped after it (setup.ts), and any left over from the run
 * at its end (global-setup.ts).
 */
import { randomBytes } from 'node:crypto';
import { DATABASE_PREFIX, dropDatabases, onServer, postgresServerUrl } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Prefix of this run's database names. */
    postgresRun: string;
  }
}

/** True in the postgres project: the factories' databases are PostgreSQL databases. */
export function testingOnPostgres(): boolean {
  return process.env.ORGRAPH_TEST_DATABASE === 'postgres';
}

const created: string[] = [];

/**
 * A new database, UTF-8 with C collation (the order SQLite sorts text in), and its URL.
 * Letters are classified by C.UTF-8 where the server has it, so that "Õ" lower-cases to "õ".
 */
export async function createTestDatabase(): Promise<string> {
  // Loaded here, not on import: scripts outside vitest use the factories' texts too.
  const { inject } = await import('vitest');
  const name = `${DATABASE_PREFIX}${inject('postgresRun')}_${randomBytes(6).toString('hex')}`;
  await onServer(async (client) => {
    try {
      await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'`);
    } catch (error) {
      if (!/locale|collation|ctype/i.test(String(error))) throw error;
      await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
    }
  });
  created.push(name);
  const url = new URL(postgresServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** The databases this test file made. */
export async function dropCreatedDatabases(): Promise<void> {
  await dropDatabases(created.splice(0));
}
