import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { forwardedHeaders } from '../http/request-meta';
import { isRouterContext, type RouterContext } from '../context';

/**
 * Calls one subgraph on behalf of a client request, passing the caller's bearer token (each subgraph verifies
 * it again, so reaching a subgraph directly grants nothing) and the correlation headers.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): void {
    if (!isRouterContext(context) || !request.http) return;
    for (const [name, value] of Object.entries(forwardedHeaders(context, context.authorization))) {
      request.http.headers.set(name, value);
    }
  }
}
