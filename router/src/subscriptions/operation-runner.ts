import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult, SubscribePayload } from 'graphql-ws';
import type { RouterContext } from '../context';

/**
 * Runs a query or mutation that arrived over graphql-ws through Apollo Server's request pipeline, so it meets
 * the same limits, rate limits, metrics and error masking as over HTTP.
 */
export function apolloOperationRunner(apollo: ApolloServer<RouterContext>) {
  return async (payload: SubscribePayload, context: RouterContext): Promise<FormattedExecutionResult> => {
    const response = await apollo.executeOperation(
      {
        query: payload.query,
        operationName: payload.operationName ?? undefined,
        variables: payload.variables ?? undefined,
        extensions: payload.extensions ?? undefined,
      },
      { contextValue: context },
    );
    if (response.body.kind === 'single') return response.body.singleResult;
    return {
      errors: [
        {
          message: 'Incremental delivery is not supported over graphql-ws',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    };
  };
}
