import { STATUS_CODES } from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent, interceptors, request, type Dispatcher } from 'undici';

/** Idle connections to a subgraph are kept this long; below the 5 s keep-alive of Node HTTP servers. */
const KEEP_ALIVE_MS = 4_000;
/** As many redirects as fetch follows. */
const MAX_REDIRECTIONS = 20;

/**
 * The router's HTTP client for subgraph calls: undici with one pool of kept-alive connections per subgraph.
 * Apollo Gateway's default (make-fetch-happen) also keeps connections alive but runs every call through its
 * HTTP-cache layer and stream adapters, which costs the router CPU on each of the many fetches a query plan
 * makes. Calls go through undici's `request` rather than its WHATWG `fetch`: the gateway reads each answer
 * whole and at once, so fetch's Request, Headers and web-stream objects were work on every call (about a fifth
 * of the router's CPU under the gateway benchmark) that nothing used.
 */
const agent: Dispatcher = new Agent({
  keepAliveTimeout: KEEP_ALIVE_MS,
  keepAliveMaxTimeout: 60_000,
  connections: 128,
}).compose(interceptors.redirect({ maxRedirections: MAX_REDIRECTIONS }));

/** Failures of a kept-alive connection the subgraph closed as the call went out: no answer was read. */
const CLOSED_CONNECTION_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);

function closedConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && CLOSED_CONNECTION_CODES.has(code);
}

/** Response headers as fetch's Headers presents them (lower-case names, repeated values joined), read-only in use. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue;
      this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const existing = this.get(name);
    this.set(name, existing === null ? value : `${existing}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.map.entries();
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
  values(): IterableIterator<string> {
    return this.map.values();
  }
  forEach(callback: (value: string, name: string) => void): void {
    this.map.forEach(callback);
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

/** A subgraph's answer, read whole: what the gateway reads of a fetch Response, readable more than once. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: ResponseHeaders,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return STATUS_CODES[this.status] ?? '';
  }
  async text(): Promise<string> {
    return this.body;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.body, 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): SubgraphResponse {
    return this;
  }
}

async function send(url: string, init: FetcherRequestInit | undefined): Promise<SubgraphResponse> {
  const signal = init?.signal as AbortSignal | undefined;
  try {
    const answer = await request(url, {
      dispatcher: agent,
      method: (init?.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init?.headers,
      body: init?.body,
      signal,
    });
    const body = await answer.body.text();
    return new SubgraphResponse(url, answer.statusCode, new ResponseHeaders(answer.headers), body);
  } catch (error) {
    // As fetch fails: the abort reason when aborted, else a TypeError whose cause is the network error.
    if (signal?.aborted) throw signal.reason ?? error;
    throw new TypeError('fetch failed', { cause: error });
  }
}

/**
 * A call whose pooled connection turns out closed is sent once more on a fresh one, as Apollo Gateway's
 * default client (make-fetch-happen) retries a reset connection; an aborted call is not.
 */
export const subgraphFetcher: Fetcher = async (url, init) => {
  try {
    return await send(url, init);
  } catch (error) {
    if (!closedConnection(error) || (init?.signal as AbortSignal | undefined)?.aborted) throw error;
    return send(url, init);
  }
};
