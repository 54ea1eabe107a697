/**
 * The servers under test, in a child process of the benchmark (so the load generator does not
 * share their event loop): the app as `orgraph serve` builds it, the naive schema and the floor
 * route, all on one database and one TypeORM DataSource, whose SQL statements they all count.
 * Started by fork() with the database path; reports its URLs and answers "count" over IPC.
 */
import http from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { DataSource } from 'typeorm';
import { startServer } from '../../server/app.js';
import { authenticate } from '../../server/access/http.js';
import { LIMITS } from '../../server/limits/limits.js';
import { queryLimits } from '../../server/limits/armor.js';
import { requestTimeout } from '../../server/limits/timeout.js';
import { formatGraphQLError } from '../../server/limits/errors.js';
import { naiveSchema, type NaiveContext } from './naive-schema.js';
import { floorRoute } from './floor.js';

export interface ServerUrls {
  api: string;
  naive: string;
  floor: string;
}

/** Role of the benchmark's requests: no token (no token lookup), and every field readable. */
const ACCESS = { anonymousRole: 'admin', proxiedAnonymousRole: 'admin' } as const;

async function listen(app: express.Express): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/** The naive schema behind the same Apollo set-up and middleware as the app's /graphql. */
async function naiveServer(dataSource: DataSource) {
  const app = express();
  const httpServer = http.createServer(app);
  const shape = queryLimits(LIMITS);
  const apollo = new ApolloServer<NaiveContext>({
    schema: naiveSchema(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: formatGraphQLError(false, () => {}),
    validationRules: shape.validationRules,
    parseOptions: shape.parseOptions,
    plugins: [...shape.plugins, ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  app.use('/graphql', requestTimeout(LIMITS.requestTimeoutMs), authenticate(dataSource, ACCESS), express.json({ limit: LIMITS.graphqlBodyBytes }), expressMiddleware(apollo, { context: async () => ({ dataSource }) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`, close: () => apollo.stop() };
}

async function main() {
  const path = process.argv[2];
  const api = await startServer({ databaseUrl: `sqlite:${path}`, port: 0, host: '127.0.0.1', samples: false, anonymousRole: 'admin' });
  const { dataSource, queries } = api.database;
  const naive = await naiveServer(dataSource);
  const floorApp = express();
  floorApp.use('/graphql', requestTimeout(LIMITS.requestTimeoutMs), authenticate(dataSource, ACCESS), express.json({ limit: LIMITS.graphqlBodyBytes }));
  floorApp.post('/graphql', floorRoute(dataSource));
  const floor = await listen(floorApp);

  const urls: ServerUrls = { api: `${api.url.replace('localhost', '127.0.0.1')}/graphql`, naive: naive.url, floor: floor.url };
  // BENCH_CPU_PROF=<folder>: CPU profiles of the timed requests only, one file per "profile-stop".
  const profiler = process.env.BENCH_CPU_PROF ? new Session() : null;
  profiler?.connect();
  process.on('message', async (message: { type: string; id: number; name?: string }) => {
    if (message.type === 'count') process.send!({ id: message.id, value: queries.count });
    if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ id: message.id, value: (user + system) / 1000 });
    }
    if (message.type === 'profile-start') {
      await profiler?.post('Profiler.enable');
      await profiler?.post('Profiler.start');
      process.send!({ id: message.id, value: null });
    }
    if (message.type === 'profile-stop') {
      const stopped = await profiler?.post('Profiler.stop');
      if (stopped) writeFileSync(join(process.env.BENCH_CPU_PROF!, `${message.name}.cpuprofile`), JSON.stringify(stopped.profile));
      process.send!({ id: message.id, value: null });
    }
    if (message.type === 'close') {
      floor.server.close();
      await naive.close();
      await api.close();
      process.exit(0);
    }
  });
  process.send!({ type: 'ready', urls });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
