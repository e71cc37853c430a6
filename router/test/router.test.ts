import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { createTestKeys, createTestRedis, errorCode, expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

const nested = (levels: number) =>
  `{ account(id: "a1") { ${'friends { '.repeat(levels)}id${' }'.repeat(levels)} } }`;

describe('router', () => {
  let h: RouterHarness;
  let url: string;

  beforeAll(async () => {
    h = await bootRouterHarness({ limits: { maxDepth: 12, maxAliases: 30, maxCost: 5000 } });
    url = h.router.url;
  });
  afterAll(() => h?.stop());

  it('answers a query that spans both subgraphs', async () => {
    const data = expectData(
      await graphqlRequest<{ posts: { title: string; author: { id: string; name: string } }[] }>(
        url,
        '{ posts(first: 2) { title author { id name } } }',
      ),
    );
    expect(data.posts).toEqual([
      { title: 'Post 1', author: { id: 'a1', name: 'Member 1' } },
      { title: 'Post 2', author: { id: 'a2', name: 'Member 2' } },
    ]);
  });

  it('refuses forged and expired tokens with UNAUTHENTICATED and HTTP 401', async () => {
    const forged = await (await createTestKeys()).tokenFor('ADMIN');
    const forgedResponse = await graphqlRequest(url, '{ posts { id } }', {}, { token: forged });
    expect(forgedResponse.status).toBe(401);
    expect(errorCode(forgedResponse)).toBe('UNAUTHENTICATED');

    const expired = await h.keys.signer.sign({ userId: 'u-old', role: 'CUSTOMER', kind: 'user' }, -60);
    const expiredResponse = await graphqlRequest(url, '{ whoami }', {}, { token: expired });
    expect(expiredResponse.status).toBe(401);
    expect(expiredResponse.errors?.[0]?.message).toMatch(/expired/i);
  });

  it('forwards the caller identity, which the subgraph verifies again', async () => {
    const token = await h.keys.tokenFor('CUSTOMER', 'user-42');
    expect(
      expectData(await graphqlRequest<{ whoami: string }>(url, '{ whoami }', {}, { token })).whoami,
    ).toBe('user-42');
    expect(expectData(await graphqlRequest<{ whoami: string | null }>(url, '{ whoami }')).whoami).toBeNull();

    const forbidden = await graphqlRequest(url, '{ adminSecret }', {}, { token });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
    const admin = await graphqlRequest<{ adminSecret: string }>(
      url,
      '{ adminSecret }',
      {},
      { token: await h.keys.tokenFor('ADMIN', 'boss') },
    );
    expect(expectData(admin).adminSecret).toBe('boss');
  });

  it('echoes the request id and forwards it with trace context and client address', async () => {
    const token = await h.keys.tokenFor('CUSTOMER', 'user-7');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const response = await graphqlRequest(
      url,
      '{ posts(first: 1) { author { name } } }',
      {},
      {
        token,
        headers: { 'x-request-id': 'req-router-test-1', traceparent },
      },
    );
    expectData(response);
    expect(response.headers.get('x-request-id')).toBe('req-router-test-1');

    const seen = h.subgraphs.seenHeaders.get('req-router-test-1');
    expect(seen?.authorization).toBe(`Bearer ${token}`);
    expect(seen?.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(seen?.traceparent).not.toBe(traceparent);
    expect(seen?.['x-forwarded-for']).toMatch(/127\.0\.0\.1|::1/);
  });

  it('generates a request id and a trace when the caller sends none', async () => {
    const response = await graphqlRequest(url, '{ whoami }');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.subgraphs.seenHeaders.get(requestId!)?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('refuses a depth bomb before planning with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const response = await graphqlRequest(url, nested(14));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      rule: 'depth',
      measured: 16,
      limit: 12,
    });
    expect(h.subgraphs.seenHeaders.get(response.headers.get('x-request-id')!)).toBeUndefined();
    expectData(await graphqlRequest(url, nested(3)));
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: whoami`).join(' ');
    const response = await graphqlRequest(url, `{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      rule: 'aliases',
      measured: 31,
      limit: 30,
    });
  });

  it('refuses an operation whose estimated cost is too high', async () => {
    const response = await graphqlRequest(
      url,
      '{ posts(first: 100) { author { friends(first: 100) { friends { id } } } } }',
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      rule: 'cost',
      limit: 5000,
    });
    expect(response.errors?.[0]?.extensions?.measured).toBeGreaterThan(5000);
  });

  it('lets the standard introspection query through', async () => {
    const data = expectData(
      await graphqlRequest<{ __schema: { types: { name: string }[] } }>(url, getIntrospectionQuery()),
    );
    expect(data.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Post', 'Account']));
  });

  it('serves automatic persisted queries from Redis', async () => {
    const query = `{ posts(first: 1) { id } } # ${Date.now()}`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persisted = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(
        async (r) => (await r.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
      );

    expect((await post({ extensions: persisted })).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post({ query, extensions: persisted })).data).toEqual({ posts: [{ id: 'p1' }] });
    expect((await post({ extensions: persisted })).data).toEqual({ posts: [{ id: 'p1' }] });

    const redis = createTestRedis();
    expect(await redis.redis.get(`${h.keyPrefix}apq:apq:${sha256Hash}`)).toBe(query);
    redis.redis.disconnect();
  });

  it('shows Apollo Sandbox to browsers on GET /graphql', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/embeddable-sandbox|EmbeddedSandbox/);
  });

  it('keeps CSRF prevention on for simple requests', async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent('{ whoami }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('answers malformed bodies and unknown paths with JSON errors', async () => {
    const malformed = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{ nope',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });

    const unknown = await fetch(url.replace('/graphql', '/wp-admin/setup.php'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('exposes Prometheus metrics including refusals on its internal listener only', async () => {
    expect((await fetch(url.replace('/graphql', '/metrics'))).status).toBe(404);
    const text = await (await fetch(h.router.metricsUrl)).text();
    expect(text).toContain('graphql_operation_duration_seconds');
    expect(text).toMatch(/router_query_too_complex_total\{rule="depth",service="router"\} [1-9]/);
    expect(text).toMatch(/router_query_too_complex_total\{rule="aliases",service="router"\} [1-9]/);
    expect(text).toContain('router_rate_limited_total');
  });
});
