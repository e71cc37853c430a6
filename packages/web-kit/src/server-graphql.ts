import type { TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { apiEndpointsFromEnv } from './api-origin';

/** A GraphQL error answered to a server-side request, with the router's `extensions.code`. */
export class ServerGraphQLError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ServerGraphQLError';
  }
}

const printed = new WeakMap<DocumentNode, string>();

/**
 * The query as the browser's Apollo Client sends it (with `__typename` everywhere), so a result fetched here
 * can be written into the client's cache and read back by the same query.
 */
function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (!text) {
    text = print(addTypenameToDocument(document));
    printed.set(document, text);
  }
  return text;
}

/**
 * Runs a public (anonymous) query against the router from a server component, at request time and uncached,
 * so pages render their content on the server. The router origin comes from `API_ORIGIN` like the browser's.
 */
export async function serverQuery<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await fetch(apiEndpointsFromEnv().graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: queryText(document), variables }),
    cache: 'no-store',
  });
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const firstError = body?.errors?.[0];
  if (firstError) throw new ServerGraphQLError(firstError.message, firstError.extensions?.code);
  if (!response.ok || !body?.data) {
    throw new ServerGraphQLError(`The API answered ${response.status} without data`, undefined);
  }
  return body.data;
}
