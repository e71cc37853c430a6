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

export const subgraphFetcher: Fetcher = ((url: string, init?: Parameters<typeof fetch>[1]) =>
  fetch(url, { ...init, dispatcher: agent })) as unknown as Fetcher;
