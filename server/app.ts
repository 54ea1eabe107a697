/**
 * The HTTP server, one process on one port: the org chart at /, GraphQL at /graphql
 * (GraphiQL for browsers), uploads at /imports, downloadable reports under /reports.
 * Every request to the API, the uploads and the reports is authenticated first (a bearer token or
 * the anonymous role) and held to the limits in server/limits.
 */
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { openDatabase, type Database } from './db/data-source.js';
import { withLock } from './db/locks.js';
import { createContext, type Context } from './request/context.js';
import { graphqlSchema } from './schema.js';
import { compiledExecutor } from './common/compiled-executor.js';
import { graphiqlRouter } from './http/graphiql.js';
import { reportsRouter } from './http/reports.js';
import { importsRouter, uploadTooLargeHint } from './http/imports.js';
import { webRouter } from './http/web.js';
import { securityHeaders } from './http/headers.js';
import { hostCheck } from './limits/host.js';
import { MAX_VALIDATION_ERRORS, repetitionRule } from './limits/repetition.js';
import { timeoutAnswer } from './limits/timeout-answer.js';
import { importSamplesIfEmpty } from './imports/samples.js';
import { authenticate, requireRole } from './access/http.js';
import { defaultAnonymousRole, type AnonymousRole, type Role } from './access/roles.js';
import { createFirstStartToken } from './access/token.service.js';
import { LIMITS, formatBytes, type Limits } from './limits/limits.js';
import { queryLimits } from './limits/armor.js';
import { lateAnswerHandler, requestTimeout } from './limits/timeout.js';
import { clientErrorHandler, formatGraphQLError, httpErrorHandler } from './limits/errors.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../data/samples/', import.meta.url));

/**
 * The CSV worklist names no one and holds what the `coverage` query gives any viewer, so it needs
 * the same role as the API: viewer (and a token wherever the anonymous role is `none`).
 */
export const REPORTS_ROLE: Role = 'viewer';

export interface ServerOptions {
  databaseUrl?: string;
  port?: number;
  host?: string;
  /** Import the bundled samples into an empty database (default true). */
  samples?: boolean;
  log?: (line: string) => void;
  /**
   * Role of a request without a token (ANONYMOUS_ROLE). By default `viewer` on loopback and `none`
   * beyond (see defaultAnonymousRole), and `none` for requests that came through a reverse proxy.
   */
  anonymousRole?: AnonymousRole;
  /**
   * Host names answered besides loopback names, IP addresses and `host` (ALLOWED_HOSTS); a name
   * starting with "." allows every name below it. Other Host headers are refused (DNS rebinding).
   */
  allowedHosts?: string[];
  /** Mask unexpected errors and leave out stack traces (default: NODE_ENV is "production"). */
  production?: boolean;
  /** Other limits than LIMITS (tests use small ones). */
  limits?: Partial<Limits>;
  /**
   * On close(), how long to keep accepting and answering (each answer closing its connection)
   * before the listening socket closes, so that requests sent just before are not refused
   * (default 0; `orgraph serve` uses SHUTDOWN_GRACE_MS).
   */
  shutdownGraceMs?: number;
}

