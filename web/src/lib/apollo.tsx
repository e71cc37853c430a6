'use client';

import type { ReactNode } from 'react';
import { storefrontTypePolicies } from './cache-policies';
import { GRAPHQL_URL, SESSION_STORAGE_KEY } from './config';
import { AppRuntimeProvider } from './shared/runtime-provider';

/** Apollo Client (with the session's auth link) and the session of the storefront. */
export function ApolloAppProvider({ children }: { children: ReactNode }) {
  return (
    <AppRuntimeProvider
      graphqlUrl={GRAPHQL_URL}
      storageKey={SESSION_STORAGE_KEY}
      typePolicies={storefrontTypePolicies}
    >
      {children}
    </AppRuntimeProvider>
  );
}
