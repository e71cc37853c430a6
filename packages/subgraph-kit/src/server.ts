import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { activeTraceId, graphqlRequestTracing } from '@msa/telemetry';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { redisSessionVersions, revocationCheckingVerifier, type AccessTokenVerifier } from '@msa/auth';
import { Redis } from 'ioredis';
import { identityFromHeader, type SubgraphContext } from './context';
import { cacheControlPlugin } from './cache-policy';
import { errorLoggingPlugin, maskUnexpectedErrors } from './error-masking';
import { jsonErrorHandler, jsonNotFound } from './http-errors';
import { inputSafetyPlugin } from './input-safety';
import { accessLog } from './access-log';
import { LoaderRegistry } from './loaders';
import type { Logger } from './logger';
import {
  createServiceMetrics,
  httpMetricsMiddleware,
  metricsHandler,
  metricsPlugin,
  type ServiceMetrics,
} from './metrics';
import { DEFAULT_LISTEN_HOST } from './network';
import { requestIdFrom, traceIdFrom } from './request-id';

export type HealthCheck = () => Promise<unknown>;

export interface SubgraphServerOptions<C extends SubgraphContext> {
  name: string;
  schema: GraphQLSchema;
  verifier: AccessTokenVerifier;
  logger: Logger;
  port: number;
  host?: string;
  /** Readiness checks by name (database ping, Redis ping…); /health answers 503 while any fails. */
  healthChecks?: Record<string, HealthCheck>;
  /** Adds service-specific fields (repositories, clients) to each request's context. */
  extendContext?: (base: SubgraphContext, req: Request) => C | Promise<C>;
  /** Extra HTTP routes mounted before /graphql (uploads, webhooks, JWKS). */
  routes?: (app: Express, metrics: ServiceMetrics) => void;
  /** Called on stop after the HTTP server drained: close pools, workers, clients. */
  onStop?: () => Promise<void>;
  introspection?: boolean;
  /**
   * Redis holding the users' session versions: with it, tokens of a user who logged out, changed password
   * or role, or was disabled stop working here within about a second. Every service sets it.
   */
  redisUrl?: string;
  /**
   * The schema declares `@cacheControl` hints (catalog subgraphs): each response says in its Cache-Control
   * header how long it may be cached and whether it is public, which the router's response cache obeys.
   * Unhinted objects and root fields count as uncacheable (max-age 0). Off elsewhere: a document whose
   * policy depends on the data still pays Apollo's per-field bookkeeping.
   */
  cacheHints?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  httpServer: Server;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

async function runHealthChecks(checks: Record<string, HealthCheck>) {
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await check();
        return [name, 'ok'] as const;
      } catch (error) {
        return [name, `failing: ${(error as Error).message}`] as const;
      }
    }),
  );
  return { healthy: results.every(([, status]) => status === 'ok'), checks: Object.fromEntries(results) };
}

/**
 * How long an idle kept-alive connection stays open. The router's subgraph client keeps connections without an
 * idle limit of its own; with Node's 5 s default the server could close one just as the router sends on it,
 * which the router sees as ECONNRESET (the service "unavailable") under load. The router holds few connections
 * per subgraph, so keeping them a minute costs nothing.
 */
const IDLE_CONNECTION_MS = 65_000;

/** Serves a federated schema on express 5 with /graphql, /health and /metrics. */
export async function startSubgraphServer<C extends SubgraphContext>(
  options: SubgraphServerOptions<C>,
): Promise<RunningSubgraph> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(
    { keepAliveTimeout: IDLE_CONNECTION_MS, headersTimeout: IDLE_CONNECTION_MS + 1_000 },
    app,
  );
  const metrics = createServiceMetrics(options.name);
  const sessionRedis = options.redisUrl
    ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 5_000 })
    : null;
  sessionRedis?.on('error', (error: Error) => options.logger.warn({ err: error }, 'session redis error'));
  const verifier = sessionRedis
    ? revocationCheckingVerifier(options.verifier, redisSessionVersions(sessionRedis), (error) =>
        options.logger.warn({ err: error }, 'session version unavailable; token accepted'),
      )
    : options.verifier;

  const apollo = new ApolloServer<C>({
    schema: options.schema,
    introspection: options.introspection ?? true,
    formatError: maskUnexpectedErrors,
    // The service's graceful shutdown stops this server among its other parts; Apollo's own handler would stop
    // only the server and then re-send the signal, killing the process before workers and pools are closed.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo adds its own cache-control plugin unless told it is off; the kit's replaces it (see cacheControlPlugin).
      ApolloServerPluginCacheControlDisabled(),
      ...(options.cacheHints ? [cacheControlPlugin<C>({ defaultMaxAge: 0 })] : []),
      // What a signed-in caller sees (drafts for staff, say) is never a public answer, whatever the hints.
      ...(options.cacheHints ? [privateForSignedInCallers()] : []),
      inputSafetyPlugin(),
      metricsPlugin(metrics),
      errorLoggingPlugin(options.logger) as never,
    ],
  });
  await apollo.start();

  app.use(httpMetricsMiddleware(metrics));
  app.use(accessLog(options.logger));
  app.get('/health', async (_req, res) => {
    const report = await runHealthChecks(options.healthChecks ?? {});
    res
      .status(report.healthy ? 200 : 503)
      .json({ status: report.healthy ? 'ok' : 'unavailable', service: options.name, ...report });
  });
  app.get('/metrics', metricsHandler(metrics));
  options.routes?.(app, metrics);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    graphqlRequestTracing(options.name),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdFrom(req.headers);
        res.setHeader('x-request-id', requestId);
        // A traced request's trace.id comes from its span (the logger's mixin); otherwise from the caller's header.
        const logger = options.logger.child({
          'http.request.id': requestId,
          ...(activeTraceId() ? {} : { 'trace.id': traceIdFrom(req.headers) }),
        });
        const identity = await identityFromHeader(req.headers.authorization, verifier);
        const base: SubgraphContext = { requestId, identity, logger, loaders: new LoaderRegistry() };
        return options.extendContext ? options.extendContext(base, req) : (base as C);
      },
    }),
  );

  app.use(jsonNotFound);
  app.use(jsonErrorHandler(options.logger));

  await new Promise<void>((resolve) =>
    httpServer.listen(options.port, options.host ?? DEFAULT_LISTEN_HOST, resolve),
  );
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://localhost:${port}/graphql`;
  options.logger.info({ url }, `${options.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  return {
    name: options.name,
    url,
    port,
    httpServer,
    metrics,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await options.onStop?.();
        await sessionRedis?.quit().catch(() => sessionRedis.disconnect());
      })();
      return stopping;
    },
  };
}

function privateForSignedInCallers(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue.identity) return;
      return {
        // Not before execution: the cache-control plugin ignores the hints of a policy restricted that early.
        async executionDidStart({ overallCachePolicy }) {
          overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}
