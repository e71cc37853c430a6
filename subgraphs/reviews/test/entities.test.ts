import { expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewsHarness, type ReviewsHarness } from './support/reviews-harness';

let h: ReviewsHarness;

beforeAll(async () => {
  h = await startReviewsHarness();
});
afterAll(() => h?.close());

const REVIEW_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Review { id rating status author { id } product { id } } } }`;
const PRODUCT_ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Product { id rating { average bayesianAverage count distribution { rating count } } reviews(first: 5) { totalCount nodes { id } } myReview { id } }
  }
}`;

describe('_entities', () => {
  it('resolves Review references, hiding held reviews from everyone but their author and staff', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const spammer = await h.person();
    const published = (await h.createReview(author.token, productId, { rating: 4 })).review!;
    const held = (await h.createReview(spammer.token, productId, { rating: 5, body: 'Call 555 123 4567' }))
      .review!;
    const representations = [published.id, held.id, '00000000-0000-4000-8000-000000000000'].map((id) => ({
      __typename: 'Review',
      id,
    }));

    const anonymous = expectData(
      await h.gql<{ _entities: ({ id: string } | null)[] }>(REVIEW_ENTITIES, { r: representations }),
    );
    expect(anonymous._entities).toEqual([
      {
        id: published.id,
        rating: 4,
        status: 'PUBLISHED',
        author: { id: author.userId },
        product: { id: productId },
      },
      null,
      null,
    ]);
    const asAuthor = expectData(
      await h.gql<{ _entities: ({ id: string } | null)[] }>(
        REVIEW_ENTITIES,
        { r: representations },
        spammer.token,
      ),
    );
    expect(asAuthor._entities[1]).toMatchObject({ id: held.id, status: 'PENDING' });
    const asStaff = expectData(
      await h.gql<{ _entities: ({ id: string } | null)[] }>(
        REVIEW_ENTITIES,
        { r: representations },
        (await h.person('STAFF')).token,
      ),
    );
    expect(asStaff._entities[1]).toMatchObject({ id: held.id });
  });

  it('resolves Product references with rating, reviews and the caller’s own review, for products without reviews too', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const review = (await h.createReview(author.token, productId, { rating: 5 })).review!;
    const representations = [productId, 'prod_nobody_reviewed'].map((id) => ({ __typename: 'Product', id }));

    const data = expectData(
      await h.gql<{ _entities: unknown[] }>(PRODUCT_ENTITIES, { r: representations }, author.token),
    );
    expect(data._entities).toEqual([
      {
        id: productId,
        rating: {
          average: 5,
          bayesianAverage: 3.75,
          count: 1,
          distribution: [
            { rating: 5, count: 1 },
            { rating: 4, count: 0 },
            { rating: 3, count: 0 },
            { rating: 2, count: 0 },
            { rating: 1, count: 0 },
          ],
        },
        reviews: { totalCount: 1, nodes: [{ id: review.id }] },
        myReview: { id: review.id },
      },
      {
        id: 'prod_nobody_reviewed',
        rating: {
          average: null,
          bayesianAverage: 3.5,
          count: 0,
          distribution: [5, 4, 3, 2, 1].map((rating) => ({ rating, count: 0 })),
        },
        reviews: { totalCount: 0, nodes: [] },
        myReview: null,
      },
    ]);
  });
});
