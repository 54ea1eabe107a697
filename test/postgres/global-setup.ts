/** Names this run's test databases, and drops any a crashed test file left behind. */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { DATABASE_PREFIX, dropDatabases, onServer } from './server.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString('hex');
  project.provide('postgresRun', run);
  // Fails the run at once, with the reason, when the server cannot be reached.
  await onServer((client) => client.query('SELECT 1'));
  return async () => {
    const rows = await onServer((client) => client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${DATABASE_PREFIX}${run}_%`]));
    await dropDatabases(rows.rows.map((r) => r.datname));
  };
}
