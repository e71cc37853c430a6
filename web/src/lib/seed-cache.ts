'use client';

import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useRef } from 'react';

/**
 * Puts a result the server component already fetched into the Apollo cache before the component's
 * `useQuery` reads it, so the page renders with its content on the server and hydrates without a loading
 * state. Written once per set of variables, without notifying other queries mid-render.
 */
export function useSeedCache<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  seed: { variables: TVariables; data: TData } | undefined,
): void {
  const client = useApolloClient();
  const seededKey = useRef<string | null>(null);
  if (!seed) return;
  const key = JSON.stringify(seed.variables);
  if (seededKey.current === key) return;
  seededKey.current = key;
  client.writeQuery({ query, variables: seed.variables, data: seed.data, broadcast: false });
}
