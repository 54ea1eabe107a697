import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

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
          exclude: ['test/web/**', 'test/e2e/**', '**/node_modules/**'],
        },
      },
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
