import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { from, switchMap } from 'rxjs';
import { hasErrorCode } from './api-errors';
import type { BrowserSession } from './browser-session';
import { accessTokenForRequest } from './session-refresh';

export interface ApolloClientOptions {
  graphqlUrl: string;
  /** graphql-ws endpoint for subscriptions; without it (e.g. on the server) subscriptions are not available. */
  graphqlWsUrl?: string;
  session: BrowserSession;
  typePolicies?: TypePolicies;
}

/**
 * The Apollo Client of an app: every request carries the session's access token (renewed first when it is
 * about to expire), and a request refused as UNAUTHENTICATED while a session exists is retried once after
 * a refresh, which covers a token revoked or signed with a rotated key.
 */
export function createApolloClient({
  graphqlUrl,
  graphqlWsUrl,
  session,
  typePolicies,
}: ApolloClientOptions): ApolloClient {
  const authorize = new SetContextLink(async (context) => {
    const token = await accessTokenForRequest(session.store, session.refresh);
    return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
  });

  const retryAfterRefresh = new ErrorLink(({ error, operation, forward }) => {
    if (!hasErrorCode(error, 'UNAUTHENTICATED')) return;
    if (operation.getContext().retriedAfterRefresh || !session.store.storedRefreshToken()) return;
    operation.setContext({ retriedAfterRefresh: true });
    return from(session.refresh()).pipe(switchMap(() => forward(operation)));
  });

  const http = ApolloLink.from([retryAfterRefresh, authorize, new HttpLink({ uri: graphqlUrl })]);
  return new ApolloClient({
    link: graphqlWsUrl
      ? ApolloLink.split(isSubscription, subscriptionLink(graphqlWsUrl, session), http)
      : http,
    cache: new InMemoryCache(typePolicies ? { typePolicies } : {}),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

const isSubscription = ({ operationType }: ApolloLink.Operation): boolean =>
  operationType === OperationTypeNode.SUBSCRIPTION;

/**
 * Subscriptions over graphql-ws, opened lazily on the first subscription. The access token goes in
 * `connection_init`; the socket reconnects (with a fresh token) when the session changes or the link drops.
 */
function subscriptionLink(url: string, session: BrowserSession): ApolloLink {
  const client = createClient({
    url,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: async () => {
      const token = await accessTokenForRequest(session.store, session.refresh);
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  let signedIn = session.store.getState().status === 'signed-in';
  session.store.subscribe(() => {
    const now = session.store.getState().status === 'signed-in';
    if (now !== signedIn) client.terminate();
    signedIn = now;
  });
  return new GraphQLWsLink(client);
}
