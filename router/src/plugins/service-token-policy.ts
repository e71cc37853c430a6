import type { ApolloServerPlugin } from '@apollo/server';
import type { Identity } from '@msa/auth';
import { GraphQLError, type OperationTypeNode } from 'graphql';
import type { RouterContext } from '../context';

/**
 * Internal service tokens exist for the few reads a service makes through the router (their scopes decide
 * which, in the owning subgraph). The router never lets them change anything or subscribe: a leaked service
 * token is no key to the public API's mutations.
 */
export function serviceTokenRefusal(
  identity: Identity | null,
  operation: OperationTypeNode | undefined,
): GraphQLError | null {
  if (identity?.kind !== 'service' || operation === 'query') return null;
  return new GraphQLError('Service tokens may only run queries', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

export function useServiceTokenPolicy(): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const refusal = serviceTokenRefusal(contextValue.identity, operation?.operation);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
