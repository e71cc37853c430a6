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
  const body = (await response.json().catch(() => null)) as GraphQLAnswer<TData> | null;
  return dataOfServerAnswer(response.status, body);
}

interface GraphQLAnswer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The router's answer when a service behind it is down: the fields it owns are null, the rest is served. */
const PARTIAL = 'SUBGRAPH_UNAVAILABLE';

/**
 * The data of a server-side answer. An answer with data whose only errors say a service is unavailable is a
 * partial page (the reviews of a product while reviews is down): its data is returned and the page shows
 * those parts as unavailable. Any other error, or no data, throws.
 */
export function dataOfServerAnswer<TData>(status: number, body: GraphQLAnswer<TData> | null): TData {
  const errors = body?.errors ?? [];
  const onlyUnavailable = errors.every((error) => error.extensions?.code === PARTIAL);
  const firstError = errors[0];
  if (firstError && !(onlyUnavailable && body?.data))
    throw new ServerGraphQLError(firstError.message, firstError.extensions?.code);
  if (!body?.data) throw new ServerGraphQLError(`The API answered ${status} without data`, undefined);
  return body.data;
}
