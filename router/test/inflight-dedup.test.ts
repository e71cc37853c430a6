import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, graphqlRequest } from '@msa/testing';
import { bootRouterHarness, type RouterHarness } from './support/boot-router';

const QUERY = '{ posts(first: 2) { id title } }';
const EXPECTED = {
  posts: [
    { id: 'p1', title: 'Post 1' },
    { id: 'p2', title: 'Post 2' },
  ],
};

async function dedupedCount(h: RouterHarness): Promise<number> {
  return (await h.router.metrics.dedupedQueries.get()).values[0]?.value ?? 0;
}

/**
 * Holds the posts subgraph's answers while `send` starts its requests, releases them once `inFlight` holds,
 * and returns the responses with the x-request-ids posts received meanwhile.
 */
async function whileHeld<T>(
  h: RouterHarness,
  send: () => Promise<T>[],
  inFlight: (newPostsRequests: number) => Promise<boolean> | boolean,
): Promise<{ responses: T[]; postsRequests: string[] }> {
  const before = h.subgraphs.postsRequests.length;
  let release!: () => void;
  h.subgraphs.postsHold.current = new Promise((resolve) => (release = resolve));
  try {
    const pending = send();
    const deadline = Date.now() + 15_000;
    while (!(await inFlight(h.subgraphs.postsRequests.length - before))) {
      if (Date.now() > deadline) throw new Error('Timed out waiting for the requests to be in flight');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    release();
    const responses = await Promise.all(pending);
    return { responses, postsRequests: h.subgraphs.postsRequests.slice(before) };
  } finally {
    h.subgraphs.postsHold.current = null;
    release();
  }
}

describe('in-flight deduplication of identical anonymous queries (dedupeAnonymousQueries)', () => {
  let h: RouterHarness;

  beforeAll(async () => {
    h = await bootRouterHarness({ dedupeAnonymousQueries: true });
  });
  afterAll(() => h?.stop());

  it('answers two identical concurrent anonymous queries with one subgraph fetch', async () => {
    const shared = await dedupedCount(h);
    const { responses, postsRequests } = await whileHeld(
      h,
      () => [graphqlRequest(h.router.url, QUERY), graphqlRequest(h.router.url, QUERY)],
      // The first reached posts and the second is waiting on it.
      async (fetched) => fetched === 1 && (await dedupedCount(h)) === shared + 1,
    );
    for (const response of responses) expect(expectData(response)).toEqual(EXPECTED);
    expect(postsRequests).toHaveLength(1);
  });

  it('never shares a signed-in request, even with the same token and document', async () => {
    const shared = await dedupedCount(h);
    const token = await h.keys.tokenFor('CUSTOMER', 'c1');
    const { responses, postsRequests } = await whileHeld(
      h,
      () => [
        graphqlRequest(h.router.url, QUERY, {}, { token }),
        graphqlRequest(h.router.url, QUERY, {}, { token }),
        graphqlRequest(h.router.url, QUERY),
      ],
      // Each of the three fetched on its own: the anonymous one had no signed-in one to share with.
      (fetched) => fetched === 3,
    );
    for (const response of responses) expect(expectData(response)).toEqual(EXPECTED);
    expect(new Set(postsRequests).size).toBe(3);
    expect(await dedupedCount(h)).toBe(shared);
  });

  it('runs queries with different variables on their own', async () => {
    const query = 'query Posts($first: Int) { posts(first: $first) { id } }';
    const { responses } = await whileHeld(
      h,
      () => [
        graphqlRequest<{ posts: unknown[] }>(h.router.url, query, { first: 1 }),
        graphqlRequest<{ posts: unknown[] }>(h.router.url, query, { first: 2 }),
      ],
      (fetched) => fetched === 2,
    );
    expect(responses.map((response) => expectData(response).posts.length)).toEqual([1, 2]);
  });
});

describe('without dedupeAnonymousQueries (the default)', () => {
  let h: RouterHarness;

  beforeAll(async () => {
    h = await bootRouterHarness();
  });
  afterAll(() => h?.stop());

  it('fetches once per request', async () => {
    const { responses } = await whileHeld(
      h,
      () => [graphqlRequest(h.router.url, QUERY), graphqlRequest(h.router.url, QUERY)],
      (fetched) => fetched === 2,
    );
    for (const response of responses) expect(expectData(response)).toEqual(EXPECTED);
    expect(await dedupedCount(h)).toBe(0);
  });
});
