'use client';

import type { ReactNode } from 'react';
import { AppRuntimeProvider } from '@msa/web-kit/runtime-provider';
import { adminTypePolicies } from './cache-policies';
import { SESSION_STORAGE_KEY } from './config';
import type { ApiEndpoints } from '@msa/web-kit/api-origin';

/** Apollo Client (with the session's auth link) and the session of the dashboard. */
export function ApolloAppProvider({ endpoints, children }: { endpoints: ApiEndpoints; children: ReactNode }) {
  return (
    <AppRuntimeProvider
      endpoints={endpoints}
      storageKey={SESSION_STORAGE_KEY}
      typePolicies={adminTypePolicies}
    >
      {children}
    </AppRuntimeProvider>
  );
}
