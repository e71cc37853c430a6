import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { errorCode } from '@msa/testing';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient } from '../support/api';
import { KNOWN_OPERATIONS_FILE, renderKnownOperations } from '../../scripts/known-operations';

/** A raw GET whose path reaches the server exactly as written (fetch would resolve dot segments first). */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function rawPost(base: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'POST', headers: { 'content-type': 'image/png' } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end('x');
  });
}

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

/** Sends headers promising a body, then only part of it; resolves with what the server answered and did. */
function trickleBody(base: string): Promise<{ statusLine: string; closed: boolean }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    // A reset after the answer is the server dropping the connection, as it should.
    socket.on('error', (error) => (received ? undefined : reject(error)));
    socket.on('close', () => resolve({ statusLine: received.split('\r\n')[0] ?? '', closed: true }));
    socket.write(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'apollo-require-preflight: true\r\nContent-Length: 1000\r\n\r\n{"query": "{ __typ',
    );
  });
}

/** Opens a graphql-ws socket; resolves with "open" or the HTTP status the handshake was refused with. */
function handshake(graphqlUrl: string, origin?: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', {
      ...(origin ? { origin } : {}),
    });
    socket.on('open', () => {
      socket.close();
      resolve('open');
    });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('error', reject);
  });
}

describe('router edges: media proxy paths, metric labels, persisted queries', () => {
  let system: BootedSupergraph;
  let origin: string;
  let redis: Redis;

  /** Points a client has spent in its current and previous rate-limit windows. */
  async function spent(userId: string): Promise<number> {
    const values = await redis.hvals(`${system.queuePrefix}:rl:user:${userId}`);
    return values.reduce((sum, value) => sum + Number(value), 0);
  }

  beforeAll(async () => {
    // A short body read timeout, so the slow-body case below is cut off quickly.
    system = await bootSupergraph({ routerBodyReadTimeoutMs: 1_000 });
    origin = new URL(system.routerUrl).origin;
    redis = new Redis(system.redisUrl);
  });
  afterAll(async () => {
    redis?.disconnect();
    await system?.stop();
  });

  it.each([
    '/media/%2e%2e/graphql?query=%7B__typename%7D',
    '/media/../health',
    '/media/%2e%2e/metrics',
    '/media/%2E%2E/graphql?query=%7B__typename%7D',
    '/media/.%2e/health',
    '/media/x/..%2f..%2fhealth',
    '/media/x%5c..%5c..%5chealth',
    '/media/a%00.png',
  ])('refuses GET %s without reaching the products service', async (path) => {
    const { status, body } = await rawGet(origin, path);
    expect(status).toBe(400);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body).not.toContain('__typename');
    expect(body).not.toContain('"service":"products"');
  });

  it('refuses traversal on the upload route too', async () => {
    for (const path of [
      '/uploads/%2e%2e/graphql',
      '/uploads/../health',
      '/uploads/x/%2e%2e/%2e%2e/metrics',
    ]) {
      const { status } = await rawPost(origin, path);
      expect(status).toBe(400);
    }
  });

  it('still serves ordinary media paths (a missing image is a 404 from products)', async () => {
    const { status } = await rawGet(origin, '/media/products/none/missing.webp');
    expect(status).toBe(404);
  });

  it('labels metrics with known operation names only, in the router and every subgraph', async () => {
    const api = new ApiClient(system.routerUrl);
    for (let i = 0; i < 20; i++) {
      await api.request(`query Attack${i}x${randomUUID().slice(0, 8)} { products(first: 1) { totalCount } }`);
    }
    const routerMetrics = await (await fetch(system.routerMetricsUrl)).text();
    const productsMetrics = await system.subgraphs.products!.metrics.registry.metrics();
    for (const text of [routerMetrics, productsMetrics]) {
      expect(text).not.toMatch(/operation="Attack/);
      expect(text).toMatch(/operation="other"/);
    }
  });

  it('sets security headers on every response: API answers, errors, health and the explorer page', async () => {
    const responses = {
      graphql: await fetch(system.routerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
      notFound: await fetch(`${origin}/nope`),
      health: await fetch(`${origin}/health`),
    };
    for (const [name, response] of Object.entries(responses)) {
      const headers = response.headers;
      expect(headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(headers.get('strict-transport-security'), name).toMatch(/max-age=\d+/);
      expect(headers.get('x-frame-options'), name).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy'), name).toBe('no-referrer');
      expect(headers.get('content-security-policy'), name).toMatch(
        /default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(headers.get('x-powered-by'), name).toBeNull();
      await response.body?.cancel();
    }
    // The explorer page may load Sandbox from Apollo's CDN and run GraphiQL's inline scripts, nothing else.
    const explorer = await fetch(system.routerUrl, { headers: { accept: 'text/html' } });
    const policy = explorer.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(
      /script-src 'self' 'unsafe-inline' https:\/\/embeddable-sandbox\.cdn\.apollographql\.com/,
    );
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/default-src 'none'/);
    await explorer.body?.cancel();
  });

  it('cuts off a request whose body trickles in, with 408 and a closed connection', async () => {
    const { statusLine, closed } = await trickleBody(origin);
    expect(statusLine).toMatch(/^HTTP\/1\.1 408/);
    expect(closed).toBe(true);
  });

  it('does not serve /metrics on the public port; the internal listener does', async () => {
    for (const path of ['/metrics', '/metrics/', '/METRICS']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toMatch(/http_requests_total/);
    }
    expect(new URL(system.routerMetricsUrl).port).not.toBe(new URL(origin).port);
    expect(await (await fetch(system.routerMetricsUrl)).text()).toMatch(/^router_subgraph_circuit_state/m);
  });

  it('refuses graphql-ws handshakes from origins outside the CORS allow-list', async () => {
    expect(await handshake(system.routerUrl, 'https://evil.example')).toBe(403);
    expect(await handshake(system.routerUrl, 'http://localhost:3000')).toBe('open');
    // Apps and scripts send no Origin; they authenticate in connection_init like everyone else.
    expect(await handshake(system.routerUrl)).toBe('open');
  });

  it('allows at most one login per document, so aliases cannot multiply password hashing', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `l${i}: login(email: "victim@example.com", password: "guess-${i}") { accessToken }`,
    );
    const response = await new ApiClient(system.routerUrl).request(`mutation { ${aliases.join(' ')} }`);
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
  });

  it('subgraph HTTP errors are JSON without stack traces or HTML', async () => {
    const response = await fetch(system.subgraphs.products!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).not.toMatch(/<html|<pre|at .*\.js:\d+/i);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    const missing = await fetch(system.subgraphs.products!.url.replace('/graphql', '/no-such-route'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('the list of known operation names is up to date', async () => {
    expect(readFileSync(KNOWN_OPERATIONS_FILE, 'utf8')).toBe(await renderKnownOperations());
  });

  it('refuses persisted queries over 64 KB and mismatched hashes with BAD_USER_INPUT', async () => {
    const big = `{ __typename ${' '.repeat(70 * 1024)}}`;
    const tooBig = await post(system.routerUrl, {
      query: big,
      extensions: {
        persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(big).digest('hex') },
      },
    });
    expect(tooBig.status).toBe(400);
    expect(errorCode(tooBig.body as never)).toBe('BAD_USER_INPUT');

    const mismatch = await post(system.routerUrl, {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(errorCode(mismatch.body as never)).toBe('BAD_USER_INPUT');

    const badHash = await post(system.routerUrl, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } },
    });
    expect(errorCode(badHash.body as never)).toBe('BAD_USER_INPUT');
  });

  it('charges unknown-hash misses, registrations and invalid documents', async () => {
    const userId = randomUUID();
    const token = await system.mintToken('CUSTOMER', userId);

    const before = await spent(userId);
    const miss = await post(
      system.routerUrl,
      {
        extensions: { persistedQuery: { version: 1, sha256Hash: randomUUID().replace(/-/g, '').repeat(2) } },
      },
      token,
    );
    expect(errorCode(miss.body as never)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const afterMiss = await spent(userId);
    expect(afterMiss - before).toBeGreaterThanOrEqual(20);

    const query = `{ __typename a${randomUUID().replace(/-/g, '')}: __typename }`;
    const registered = await post(
      system.routerUrl,
      {
        query,
        extensions: {
          persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
        },
      },
      token,
    );
    expect(registered.body.errors).toBeUndefined();
    const afterRegistration = await spent(userId);
    expect(afterRegistration - afterMiss).toBeGreaterThanOrEqual(100);

    const invalid = await post(system.routerUrl, { query: '{ nope' }, token);
    expect(errorCode(invalid.body as never)).toBe('GRAPHQL_PARSE_FAILED');
    expect(await spent(userId)).toBeGreaterThan(afterRegistration);
  });
});
