import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

// `{ posts(first: 10) { id title } }` costs 10 points (ten objects): a 25-point budget allows two per window.
const PAGE = '{ posts(first: 10) { id title } }';

describe('router rate limit', () => {
  let h: RouterHarness;

  beforeAll(async () => {
    h = await bootRouterHarness({ limits: { maxCost: 25 }, rateLimit: { points: 25, windowSeconds: 60 } });
  });
  afterAll(() => h?.stop());

  it('refuses a flooding client with RATE_LIMITED, retryAfter and HTTP 429', async () => {
    const token = await h.keys.tokenFor('CUSTOMER', 'flooder');
    expectData(await graphqlRequest(h.router.url, PAGE, {}, { token }));
    expectData(await graphqlRequest(h.router.url, PAGE, {}, { token }));

    const refused = await graphqlRequest(h.router.url, PAGE, {}, { token });
    expect(refused.status).toBe(429);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    const retryAfter = refused.errors?.[0]?.extensions?.retryAfter as number;
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));

    const metrics = await (await fetch(h.router.metricsUrl)).text();
    expect(metrics).toMatch(/router_rate_limited_total\{source="graphql",service="router"\} 1/);
  });

  it('weights by cost: a cheap query still fits where a page did not', async () => {
    const token = await h.keys.tokenFor('CUSTOMER', 'weighed');
    expectData(await graphqlRequest(h.router.url, PAGE, {}, { token }));
    expectData(await graphqlRequest(h.router.url, PAGE, {}, { token }));
    expect(errorCode(await graphqlRequest(h.router.url, PAGE, {}, { token }))).toBe('RATE_LIMITED');
    expectData(await graphqlRequest(h.router.url, '{ whoami }', {}, { token }));
  });

  it('leaves other clients unaffected', async () => {
    const flooder = await h.keys.tokenFor('CUSTOMER', 'flooder-2');
    for (let i = 0; i < 3; i += 1) await graphqlRequest(h.router.url, PAGE, {}, { token: flooder });
    expect(errorCode(await graphqlRequest(h.router.url, PAGE, {}, { token: flooder }))).toBe('RATE_LIMITED');

    const other = await h.keys.tokenFor('CUSTOMER', 'bystander');
    expect((await graphqlRequest(h.router.url, PAGE, {}, { token: other })).status).toBe(200);
    expect(expectData(await graphqlRequest<{ posts: unknown[] }>(h.router.url, PAGE)).posts).toHaveLength(10);
  });

  it('charges refused query bombs so they exhaust the budget too', async () => {
    const token = await h.keys.tokenFor('CUSTOMER', 'bomber');
    const bomb = '{ posts(first: 100) { id title } }';
    expect(errorCode(await graphqlRequest(h.router.url, bomb, {}, { token }))).toBe('QUERY_TOO_COMPLEX');
    expect(errorCode(await graphqlRequest(h.router.url, PAGE, {}, { token }))).toBe('RATE_LIMITED');
  });
});
