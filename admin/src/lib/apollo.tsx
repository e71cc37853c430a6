'use client';

import type { ReactNode } from 'react';
import { AppRuntimeProvider } from '@shared/runtime-provider';
import { adminTypePolicies } from './cache-policies';
import { GRAPHQL_URL, SESSION_STORAGE_KEY } from './config';

/** Apollo Client (with the session's auth link) and the session of the dashboard. */
export function ApolloAppProvider({ children }: { children: ReactNode }) {
  return (
    <AppRuntimeProvider
      graphqlUrl={GRAPHQL_URL}
      storageKey={SESSION_STORAGE_KEY}
      typePolicies={adminTypePolicies}
    >
      {children}
    </AppRuntimeProvider>
  );
}
