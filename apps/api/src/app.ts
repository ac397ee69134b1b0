import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { subscriptionLimits } from './graphql/subscription-limits';
import compression from 'compression';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { cors } from './http/cors';
import { serveExplorer } from './http/explorer';
import { requestId } from './http/request-id';
import { configureCausalReads } from './db/causal-reads';
import { databaseHealthCheck } from './db/database-health';
import { type RequestStats, runWithStats } from './db/sql-counter';
import type { Context } from './graphql/context';
import { graphqlBodyErrors, noSubscriptions, unexpectedErrors } from './graphql/client-errors';
import { formatError } from './graphql/format-error';
import { httpResponsePlugin } from './graphql/http-response.plugin';
import { loaderFactory } from './graphql/loaders';
import { getSchema } from './graphql/schema';
import { withDatabaseUnavailableStatus } from './graphql/service-unavailable';
import { modules } from './modules';
import { readSessionToken, resolveViewer, type SessionLookup } from './modules/auth';
import { idempotentMutations } from './modules/idempotency';
import { mountRoutes } from './shared/api-module';
import type { Clock } from './shared/clock';

export interface AppOptions {
  dataSource: DataSource;
  clock: Clock;
  config: Config;
  /** Called after each GraphQL request with its statistics, SQL text included (tests count and read the statements with it). */
  onRequestStats?: (stats: RequestStats) => void;
  /** Where the line of each API request goes (its request id, method, path, status, time); console.log by default. */
  log?: (line: string) => void;
}

export interface App {
  server: Server;
  listen(port: number): Promise<number>;
  /**
   * Stops accepting connections, lets open requests finish (up to `drainMs`, then cuts them) and stops
   * Apollo. Called once, by whoever owns the process (main.ts on a signal, a test's afterAll).
   */
  close(drainMs?: number): Promise<void>;
}

const MAX_TOKENS = 3000;

