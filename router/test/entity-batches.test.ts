import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

const QUERY = '{ posts(first: 3) { id author { id name } } }';
const EXPECTED = {
  posts: [
    { id: 'p1', author: { id: 'a1', name: 'Member 1' } },
    { id: 'p2', author: { id: 'a2', name: 'Member 2' } },
    { id: 'p3', author: { id: 'a3', name: 'Member 3' } },
  ],
};

/** The x-request-ids of the calls accounts received since `before` (a joined call carries its first one's). */
function accountsCallsSince(h: RouterHarness, before: Set<string>): string[] {
  return [...h.subgraphs.seenHeaders.entries()]
    .filter(
      ([id, headers]) =>
        !before.has(id) && String(headers.host).endsWith(new URL(h.subgraphs.accounts.url).host),
    )
    .map(([id]) => id);
}

describe('entity fetches of concurrent anonymous requests', () => {
  let h: RouterHarness;

  beforeAll(async () => {
    h = await bootRouterHarness();
  });
  afterAll(() => h?.stop());

  it('go to the subgraph as one call when they are made together, each request answered with its own', async () => {
    const before = new Set(h.subgraphs.seenHeaders.keys());
    let release!: () => void;
    h.subgraphs.postsHold.current = new Promise((resolve) => (release = resolve));
    const postsBefore = h.subgraphs.postsRequests.length;
    const pending = Array.from({ length: 5 }, () => graphqlRequest(h.router.url, QUERY));
    try {
      const deadline = Date.now() + 15_000;
      while (h.subgraphs.postsRequests.length - postsBefore < 5) {
        if (Date.now() > deadline) throw new Error('Timed out waiting for the requests to reach posts');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      // posts answers all five at once, so the router makes their five author fetches together.
      h.subgraphs.postsHold.current = null;
      release();
    }
    for (const response of await Promise.all(pending)) expect(expectData(response)).toEqual(EXPECTED);
    expect(accountsCallsSince(h, before).length).toBeLessThan(5);
  });

  it('are made one by one for signed-in requests', async () => {
    const before = new Set(h.subgraphs.seenHeaders.keys());
    const token = await h.keys.tokenFor('CUSTOMER', 'c1');
    const responses = await Promise.all(
      Array.from({ length: 3 }, () => graphqlRequest(h.router.url, QUERY, {}, { token })),
    );
    for (const response of responses) expect(expectData(response)).toEqual(EXPECTED);
    expect(accountsCallsSince(h, before)).toHaveLength(3);
  });
});