/** What `orgraph serve` gives requests already on their way when it is told to stop. */
export const SHUTDOWN_GRACE_MS = 500;

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  anonymousRole: AnonymousRole;
  /** On the first start, a link that signs the browser in with a new admin token (shown once); otherwise null. */
  loginUrl: string | null;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? (() => {});
  const limits: Limits = { ...LIMITS, ...options.limits };
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const host = options.host ?? '127.0.0.1';
  const anonymousRole = options.anonymousRole ?? defaultAnonymousRole(host);
  // Unless the anonymous role was chosen, requests through a reverse proxy need a token: a server on
  // loopback behind a proxy is reachable from beyond this machine.
  const proxiedAnonymousRole: AnonymousRole = options.anonymousRole ?? 'none';
  const anonymousAccess = { anonymousRole, proxiedAnonymousRole };
  const database = await openDatabase(options.databaseUrl);
  const { dataSource } = database;
  // Servers starting together on one new PostgreSQL database would each see it empty.
  const firstToken = await withLock(dataSource, 'firstStart', async () => {
    if (options.samples !== false) {
      const imported = await importSamplesIfEmpty(dataSource, SAMPLES_DIR);
      if (imported) log(`Empty database: imported ${imported} sample job descriptions from ${SAMPLES_DIR}`);
    }
    return createFirstStartToken(dataSource);
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  app.use(hostCheck(host, options.allowedHosts ?? []));
  const httpServer = http.createServer(app);
  httpServer.on('clientError', clientErrorHandler());
  const shape = queryLimits(limits);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecutor(await graphqlSchema(), limits.responseBytes),
    introspection: true,
    // The caller stops the server (the CLI on SIGINT/SIGTERM, then closes the database and exits 0);
    // Apollo's own signal handlers would race it and re-raise the signal, killing the process.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    formatError: formatGraphQLError(production, log),
    validationRules: [...shape.validationRules, repetitionRule],
    validationOptions: { maxErrors: MAX_VALIDATION_ERRORS },
    parseOptions: shape.parseOptions,
    // The API sets no cache hints; the default plugin would still time every field of every answer.
    plugins: [...shape.plugins, timeoutAnswer(), ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  let closing = false;
  // While closing, every answer closes its connection: clients send their next request elsewhere.
  app.use((_req, res, next) => {
    if (closing) res.setHeader('connection', 'close');
    next();
  });
  app.use(['/graphql', '/imports', '/reports'], requestTimeout(limits.requestTimeoutMs));
  // The GraphiQL page and its files are public; it asks for a token when the API wants one.
  app.use(graphiqlRouter('/graphql'));

  app.use(
    '/graphql',
    authenticate(dataSource, anonymousAccess),
    express.json({ limit: limits.graphqlBodyBytes }),
    // A body express.json() did not read (text/plain, a form) reaches Apollo, whose CSRF check refuses it.
    (req, _res, next) => {
      req.body ??= {};
      next();
    },
    expressMiddleware(apollo, { context: async ({ req }) => createContext(dataSource, req.access!, req.deadline) }),
  );
  app.use(
    '/graphql',
    httpErrorHandler(limits.graphqlBodyBytes, `Import large batches through POST /imports (up to ${formatBytes(limits.uploadBodyBytes)} a request).`, production, log),
  );

  app.use('/imports', authenticate(dataSource, anonymousAccess));
  app.use(importsRouter(dataSource, limits.uploadBodyBytes));
  app.use('/imports', httpErrorHandler(limits.uploadBodyBytes, uploadTooLargeHint(limits.uploadBodyBytes), production, log));

  // Reports are links a browser follows, so the web client's token also comes as a cookie here.
  app.use('/reports', authenticate(dataSource, { ...anonymousAccess, cookie: true }), requireRole(REPORTS_ROLE));
  app.use(reportsRouter(dataSource));
  app.use(webRouter());
  app.use(lateAnswerHandler());
  app.use(httpErrorHandler(limits.graphqlBodyBytes, '', production, log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 4000, host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 4000);
  const shownHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' || host === '::1' ? 'localhost' : host;
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    port,
    database,
    anonymousRole,
    loginUrl: firstToken ? `${url}/?token=${encodeURIComponent(firstToken)}` : null,
    async close() {
      // Requests already sent may still sit unread in the kernel: connections waiting to be accepted
      // and accepted connections whose bytes the event loop has not read yet (it may have been busy
      // with a query when the signal came). The drain below closes the listening socket (resetting
      // connections not yet accepted) and ends every connection without a request in progress, so
      // first keep serving for the grace period (and a few turns of the event loop): the waiting
      // connections are accepted, their requests read, and then they count as in flight and are answered.
      closing = true;
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      if (options.shutdownGraceMs) await new Promise((resolve) => setTimeout(resolve, options.shutdownGraceMs));
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}
