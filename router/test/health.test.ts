import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

describe('router health', () => {
  let h: RouterHarness;
  let healthUrl: string;

  beforeAll(async () => {
    h = await bootRouterHarness();
    healthUrl = h.router.url.replace('/graphql', '/health');
  });
  afterAll(() => h?.stop());

  it('is healthy while every subgraph is', async () => {
    const response = await fetch(healthUrl);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', checks: { accounts: 'ok', posts: 'ok' } });
    expectData(await graphqlRequest(h.router.url, '{ posts(first: 1) { author { name } } }'));
  });

  it('reports 503 naming the subgraph that stopped, and masks the failure for clients', async () => {
    await h.subgraphs.posts.stop();

    const response = await fetch(healthUrl);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; checks: Record<string, string> };
    expect(body.status).toBe('unavailable');
    expect(body.checks.accounts).toBe('ok');
    expect(body.checks.posts).toMatch(/^failing/);

    const query = await graphqlRequest(h.router.url, '{ posts(first: 1) { id } }');
    expect(errorCode(query)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(query.errors)).not.toMatch(/ECONNREFUSED|localhost|127\.0\.0\.1|fetch/i);
  });
});
