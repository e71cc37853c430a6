'use client';

import type { ReactNode } from 'react';
import { storefrontTypePolicies } from './cache-policies';
import { SESSION_STORAGE_KEY } from './config';
import type { ApiEndpoints } from '@msa/web-kit/api-origin';
import { AppRuntimeProvider } from '@msa/web-kit/runtime-provider';

/** Apollo Client (with the session's auth link) and the session of the storefront. */
export function ApolloAppProvider({ endpoints, children }: { endpoints: ApiEndpoints; children: ReactNode }) {
  return (
    <AppRuntimeProvider
      endpoints={endpoints}
      storageKey={SESSION_STORAGE_KEY}
      typePolicies={storefrontTypePolicies}
    >
      {children}
    </AppRuntimeProvider>
  );
}
