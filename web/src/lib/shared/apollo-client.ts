import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap } from 'rxjs';
import { hasErrorCode } from './api-errors';
import type { BrowserSession } from './browser-session';
import { accessTokenForRequest } from './session-refresh';

export interface ApolloClientOptions {
  graphqlUrl: string;
  session: BrowserSession;
  typePolicies?: TypePolicies;
}

/**
 * The Apollo Client of an app: every request carries the session's access token (renewed first when it is
 * about to expire), and a request refused as UNAUTHENTICATED while a session exists is retried once after
 * a refresh, which covers a token revoked or signed with a rotated key.
 */
export function createApolloClient({ graphqlUrl, session, typePolicies }: ApolloClientOptions): ApolloClient {
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

  return new ApolloClient({
    link: ApolloLink.from([retryAfterRefresh, authorize, new HttpLink({ uri: graphqlUrl })]),
    cache: new InMemoryCache(typePolicies ? { typePolicies } : {}),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
