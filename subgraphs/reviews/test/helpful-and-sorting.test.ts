import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  startReviewsHarness,
  type Person,
  type ReviewPayloadView,
  type ReviewsHarness,
} from './support/reviews-harness';

let h: ReviewsHarness;

beforeAll(async () => {
  h = await startReviewsHarness();
});
afterAll(() => h?.close());

const HELPFUL = `mutation($id: ID!) { markReviewHelpful(id: $id) { review { id helpfulCount } userErrors { code field message } } }`;
const REVIEWS = `query($r: [_Any!]!, $first: Int, $after: String, $sort: ReviewSort) {
  _entities(representations: $r) {
    ... on Product { reviews(first: $first, after: $after, sort: $sort) {
      totalCount edges { cursor node { id rating helpfulCount createdAt } } pageInfo { hasNextPage endCursor }
    } }
  }
}`;

interface ReviewsPage {
  totalCount: number;
  edges: { cursor: string; node: { id: string; rating: number; helpfulCount: number; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function markHelpful(
  id: string,
  token: string,
): Promise<ReviewPayloadView & { review: { helpfulCount: number } | null }> {
  return expectData(
    await h.gql<{ markReviewHelpful: ReviewPayloadView & { review: { helpfulCount: number } | null } }>(
      HELPFUL,
      { id },
      token,
    ),
  ).markReviewHelpful;
}

async function page(productId: string, variables: Record<string, unknown>): Promise<ReviewsPage> {
  const data = expectData(
    await h.gql<{ _entities: { reviews: ReviewsPage }[] }>(REVIEWS, {
      r: [{ __typename: 'Product', id: productId }],
      ...variables,
    }),
  );
  return data._entities[0]!.reviews;
}

async function allPages(
  productId: string,
  sort: string,
  first: number,
): Promise<ReviewsPage['edges'][number]['node'][]> {
  const nodes: ReviewsPage['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const current = await page(productId, { sort, first, after });
    nodes.push(...current.edges.map((edge) => edge.node));
    if (!current.pageInfo.hasNextPage) return nodes;
    after = current.pageInfo.endCursor;
  }
}

describe('helpful votes', () => {
  it('counts one vote per person, however often or concurrently they click', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const review = (await h.createReview(author.token, productId, { rating: 4 })).review!;
    const voter = await h.person();
    const results = await Promise.all(Array.from({ length: 5 }, () => markHelpful(review.id, voter.token)));
    expect(results.flatMap(codes)).toEqual([]);
    expect((await markHelpful(review.id, voter.token)).review?.helpfulCount).toBe(1);

    const admin = await h.person('ADMIN');
    expect((await markHelpful(review.id, admin.token)).review?.helpfulCount).toBe(2);
    expect(await h.db.helpfulVote.count({ where: { reviewId: review.id } })).toBe(2);
  });

  it('refuses votes on your own review, on reviews that are not published, and from guests', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const review = (await h.createReview(author.token, productId, { rating: 4 })).review!;
    expect((await markHelpful(review.id, author.token)).userErrors).toEqual([
      expect.objectContaining({ code: 'OWN_REVIEW', field: ['id'] }),
    ]);

    const spammer = await h.person();
    const held = (
      await h.createReview(spammer.token, productId, { rating: 5, body: 'visit https://spam.example' })
    ).review!;
    expect(codes(await markHelpful(held.id, (await h.person()).token))).toEqual(['REVIEW_NOT_FOUND']);
    expect(errorCode(await h.gql(HELPFUL, { id: review.id }))).toBe('UNAUTHENTICATED');
    expect((await h.db.review.findUniqueOrThrow({ where: { id: review.id } })).helpfulCount).toBe(0);
  });
});

describe("a product's reviews", () => {
  let productId: string;
  let voters: Person[];
  const RATINGS = [3, 5, 1, 5, 4];
  const VOTES = [0, 2, 3, 0, 1];

  beforeAll(async () => {
    ({ productId } = await h.announceProduct());
    voters = await Promise.all([1, 2, 3].map(() => h.person()));
    for (const [i, rating] of RATINGS.entries()) {
      const review = (
        await h.createReview((await h.person()).token, productId, { rating, body: `Review number ${i}` })
      ).review!;
      for (const voter of voters.slice(0, VOTES[i])) await markHelpful(review.id, voter.token);
    }
    // A held review never shows in the public list.
    await h.createReview((await h.person()).token, productId, { rating: 5, body: 'WOW WOW WOW' });
  });

  it('sorts by newest, most helpful and rating, each paging without gaps or repeats', async () => {
    const newest = await allPages(productId, 'NEWEST', 2);
    expect(newest.map((n) => n.rating)).toEqual([...RATINGS].reverse());
    const times = newest.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    expect((await allPages(productId, 'MOST_HELPFUL', 2)).map((n) => n.helpfulCount)).toEqual([
      3, 2, 1, 0, 0,
    ]);
    const high = await allPages(productId, 'RATING_HIGH', 3);
    expect(high.map((n) => n.rating)).toEqual([5, 5, 4, 3, 1]);
    // Equal ratings: the newer review first.
    expect(Date.parse(high[0]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(high[1]!.createdAt));
    expect((await allPages(productId, 'RATING_LOW', 1)).map((n) => n.rating)).toEqual([1, 3, 4, 5, 5]);

    for (const sort of ['NEWEST', 'MOST_HELPFUL', 'RATING_HIGH', 'RATING_LOW']) {
      const ids = (await allPages(productId, sort, 2)).map((n) => n.id);
      expect(new Set(ids).size).toBe(5);
    }
  });

  it('reports the published total and whether more pages follow', async () => {
    const first = await page(productId, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]!.cursor });
    expect((await page(productId, { first: 100 })).pageInfo.hasNextPage).toBe(false);
  });

  it('caps the page size and rejects cursors from another sort or tampered ones', async () => {
    const variables = { r: [{ __typename: 'Product', id: productId }] };
    expect(errorCode(await h.gql(REVIEWS, { ...variables, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await h.gql(REVIEWS, { ...variables, first: 0 }))).toBe('BAD_USER_INPUT');
    const cursor = (await page(productId, { first: 1, sort: 'NEWEST' })).pageInfo.endCursor;
    expect(errorCode(await h.gql(REVIEWS, { ...variables, sort: 'RATING_LOW', after: cursor }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await h.gql(REVIEWS, { ...variables, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});
