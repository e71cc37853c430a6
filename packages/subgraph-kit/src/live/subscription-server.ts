import type { Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AccessTokenVerifier, Identity } from '@msa/auth';
import { bearerToken } from '@msa/auth';
import { isPublicCode } from '../errors';
import { LoaderRegistry } from '../loaders';
import type { Logger } from '../logger';
import type { SubgraphContext } from '../context';
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
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

/** Like the HTTP side: expected errors pass, anything else is logged in full and reaches the client masked. */
function maskErrors(errors: readonly GraphQLError[], logger: Logger): GraphQLFormattedError[] {
  return errors.map((error) => {
    if (
      isPublicCode(error.extensions?.code) ||
      (!error.originalError && error.extensions?.code === undefined)
    )
      return error.toJSON();
    logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected subscription error');
    return {
      message: 'Internal server error',
      ...(error.path ? { path: error.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  });
}

/**
 * graphql-ws on the subgraph's own HTTP server and path. The connection is authenticated once from
 * `connection_init` ({ authorization: "Bearer …" }); a bad token closes it (4403), no token leaves an anonymous
 * connection whose subscriptions are refused by the resolvers.
 */
export function startSubscriptionServer<C extends SubgraphContext>(
  options: SubscriptionServerOptions<C>,
): SubscriptionServer {
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
      onError: (_ctx, _id, _payload, errors) => maskErrors(errors, options.logger),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors) return;
        return { ...result, errors: maskErrors(result.errors, options.logger) };
      },
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
