import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

interface SubgraphsReport {
  status: string;
  down: string[];
  subgraphs: Record<string, { status: string; circuit: string; lastError: string | null; latencyMs: number }>;
}

/** Readiness is "the router can serve"; a subgraph that stops is reported and its fields fail alone. */
describe('router health with a subgraph down', () => {
  let h: RouterHarness;
  let base: string;
  const report = async () => (await (await fetch(`${base}/health/subgraphs`)).json()) as SubgraphsReport;
  const circuitGauge = async (subgraph: string) => {
    const text = await (await fetch(h.router.metricsUrl)).text();
    return new RegExp(
      `^router_subgraph_circuit_state\\{[^}]*subgraph="${subgraph}"[^}]*\\} (\\d)$`,
      'm',
    ).exec(text)?.[1];
  };

  beforeAll(async () => {
    // Opens after 2 failed calls; stays open for the rest of the file.
    h = await bootRouterHarness({ breaker: { volumeThreshold: 2, resetTimeoutMs: 600_000 } });
    base = h.router.url.replace('/graphql', '');
  });
  afterAll(() => h?.stop());

  it('is ready and reports every subgraph up while they are', async () => {
    for (const path of ['/health', '/health/ready', '/health/live']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', service: 'router' });
    }
    expect(await report()).toMatchObject({
      status: 'ok',
      down: [],
      subgraphs: {
        accounts: { status: 'up', circuit: 'closed' },
        posts: { status: 'up', circuit: 'closed' },
      },
    });
    expectData(await graphqlRequest(h.router.url, '{ posts(first: 1) { author { name } } }'));
  });

  it('stays ready, serves the other subgraph, and answers SUBGRAPH_UNAVAILABLE for the stopped one', async () => {
    await h.subgraphs.posts.stop();

    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    const health = await report();
    expect(health.status).toBe('degraded');
    expect(health.down).toEqual(['posts']);
    expect(health.subgraphs.accounts).toMatchObject({ status: 'up' });
    expect(health.subgraphs.posts).toMatchObject({ status: 'down', lastError: 'ECONNREFUSED' });

    expectData(await graphqlRequest(h.router.url, '{ account(id: "a1") { name } }'));
    const posts = await graphqlRequest(h.router.url, '{ posts(first: 1) { id } }');
    expect(errorCode(posts)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(posts.errors?.[0]?.message).toMatch(/posts service is unavailable \(ECONNREFUSED\)/);
    expect(JSON.stringify(posts.errors)).not.toMatch(/localhost|127\.0\.0\.1|fetch failed/i);
  });

  it('opens the circuit after repeated failures: refused at once, shown in health and metrics', async () => {
    // Failures past half of the recent calls (at least 2) open it.
    for (let calls = 0; calls < 10 && (await report()).subgraphs.posts!.circuit !== 'open'; calls++)
      await graphqlRequest(h.router.url, '{ posts(first: 1) { id } }');
    expect((await report()).subgraphs.posts!.circuit).toBe('open');
    expect(await circuitGauge('posts')).toBe('2');
    expect(await circuitGauge('accounts')).toBe('0');

    const refused = await graphqlRequest(h.router.url, '{ posts(first: 1) { id } }');
    expect(errorCode(refused)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/circuit open/);
    expectData(await graphqlRequest(h.router.url, '{ account(id: "a2") { name } }'));
  });
});
