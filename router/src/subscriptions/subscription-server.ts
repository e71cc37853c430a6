import type { Server } from 'node:http';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type FormattedExecutionResult, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AccessTokenVerifier } from '@msa/auth';
import { isPublicCode, type Logger } from '@msa/subgraph-kit';
import type { RouterContext } from '../context';
import type { SubgraphBreakers } from '../gateway/subgraph-breaker';
import type { TrustProxy } from '../http/upgrade-meta';
import type { QueryLimits } from '../limits/query-limits';
import type { RouterMetrics } from '../metrics/router-metrics';
import type { RateLimiter } from '../rate-limit/redis-rate-limiter';
import { admitOperation, type Admission } from './admit-operation';
import { concurrencyLimit } from './concurrency-limit';
import { authenticateConnection, openClientConnection, type ClientConnection } from './client-connection';
import { startFederatedSubscription } from './federated-subscription';
import { sharedEventResolution } from './shared-event-resolution';
import type { SubscriptionEvent } from './resolve-event';
import { failureErrors, formatSubscriptionError, SubscriptionFailure } from './subscription-errors';
import type { SubscriptionSupergraph } from './subscription-supergraph';

/** Largest message a client may send (a subscribe with its document), like the HTTP body limit. */
const MAX_CLIENT_MESSAGE_BYTES = 1024 * 1024;
/** How long closing waits for clients to finish the close handshake before dropping them. */
const CLOSE_GRACE_MS = 2_000;

export interface SubscriptionServerOptions {
  httpServer: Server;
  /** The router's GraphQL path; HTTP requests and WebSocket upgrades share it. */
  path: string;
  verifier: AccessTokenVerifier;
  trustProxy: TrustProxy;
  /** The supergraph the gateway serves now (undefined before it loaded one). */
  supergraph: () => SubscriptionSupergraph | undefined;
  limits: QueryLimits;
  limiter: RateLimiter;
  maxChargePerOperation: number;
  maxTokens: number;
  metrics: RouterMetrics;
  logger: Logger;
  /** The subgraphs' circuit breakers, shared with queries: subscribing to a subgraph goes through its one. */
  breakers: SubgraphBreakers;
  /** Events whose entity fetches may run at once, across all subscriptions. */
  entityFetchConcurrency: number;
  /** Whether a handshake's Origin header may open a connection (the CORS allow-list; none is fine). */
  originAllowed: (origin: string | undefined) => boolean;
  /** Runs a query or mutation through Apollo Server (limits, rate limits, masking) as this client. */
  executeOperation: (payload: SubscribePayload, context: RouterContext) => Promise<FormattedExecutionResult>;
}

export interface SubscriptionServer {
  /** Closes every client connection (clients see 1001 Going Away and reconnect) and their upstream sockets. */
  close(): Promise<void>;
}

/** What graphql-ws hands back to the `execute`/`subscribe` options as the operation's context value. */
type Admitted = Exclude<Admission, { kind: 'refused' }> & {
  payload: SubscribePayload;
  connection: ClientConnection;
};

function logUnexpected(errors: readonly (GraphQLError | GraphQLFormattedError)[], logger: Logger) {
  for (const error of errors) {
    if (isPublicCode(error.extensions?.code)) continue;
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (cause instanceof SubscriptionFailure) continue;
    logger.error({ err: cause, path: error.path }, 'unexpected error over graphql-ws');
  }
}

/**
 * graphql-ws on the router's own HTTP server and GraphQL path. connection_init is authenticated with the
 * router's verifier; subscriptions are validated, limited and planned, then served by their owner subgraph
 * with other subgraphs' fields fetched per event; queries and mutations sent over the socket run through
 * Apollo Server like HTTP requests.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const { metrics, logger } = options;
  const services = {
    metrics: metrics.subscriptions,
    entityFetchLimit: concurrencyLimit(options.entityFetchConcurrency),
    sharing: sharedEventResolution(),
  };
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: options.path,
    maxPayload: MAX_CLIENT_MESSAGE_BYTES,
    // A page on a site outside the allow-list cannot open a socket with a visitor's browser.
    verifyClient: ({ req }, accept) => {
      const origin = req.headers.origin;
      if (options.originAllowed(origin)) return accept(true);
      logger.info({ origin }, 'graphql-ws handshake refused: origin not allowed');
      accept(false, 403, 'Origin not allowed');
    },
  });
  wsServer.on('error', (error) => logger.error({ err: error }, 'graphql-ws server error'));
  // Keyed by graphql-ws's per-socket context object.
  const connections = new Map<object, ClientConnection>();

  const closeConnection = async (ctx: object) => {
    const connection = connections.get(ctx);
    if (!connection) return;
    connections.delete(ctx);
    metrics.subscriptions.connections.dec();
    await connection.close();
  };

  const server = useServer(
    {
      onConnect: async (ctx) => {
        const auth = await authenticateConnection(ctx.connectionParams, options.verifier);
        if (!auth.accepted) {
          logger.info({ reason: auth.reason }, 'graphql-ws connection refused');
          return false;
        }
        // The client may have left while its token was checked; its close has been handled already.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        const connection = openClientConnection({
          auth,
          request: ctx.extra.request,
          trustProxy: options.trustProxy,
          logger,
          guardOf: (subgraph) => options.breakers.guard(subgraph),
          onExpired: () => ctx.extra.socket.close(CloseCode.Forbidden, 'Access token expired'),
        });
        connections.set(ctx, connection);
        metrics.subscriptions.connections.inc();
        return true;
      },
      onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        const connection = connections.get(ctx);
        const supergraph = options.supergraph();
        if (!connection || !supergraph) {
          return [
            new GraphQLError('The router is not ready', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
          ];
        }
        const admission = await admitOperation(payload, connection, { ...options, supergraph });
        if (admission.kind === 'refused') return admission.errors;
        const admitted: Admitted = { ...admission, payload, connection };
        const document =
          admission.kind === 'subscription' ? admission.subscription.document : admission.document;
        return {
          schema: supergraph.apiSchema,
          document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? undefined,
          contextValue: admitted,
        };
      },
      execute: async (args) => {
        const { payload, connection } = args.contextValue as Admitted;
        return (await options.executeOperation(payload, connection.context)) as ExecutionResult;
      },
      subscribe: (args) => {
        const admitted = args.contextValue as Admitted;
        if (admitted.kind !== 'subscription') throw new Error('Only subscriptions are streamed');
        const stream = startFederatedSubscription(admitted.subscription, services);
        // The stream yields formatted events; `onNext` sends them as they are.
        return stream as unknown as AsyncIterable<ExecutionResult>;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        const event = result as SubscriptionEvent;
        if (!event.errors?.length) return event as FormattedExecutionResult;
        logUnexpected(event.errors, connections.get(ctx)?.context.logger ?? logger);
        return { ...event, errors: event.errors.map(formatSubscriptionError) } as FormattedExecutionResult;
      },
      onError: (ctx, _id, _payload, errors) => {
        logUnexpected(errors, connections.get(ctx)?.context.logger ?? logger);
        return failureErrors(errors);
      },
      onClose: (ctx) => closeConnection(ctx),
    },
    wsServer,
  );

  let closing: Promise<void> | undefined;
  return {
    close() {
      closing ??= (async () => {
        const dropLingering = setTimeout(() => {
          for (const socket of wsServer.clients) socket.terminate();
        }, CLOSE_GRACE_MS);
        dropLingering.unref();
        await server.dispose();
        clearTimeout(dropLingering);
        await Promise.all([...connections.keys()].map(closeConnection));
      })();
      return closing;
    },
  };
}
