/**
 * The PostgreSQL server the postgres project's tests use (ORGRAPH_TEST_POSTGRES), reached without
 * vitest's test context, so that the global setup can use it too.
 */
import pg from 'pg';

export const DATABASE_PREFIX = 'orgraph_test_';

export function postgresServerUrl(): string {
  const url = process.env.ORGRAPH_TEST_POSTGRES;
  if (!url) throw new Error('ORGRAPH_TEST_POSTGRES is not set: give a PostgreSQL server URL, e.g. postgres://postgres:postgres@localhost:5432/postgres');
  return url;
}

/** Runs statements on the server's maintenance database. */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops databases, closing whatever connections are still open to them. */
export async function dropDatabases(names: string[]): Promise<void> {
  if (names.length === 0) return;
  await onServer(async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

