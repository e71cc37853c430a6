import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isPublicCode } from '@msa/subgraph-kit';
import type { RouterContext } from '../context';

/**
 * Errors whose code is public (including codes a subgraph reported, which the gateway passes on) reach the
 * client unchanged; anything else, such as an unreachable subgraph, becomes INTERNAL_SERVER_ERROR with no
 * internals.
 */
export function maskRouterError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (isPublicCode(formatted.extensions?.code)) return formatted;
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs, with the request id, every error that `maskRouterError` is about to hide from the client. */
export function useErrorLogging(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isPublicCode(error.extensions?.code)) continue;
            contextValue.logger.error(
              {
                err: unwrapResolverError(error),
                operationName,
                path: error.path,
                code: error.extensions?.code,
              },
              'unexpected error',
            );
          }
        },
      };
    },
  };
}
