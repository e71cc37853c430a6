import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
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
    system = await bootSupergraph();
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
    const routerMetrics = await (await fetch(`${origin}/metrics`)).text();
    const productsMetrics = await system.subgraphs.products!.metrics.registry.metrics();
    for (const text of [routerMetrics, productsMetrics]) {
      expect(text).not.toMatch(/operation="Attack/);
      expect(text).toMatch(/operation="other"/);
    }
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
