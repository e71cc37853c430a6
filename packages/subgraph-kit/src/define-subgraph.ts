import type { AccessTokenVerifier } from '@msa/auth';
import { closeConnection, createQueueConnection, resolveQueuePrefix, startOutboxRelay } from '@msa/events';
import type { Express, Request } from 'express';
import type { GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import type { SubgraphContext } from './context';
import type { ConnectOptions } from './database/prisma-database';
import { createDisposableStack, type DisposableStack } from './disposable-stack';
import { createLogger, type Logger } from './logger';
import type { ServiceMetrics } from './metrics';
import { startSubscriptionServer } from './live/subscription-server';
import { startSubgraphServer, type HealthCheck, type RunningSubgraph } from './server';

/** What every subgraph is given to run: its database, Redis, port and the verifier of access tokens. */
export interface SubgraphRuntimeOptions {
  name: string;
  databaseUrl: string;
  /** Queues, the outbox relay and session versions; without it none of them run (products in tests). */
  redisUrl?: string;
  /** BullMQ key prefix (and pub/sub channel prefix); QUEUE_PREFIX, then BullMQ's `bull`, when absent. */
  queuePrefix?: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  verifier: AccessTokenVerifier;
  /** Default: a logger named after the subgraph. */
  logger?: Logger;
  /**
   * false when the subgraph consumes no queues: no shared queue connection and no Redis health check (the
   * outbox relay still runs). Default true.
   */
  queueConnection?: boolean;
}

/**
 * What a subgraph's own options repeat of the runtime: tests pass them directly, its process gets them from
 * the environment (see runSubgraph).
 */
export type SubgraphOptions = Omit<SubgraphRuntimeOptions, 'name' | 'queueConnection'> & { redisUrl: string };

/** How a subgraph's database client is opened and pinged (see prismaDatabase). */
export interface DatabaseClientFactory<Db> {
  connect(databaseUrl: string, options?: ConnectOptions): Db;
  ping(db: Db): Promise<void>;
}

/** What the kit hands the subgraph's own start: the shared clients and the stack its resources join. */
export interface SubgraphKit extends Pick<DisposableStack, 'defer' | 'use'> {
  name: string;
  logger: Logger;
  /** The resolved queue prefix. */
  prefix: string;
  /** One Redis connection shared by the subgraph's queues and workers (see createQueueConnection). */
  queueConnection: Redis;
  /** `{ connection, prefix, logger }` for startEventWorker / startCommandWorker. */
  workerOptions: { connection: Redis; prefix: string; logger: Logger };
  /**
   * Opens the subgraph's database client on its `databaseUrl`: its ping is the `database` health check, and it
   * disconnects after everything started later has stopped.
   */
  connectDatabase<Db extends { $disconnect(): Promise<void> }>(
    database: DatabaseClientFactory<Db>,
    options?: ConnectOptions,
  ): Db;
  /**
   * A Redis client of the subgraph's own (cart store, search cache, sessions) on its `redisUrl`: its errors are
   * logged as `<label> connection error`, and it quits on stop.
   */
  redisClient(label: string): Redis;
}

/** What a subgraph contributes: its schema, its request context and extras. */
export interface SubgraphParts<C extends SubgraphContext, Extra extends object> {
  schema: GraphQLSchema;
  /** More readiness checks, after `database` and `redis` (e.g. an external delivery log). */
  healthChecks?: Record<string, HealthCheck>;
  /** The context of each HTTP request. */
  context: (base: SubgraphContext, req: Request) => C | Promise<C>;
  /** When given, graphql-ws serves /graphql on the same port with this context. */
  subscriptionContext?: (base: SubgraphContext) => C;
  /** Extra HTTP routes mounted before /graphql (uploads, webhooks, JWKS). */
  routes?: (app: Express, metrics: ServiceMetrics) => void;
  /** Added to the running subgraph (e.g. search's engine kind and index flush). */
  extras?: Extra;
  /** The schema sets `@cacheControl` hints for the router's response cache (see startSubgraphServer). */
  cacheHints?: boolean;
}

function unusedQueueConnection(): never {
  throw new Error('this subgraph was defined with queueConnection: false');
}

function noRedisUrl(): never {
  throw new Error('this subgraph was defined without a redisUrl');
}

function noDatabase(): never {
  throw new Error('the subgraph opens its database with kit.connectDatabase');
}

/**
 * Starts a subgraph the one way every service does: logger, queue connection and prefix, outbox relay, the
 * database client (kit.connectDatabase), the HTTP server with /health (database and Redis pings) and /metrics, graphql-ws when the subgraph has
 * subscriptions. `start` builds what is the subgraph's own and registers everything it starts on the kit
 * (`kit.use(worker, 'name')`); stop() closes subscriptions, drains HTTP, then stops those in reverse order.
 * When anything fails to start, what already started is stopped before the error is rethrown.
 */
export async function defineSubgraph<C extends SubgraphContext, Extra extends object = object>(
  options: SubgraphRuntimeOptions,
  start: (kit: SubgraphKit) => Promise<SubgraphParts<C, Extra>>,
): Promise<RunningSubgraph & Extra> {
  const { name, redisUrl } = options;
  const logger = options.logger ?? createLogger(name);
  const stack = createDisposableStack(logger);
  const prefix = resolveQueuePrefix(options.queuePrefix);

  try {
    let queueConnection: Redis | undefined;
    if (redisUrl && options.queueConnection !== false) {
      const connection = createQueueConnection(redisUrl);
      connection.on('error', (error) => logger.warn({ err: error }, 'queue connection error'));
      stack.defer(() => closeConnection(connection), 'queue connection');
      queueConnection = connection;
    }
    if (redisUrl)
      stack.use(
        startOutboxRelay({ databaseUrl: options.databaseUrl, redisUrl, prefix, logger }),
        'outbox relay',
      );
    let pingDatabase: HealthCheck | undefined;
    const kit: SubgraphKit = {
      defer: stack.defer,
      use: stack.use,
      name,
      logger,
      prefix,
      get queueConnection() {
        return queueConnection ?? unusedQueueConnection();
      },
      get workerOptions() {
        return { connection: kit.queueConnection, prefix, logger };
      },
      connectDatabase(database, connectOptions) {
        const db = database.connect(options.databaseUrl, connectOptions);
        stack.defer(() => db.$disconnect(), 'database');
        pingDatabase = () => database.ping(db);
        return db;
      },
      redisClient(label) {
        const redis = new Redis(redisUrl ?? noRedisUrl(), { maxRetriesPerRequest: 3 });
        redis.on('error', (error) => logger.warn({ err: error }, `${label} connection error`));
        stack.defer(() => redis.quit().catch(() => redis.disconnect()), label);
        return redis;
      },
    };

    const parts = await start(kit);
    const server = await startSubgraphServer<C>({
      name,
      schema: parts.schema,
      verifier: options.verifier,
      ...(redisUrl ? { redisUrl } : {}),
      logger,
      port: options.port,
      ...(options.host ? { host: options.host } : {}),
      healthChecks: {
        database: pingDatabase ?? noDatabase(),
        ...(queueConnection ? { redis: () => queueConnection.ping() } : {}),
        ...parts.healthChecks,
      },
      extendContext: parts.context,
      ...(parts.routes ? { routes: parts.routes } : {}),
      ...(parts.cacheHints ? { cacheHints: true } : {}),
      onStop: () => stack.unwind(),
    });
    const subscriptions = parts.subscriptionContext
      ? startSubscriptionServer({
          httpServer: server.httpServer,
          schema: parts.schema,
          verifier: options.verifier,
          logger,
          extendContext: parts.subscriptionContext,
        })
      : null;

    let stopping: Promise<void> | undefined;
    return {
      ...server,
      ...(parts.extras as Extra),
      stop() {
        stopping ??= (async () => {
          await subscriptions?.close();
          await server.stop();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await stack.unwind();
    throw error;
  }
}
