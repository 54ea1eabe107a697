/**
 * The HTTP server, one process on one port: the org chart at /, GraphQL at /graphql
 * (GraphiQL for browsers), downloadable reports under /reports.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { openDatabase, type Database } from './db/data-source.js';
import { createContext, type Context } from './common/context.js';
import { graphqlSchema } from './schema.js';
import { graphiqlRouter } from './http/graphiql.js';
import { reportsRouter } from './http/reports.js';
import { webRouter } from './http/web.js';
import { importSamplesIfEmpty } from './imports/samples.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../data/samples/', import.meta.url));

export interface ServerOptions {
  databaseUrl?: string;
  port?: number;
  host?: string;
  /** Import the bundled samples into an empty database (default true). */
  samples?: boolean;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const database = await openDatabase(options.databaseUrl);
  if (options.samples !== false) {
    const imported = await importSamplesIfEmpty(database.dataSource, SAMPLES_DIR);
    if (imported) log(`Empty database: imported ${imported} sample job descriptions from ${SAMPLES_DIR}`);
  }

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await graphqlSchema(),
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.use(graphiqlRouter('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '10mb' }),
    expressMiddleware(apollo, { context: async () => createContext(database.dataSource) }),
  );
  app.use(reportsRouter(database.dataSource));
  app.use(webRouter());

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 4000, host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4000);
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    database,
    async close() {
      await apollo.stop();
      await database.dataSource.destroy();
    },
  };
}
