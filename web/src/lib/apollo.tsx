'use client';

import { useState, type ReactNode } from 'react';
import { GRAPHQL_URL, SESSION_STORAGE_KEY } from './config';
import { storefrontTypePolicies } from './cache-policies';
import { createApolloClient } from './shared/apollo-client';
import { createBrowserSession } from './shared/browser-session';
import { RuntimeProvider, type ClientRuntime } from './shared/runtime-provider';

/**
 * Apollo Client and session for the storefront. Created once per page load (and once per server render, so
 * nothing is shared between visitors on the server).
 */
export function ApolloAppProvider({ children }: { children: ReactNode }) {
  const [runtime] = useState<ClientRuntime>(() => {
    const session = createBrowserSession({ graphqlUrl: GRAPHQL_URL, storageKey: SESSION_STORAGE_KEY });
    return {
      session,
      client: createApolloClient({ graphqlUrl: GRAPHQL_URL, session, typePolicies: storefrontTypePolicies }),
    };
  });
  return <RuntimeProvider runtime={runtime}>{children}</RuntimeProvider>;
}
