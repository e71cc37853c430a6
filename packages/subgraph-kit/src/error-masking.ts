import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isPublicCode, UpstreamUnavailableError } from './errors';
import type { Logger } from './logger';

function isExpected(error: unknown): boolean {
  return error instanceof GraphQLError && isPublicCode(error.extensions?.code);
}

/** Unexpected errors reach clients as INTERNAL_SERVER_ERROR without internals; expected ones pass through. */
export function maskUnexpectedErrors(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof UpstreamUnavailableError)
    return {
      message: original.publicMessage,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
    };
  if (isExpected(original) || isPublicCode(formatted.extensions?.code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError && formatted.extensions?.code === undefined)
    return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs every unexpected error in full, with the request id, before it is masked. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<{ requestId?: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof UpstreamUnavailableError) {
              const context = {
                err: original,
                requestId: contextValue.requestId,
                operationName,
                path: error.path,
              };
              logger.warn(context, 'a service read through the router is unavailable');
              continue;
            }
            if (isExpected(original) || isPublicCode(error.extensions?.code)) continue;
            logger.error(
              { err: original, requestId: contextValue.requestId, operationName, path: error.path },
              'unexpected error',
            );
          }
        },
      };
    },
  };
}
