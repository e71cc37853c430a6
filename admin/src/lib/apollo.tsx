'use client';

import { useState, type ReactNode } from 'react';
import { createApolloClient } from '@shared/apollo-client';
import { createBrowserSession } from '@shared/browser-session';
import { RuntimeProvider, type ClientRuntime } from '@shared/runtime-provider';
import { adminTypePolicies } from './cache-policies';
import { GRAPHQL_URL, SESSION_STORAGE_KEY } from './config';

/** Apollo Client and session for the dashboard, created once per page load. */
export function ApolloAppProvider({ children }: { children: ReactNode }) {
  const [runtime] = useState<ClientRuntime>(() => {
    const session = createBrowserSession({ graphqlUrl: GRAPHQL_URL, storageKey: SESSION_STORAGE_KEY });
    return {
      session,
      client: createApolloClient({ graphqlUrl: GRAPHQL_URL, session, typePolicies: adminTypePolicies }),
    };
  });
  return <RuntimeProvider runtime={runtime}>{children}</RuntimeProvider>;
}
