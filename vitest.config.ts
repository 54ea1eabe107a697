import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * The integration suite on PostgreSQL: the factories (test/factories.ts) make a new PostgreSQL
 * database on the ORGRAPH_TEST_POSTGRES server for each call, and test/postgres/ adds what only
 * PostgreSQL has (several server processes on one database, migrate-db, tsvector search).
 */
const postgresProject: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'postgres',
    include: ['test/api/**/*.test.ts', 'test/import/**/*.test.ts', 'test/review/**/*.test.ts', 'test/access/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/robustness/**/*.test.ts', 'test/search/**/*.test.ts', 'test/org/**/*.test.ts', 'test/postgres/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      // No database: the parser alone.
      'test/robustness/parser-fuzz.test.ts',
      // About SQLite itself, each on a SQLite file of its own: a SIGKILLed import leaves a file that passes
      // PRAGMA integrity_check; readers and a writer never meet SQLITE_BUSY (SQLite's one writer at a time).
      'test/robustness/crash-safety.test.ts',
      'test/robustness/concurrency.test.ts',
    ],
    env: { ORGRAPH_TEST_DATABASE: 'postgres' },
    globalSetup: ['test/postgres/global-setup.ts'],
    setupFiles: ['test/postgres/setup.ts'],
  },
};

export default defineConfig({
  resolve: {
    // One graphql module for our code and the libraries Node loads (graphql ships CJS and ESM builds).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Server tests share native SQLite handles; forks keep them apart.
    pool: 'forks',
    // `npm test` runs every project; `vitest run --project web` runs one.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/web/**', 'test/e2e/**', 'test/postgres/**', '**/node_modules/**'],
        },
      },
      // With ORGRAPH_TEST_POSTGRES (a server URL), the tests that use a database run again on PostgreSQL.
      ...(process.env.ORGRAPH_TEST_POSTGRES ? [postgresProject] : []),
      {
        // The web client's components, in a simulated browser.
        extends: true,
        plugins: [react()],
        test: {
          name: 'web',
          include: ['test/web/**/*.test.ts', 'test/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/web/setup.ts'],
        },
      },
      {
        // The built client in real headless Chromium against a real server (skips without Chromium).
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // CI machines have two cores shared by both browser files: wait for the page, not a fixed second.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
