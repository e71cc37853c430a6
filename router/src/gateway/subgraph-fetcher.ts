import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

/** Idle connections to a subgraph are kept this long; below the 5 s keep-alive of Node HTTP servers. */
const KEEP_ALIVE_MS = 4_000;

/**
 * The router's HTTP client for subgraph calls: undici with one pool of kept-alive connections per subgraph.
 * Apollo Gateway's default (make-fetch-happen) also keeps connections alive but runs every call through its
 * HTTP-cache layer and stream adapters, which costs the router CPU on each of the many fetches a query plan
 * makes.
 */
const agent = new Agent({ keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: 60_000, connections: 128 });

/** Failures of a kept-alive connection the subgraph closed as the call went out: no answer was read. */
const CLOSED_CONNECTION_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function closedConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && CLOSED_CONNECTION_CODES.has(code);
}

/**
 * A call whose pooled connection turns out closed is sent once more on a fresh one, as Apollo Gateway's
 * default client (make-fetch-happen) retries a reset connection; an aborted call is not.
 */
export const subgraphFetcher: Fetcher = (async (url: string, init?: Parameters<typeof fetch>[1]) => {
  try {
    return await fetch(url, { ...init, dispatcher: agent });
  } catch (error) {
    if (!closedConnection(error) || init?.signal?.aborted) throw error;
    return fetch(url, { ...init, dispatcher: agent });
  }
}) as unknown as Fetcher;
