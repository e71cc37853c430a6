import type { RouterClient } from './router-client';

/** One GraphQL operation a service sends through the router, on behalf of a caller or as itself. */
export interface RouterOperation {
  query: string;
  variables?: Record<string, unknown>;
  /** Sent as a Bearer token: the customer's (the services behind decide what they may see) or a service token. */
  accessToken?: string | null;
  requestId?: string;
  /** The original client's address: the router rate-limits the read as that client when it trusts this hop. */
  forwardedFor?: string | null;
}

export interface RouterGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface RouterGraphQLAnswer<D> {
  status: number;
  data: D | null;
  errors: RouterGraphQLError[];
}

/** The caller's own error for a read that failed: the GraphQL layer shows it as retryable SUBGRAPH_UNAVAILABLE. */
export type RouterReadFailure = new (message: string, options?: { cause?: unknown }) => Error;

/**
 * Error codes by which a service behind the router says "no such thing for you" (it does not exist, the caller
 * may not see it, or the id is malformed) rather than "I failed".
 */
const NOT_FOR_THIS_CALLER = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'UNAUTHENTICATED']);

export function isNotForThisCaller(error: RouterGraphQLError): boolean {
  return NOT_FOR_THIS_CALLER.has(error.extensions?.code ?? '');
}

/** "message (CODE)", for a failure message naming what the router answered. */
export function describeRouterError(error: RouterGraphQLError): string {
  return `${error.message} (${error.extensions?.code ?? 'no code'})`;
}

/**
 * Sends a GraphQL operation through the router's circuit and returns its answer. When the router cannot be
 * used or answers without a GraphQL body, throws the caller's `Failure`, with the router's failure as cause.
 */
export async function queryThroughRouter<D>(
  router: RouterClient,
  operation: RouterOperation,
  Failure: RouterReadFailure,
): Promise<RouterGraphQLAnswer<D>> {
  let response: Response;
  try {
    response = await router.post({
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(operation.accessToken ? { authorization: `Bearer ${operation.accessToken}` } : {}),
        ...(operation.requestId ? { 'x-request-id': operation.requestId } : {}),
        ...(operation.forwardedFor ? { 'x-forwarded-for': operation.forwardedFor } : {}),
      },
      body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
    });
  } catch (error) {
    throw new Failure(`Could not reach the router at ${router.url}`, { cause: error });
  }
  let parseError: unknown;
  const body = (await response.json().catch((error: unknown) => {
    parseError = error;
    return null;
  })) as { data?: D | null; errors?: RouterGraphQLError[] } | null;
  if (typeof body !== 'object' || body === null)
    throw new Failure(`The router answered ${response.status} without a GraphQL body`, { cause: parseError });
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}