export async function createApp(options: AppOptions): Promise<App> {
  const { dataSource, clock, config } = options;
  await configureCausalReads(dataSource, config.causalReads);
  const createLoaders = loaderFactory(modules);
  const app = express();
  const server = createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: 8 },
    maxAliases: { n: 20 },
    // The token limit is graphql-js's own (parseOptions below): armor's checks it in a plugin hook, where
    // a syntax error or the limit becomes a 500; the parser's answers 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 10_000 },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  // The drain plugin reads its grace period when it drains, so close() can set it.
  const drainOptions = { httpServer: server, stopGracePeriodMillis: 10_000 };
  const schema = await getSchema(modules);
  // Subscriptions: graphql-ws on the same port and path, the same session (docs/api/README.md#push).
  const push = useServer(
    {
      schema,
      // The limits of armor and of the parser apply to subscription documents too (HTTP's run in Apollo).
      onSubscribe: subscriptionLimits(schema, armor.validationRules, MAX_TOKENS),
      context: async ({ extra, connectionParams }) => {
        const session = await resolveViewer(options, subscriptionToken(extra.request, connectionParams));
        return { viewer: session.viewer, sessionProblem: session.problem, dataSource, clock, config, loaders: createLoaders({ dataSource, clock, config }), req: extra.request, ip: extra.request.socket.remoteAddress ?? 'unknown' } as unknown as Record<string, unknown>;
      },
    },
    new WebSocketServer({ server, path: '/graphql' }),
  );
  const apollo = new ApolloServer<Context>({
    schema,
    ...armor,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      ...armor.plugins,
      noSubscriptions,
      ApolloServerPluginDrainHttpServer(drainOptions),
      // No cache hints in the schema and the headers are httpResponsePlugin's: Apollo's default cache-control
      // plugin would only wrap every field's resolver to compute a policy nobody reads (issue 15's profile: 4.7 % of the CPU).
      ApolloServerPluginCacheControlDisabled(),
      httpResponsePlugin(),
      // Apollo's landing page loads from a CDN; development gets GraphiQL served locally (http/explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
    ],
    // main.ts owns shutdown: Apollo's own signal handler would stop it a second time, and a second
    // stop() never resolves, so the database pool would never be closed and the process never exit.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  app.disable('x-powered-by');
  // X-Forwarded-For only from the proxies TRUST_PROXY names: otherwise the login lock would count whatever IP a client claims.
  app.set('trust proxy', config.trustProxy.length > 0 ? config.trustProxy : false);
  app.use(requestId(options.log ?? console.log));
  // gzip or brotli, as the client accepts, for answers above 1 kB (smaller ones gain nothing). A client that
  // accepts none (identity only, as API clients on a fast network often do) skips the middleware: it wrapped
  // every answer to negotiate an encoding nobody asked for (2 % of a list's CPU, issue 15).
  const compress = compression({ threshold: 1024 });
  app.use((req, res, next) => (acceptsCompression(req.headers['accept-encoding']) ? compress(req, res, next) : next()));
  app.use(securityHeaders);
  // Looked up once per request: the idempotency keys need the staff member before GraphQL's context does.
  const sessions = new WeakMap<express.Request, Promise<SessionLookup>>();
  const sessionOf = (req: express.Request): Promise<SessionLookup> => {
    let session = sessions.get(req);
    if (!session) {
      session = withDatabaseUnavailableStatus(() => resolveViewer(options, readSessionToken(req.headers.authorization, req.headers.cookie)));
      sessions.set(req, session);
    }
    return session;
  };
  const health = databaseHealthCheck(dataSource);
  app.get('/healthz', async (_req, res) => {
    const answer = await health();
    res.status(answer.database === 'up' ? 200 : 503).json(answer);
  });
  app.use('/graphql', cors(config.corsOrigins));
  if (!config.production) serveExplorer(app);
  app.use(
    '/graphql',
    (req, res, next) => {
      const stats: RequestStats = { statements: 0, sql: options.onRequestStats ? [] : undefined };
      res.on('finish', () => options.onRequestStats?.(stats));
      // The session's round trip starts now, while the body is read and parsed, rather than after.
      runWithStats(stats, () => {
        void sessionOf(req).catch(() => undefined);
        next();
      });
    },
    express.json({ limit: '1mb' }),
    idempotentMutations({ dataSource, clock, staffIdOf: async (req) => (await sessionOf(req)).viewer?.id ?? null }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const session = await sessionOf(req);
        return {
          viewer: session.viewer,
          sessionProblem: session.problem,
          dataSource,
          clock,
          config,
          loaders: createLoaders({ dataSource, clock, config }),
          req,
          res,
          ip: req.ip ?? 'unknown',
        };
      },
    }),
  );
  app.use('/graphql', graphqlBodyErrors);
  app.use('/api', mountRoutes(modules, express.Router(), { dataSource, clock, config, viewerOf: async (req) => (await resolveViewer(options, readSessionToken(req.headers.authorization, req.headers.cookie))).viewer }));
  serveConsole(app, config.adminDist ?? join(__dirname, '../../admin/dist'));
  app.use(unexpectedErrors);

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async (drainMs = 10_000) => {
      drainOptions.stopGracePeriodMillis = drainMs;
      await push.dispose();
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A subscription's session: `authorization: 'Bearer …'` in the connection parameters (any origin, as
 * over HTTP), else the session cookie, but only from the API's own origin: browsers send cookies
 * with cross-site WebSocket upgrades, which neither CORS nor CSRF prevention covers.
 */
function subscriptionToken(request: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const authorization = typeof params?.authorization === 'string' ? params.authorization : typeof params?.Authorization === 'string' ? params.Authorization : undefined;
  if (authorization) return readSessionToken(authorization, undefined);
  const origin = request.headers.origin;
  const sameOrigin = !origin || origin.replace(/^https?:\/\//, '') === request.headers.host;
  return sameOrigin ? readSessionToken(undefined, request.headers.cookie) : undefined;
}

function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  next();
}

/** The built console on the same origin as /graphql: no CORS, and the session cookie just works. */
function serveConsole(app: express.Express, distDir: string): void {
  if (!existsSync(join(distDir, 'index.html'))) return;
  app.use(express.static(distDir, { index: 'index.html', maxAge: '1h' }));
  app.get(/^\/(?!graphql|healthz|api\/).*/, (_req, res) => res.sendFile(join(distDir, 'index.html')));
}

/** True when the client takes an encoding other than identity (a `q=0` still counts: compression's own negotiation decides). */
function acceptsCompression(header: string | undefined): boolean {
  return header !== undefined && /gzip|br|deflate|\*/i.test(header);
}
