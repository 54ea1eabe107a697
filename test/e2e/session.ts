/**
 * What every browser test needs: Debian's Chromium (skipped with a message when missing), a real
 * server on a temporary database with the samples, and a page. The client is built once, in
 * global-setup.ts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../server/app.js';
import { openDatabase } from '../../server/db/data-source.js';
import { generateOrganization } from '../../server/generate/index.js';
import { importDocuments } from '../../server/imports/import.service.js';
import { tempDatabaseUrl } from '../factories.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`Skipping the browser tests: no Chromium at ${CHROMIUM}. Install it with \`apt-get install chromium\`.`);
}

export const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
// Not in the repository: a fresh clone makes it before any test writes a picture or an export there.
mkdirSync(SCREENSHOTS, { recursive: true });

export interface BrowserSession {
  server: RunningServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** A generated organisation instead of the samples (`orgraph generate`). */
  generated?: { positions: number; seed: number };
}

export async function openSession(options: SessionOptions = {}): Promise<BrowserSession> {
  const databaseUrl = await tempDatabaseUrl();
  if (options.generated) await importGenerated(databaseUrl, options.generated);
  const server = await startServer({ databaseUrl, port: 0, ...(options.generated ? { samples: false } : {}) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'et-EE' });
  return {
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Imports a generated organisation into the database, as `orgraph generate` does. */
async function importGenerated(databaseUrl: string, { positions, seed }: { positions: number; seed: number }): Promise<void> {
  const generated = generateOrganization({ positions, seed });
  const { dataSource } = await openDatabase(databaseUrl);
  try {
    const result = await importDocuments(dataSource, generated.files, { organization: generated.stats.organization });
    if (!result.ok) throw new Error(`the generated organisation of ${positions} positions did not import`);
  } finally {
    await dataSource.destroy();
  }
}
