'use client';

import type { ApolloClient, TypePolicies } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createContext, use, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiEndpoints } from './api-origin';
import { createApolloClient } from './apollo-client';
import { createBrowserSession, type BrowserSession } from './browser-session';
import { SERVER_SESSION_STATE, type SessionState } from './session-store';

export interface ClientRuntime {
  client: ApolloClient;
  session: BrowserSession;
  endpoints: ApiEndpoints;
}

const RuntimeContext = createContext<ClientRuntime | null>(null);

/**
 * Provides the Apollo Client and the session, and keeps them in step: restores a remembered session on the
 * first render, follows sign-in and sign-out in other tabs, and empties the cache when the session ends so
 * nothing of the previous user stays on screen.
 */
export function RuntimeProvider({ runtime, children }: { runtime: ClientRuntime; children: ReactNode }) {
  const { client, session } = runtime;

  useEffect(() => {
    if (session.store.getState().status === 'restoring') void session.refresh();
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== window.localStorage) return;
      if (session.store.handleStorageChange(event.key, event.newValue)) void session.refresh();
    };
    window.addEventListener('storage', onStorage);

    let previous = session.store.getState();
    const unsubscribe = session.store.subscribe(() => {
      const next = session.store.getState();
      // Queries that leave the screen during the reset abort their refetch; each query shows its own errors.
      if (previous.status === 'signed-in' && next.status !== 'signed-in')
        client.resetStore().catch(() => undefined);
      previous = next;
    });
    return () => {
      window.removeEventListener('storage', onStorage);
      unsubscribe();
    };
  }, [client, session]);

  return (
    <RuntimeContext value={runtime}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </RuntimeContext>
  );
}

/**
 * Creates an app's Apollo Client and session once per page load (and once per server render, so nothing
 * is shared between visitors on the server) and provides them.
 */
export function AppRuntimeProvider({
  endpoints,
  storageKey,
  typePolicies,
  children,
}: {
  /** The router's endpoints, read on the server at request time (see `apiEndpointsFromEnv`). */
  endpoints: ApiEndpoints;
  /** localStorage key of the refresh token; one per app. */
  storageKey: string;
  typePolicies?: TypePolicies;
  children: ReactNode;
}) {
  const [runtime] = useState<ClientRuntime>(() => {
    const { graphqlUrl, graphqlWsUrl } = endpoints;
    const session = createBrowserSession({ graphqlUrl, storageKey });
    const inBrowser = typeof window !== 'undefined';
    return {
      session,
      endpoints,
      client: createApolloClient({
        graphqlUrl,
        ...(inBrowser ? { graphqlWsUrl } : {}),
        session,
        ...(typePolicies ? { typePolicies } : {}),
      }),
    };
  });
  return <RuntimeProvider runtime={runtime}>{children}</RuntimeProvider>;
}

export function useRuntime(): ClientRuntime {
  const runtime = use(RuntimeContext);
  if (!runtime) throw new Error('useRuntime must be used inside <RuntimeProvider>');
  return runtime;
}

/** The router's endpoints of this page (origin for media and uploads, GraphQL over HTTP and WebSocket). */
export function useApiEndpoints(): ApiEndpoints {
  return useRuntime().endpoints;
}

/** The session as it is now; "restoring" on the server and until a remembered session is renewed. */
export function useSession(): SessionState {
  const { store } = useRuntime().session;
  return useSyncExternalStore(store.subscribe, store.getState, () => SERVER_SESSION_STATE);
}
