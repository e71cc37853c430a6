import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AccessTokenVerifier, Identity } from '@msa/auth';
import { bearerToken } from '@msa/auth';
import { isPublicCode, LoaderRegistry, type Logger, type SubgraphContext } from '@msa/subgraph-kit';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

export interface SubscriptionServerOptions<C extends SubgraphContext> {
  httpServer: Server;
  schema: GraphQLSchema;
  verifier: AccessTokenVerifier;
  logger: Logger;
  extendContext: (base: SubgraphContext) => C;
  path?: string;
}

export interface SubscriptionServer {
  close(): Promise<void>;
}

/** Like the HTTP side: expected errors pass, anything else is logged and reaches the client masked. */
function maskErrors(errors: readonly GraphQLFormattedError[], logger: Logger): GraphQLFormattedError[] {
  return errors.map((error) => {
    if (isPublicCode(error.extensions?.code)) return error;
    logger.error({ error }, 'unexpected subscription error');
    return { message: 'Internal server error', ...(error.path ? { path: error.path } : {}), extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  });
}

/**
 * graphql-ws on the subgraph's own HTTP server and path. The connection is authenticated once from
 * `connection_init` ({ authorization: "Bearer …" }); a bad token closes it (4403), no token leaves an anonymous
 * connection whose subscriptions are refused by the resolvers.
 */
export function startSubscriptionServer<C extends SubgraphContext>(options: SubscriptionServerOptions<C>): SubscriptionServer {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path ?? '/graphql' });
  const identities = new WeakMap<object, Identity | null>();

  const server = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.authorization;
        const token = typeof authorization === 'string' ? bearerToken(authorization) : undefined;
        if (!token) {
          identities.set(ctx, null);
          return true;
        }
        try {
          identities.set(ctx, await options.verifier.verify(token));
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx) => {
        const requestId = randomUUID();
        return options.extendContext({
          requestId,
          identity: identities.get(ctx) ?? null,
          logger: options.logger.child({ requestId, transport: 'graphql-ws' }),
          loaders: new LoaderRegistry(),
        });
      },
      onError: (_ctx, _id, _payload, errors) => maskErrors(errors.map((error) => (error instanceof GraphQLError ? error.toJSON() : error)), options.logger),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: maskErrors(result.errors, options.logger) } : result),
    },
    wsServer,
  );

  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
