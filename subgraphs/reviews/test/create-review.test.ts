import { errorCode, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  REVIEW_FIELDS,
  startReviewsHarness,
  type ReviewPayloadView,
  type ReviewsHarness,
} from './support/reviews-harness';

let h: ReviewsHarness;

beforeAll(async () => {
  h = await startReviewsHarness();
});
afterAll(() => h?.close());

const UPDATE = `mutation($id: ID!, $input: ReviewInput!) {
  updateReview(id: $id, input: $input) { review { ${REVIEW_FIELDS} } userErrors { code field message } }
}`;
const DELETE = `mutation($id: ID!) { deleteReview(id: $id) { deletedReviewId userErrors { code } } }`;
const MY_REVIEW = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { myReview { id verifiedPurchase } } } }`;

async function verifiedFlag(token: string, productId: string): Promise<boolean | undefined> {
  const data = expectData(
    await h.gql<{ _entities: { myReview: { verifiedPurchase: boolean } | null }[] }>(
      MY_REVIEW,
      { r: [{ __typename: 'Product', id: productId }] },
      token,
    ),
  );
  return data._entities[0]!.myReview?.verifiedPurchase;
}

describe('createReview', () => {
  it('publishes a clean review with a verified purchase and counts it in the product rating', async () => {
    const { productId, variantId } = await h.announceProduct();
    const customer = await h.person();
    const orderId = await h.placeOrder(customer.userId, [variantId]);
    await h.changeOrderStatus(orderId, customer.userId, 'CONFIRMED');

    const payload = await h.createReview(customer.token, productId, {
      rating: 4,
      title: '  Solid headphones ',
      body: 'Comfortable, good sound, battery lasts two days.',
      dimensions: { quality: 5, value: 4 },
    });
    expect(payload.userErrors).toEqual([]);
    expect(payload.review).toMatchObject({
      rating: 4,
      title: 'Solid headphones',
      status: 'PUBLISHED',
      verifiedPurchase: true,
      helpfulCount: 0,
      dimensions: { quality: 5, value: 4, delivery: null },
      author: { id: customer.userId },
      product: { id: productId },
      moderation: { reasons: [], note: null, decidedAt: null },
    });
    expect(await h.rating(productId)).toEqual({
      average: 4,
      bayesianAverage: 3.58,
      count: 1,
      distribution: [
        { rating: 5, count: 0 },
        { rating: 4, count: 1 },
        { rating: 3, count: 0 },
        { rating: 2, count: 0 },
        { rating: 1, count: 0 },
      ],
    });
    expect(await h.outboxEvents('review.published')).toContainEqual({
      reviewId: payload.review!.id,
      productId,
      rating: 4,
    });
    expect(await h.outboxEvents('product.rating_changed')).toContainEqual({
      productId,
      average: 4,
      bayesianAverage: 3.58,
      count: 1,
    });
  });

  it('flips verifiedPurchase when the order is confirmed after the review, and back when it is cancelled', async () => {
    const { productId, variantId } = await h.announceProduct();
    const other = await h.announceProduct();
    const customer = await h.person();
    const review = (await h.createReview(customer.token, productId, { rating: 5 })).review!;
    expect(review.verifiedPurchase).toBe(false);

    const orderId = await h.placeOrder(customer.userId, [variantId, other.variantId]);
    expect(await verifiedFlag(customer.token, productId)).toBe(false); // placed is not bought yet
    await h.changeOrderStatus(orderId, customer.userId, 'CONFIRMED');
    expect(await verifiedFlag(customer.token, productId)).toBe(true);
    await h.changeOrderStatus(orderId, customer.userId, 'CANCELLED');
    expect(await verifiedFlag(customer.token, productId)).toBe(false);
    // A late CONFIRMED after the cancellation cannot verify the purchase again.
    await h.changeOrderStatus(orderId, customer.userId, 'CONFIRMED');
    expect(await verifiedFlag(customer.token, productId)).toBe(false);
  });

  it("verifies a purchase whose status event overtook order.placed, and ignores other customers' orders", async () => {
    const { productId, variantId } = await h.announceProduct();
    const customer = await h.person();
    const stranger = await h.person();
    await h.createReview(customer.token, productId, { rating: 3 });
    await h.createReview(stranger.token, productId, { rating: 3 });

    const orderId = '7d0f3b8e-2f6f-4f55-9a43-1a1f7a3a0c01';
    await h.changeOrderStatus(orderId, customer.userId, 'DELIVERED');
    expect(await verifiedFlag(customer.token, productId)).toBe(false); // no lines known yet
    const placed = {
      orderId,
      customerId: customer.userId,
      lines: [{ variantId, quantity: 1 }],
      total: 2500,
      currency: 'USD',
    };
    const messageId = await h.deliver('order.placed', placed);
    expect(await verifiedFlag(customer.token, productId)).toBe(true);
    expect(await verifiedFlag(stranger.token, productId)).toBe(false);

    // A redelivered message changes nothing.
    await h.deliver('order.placed', placed, { id: messageId });
    expect(await h.db.purchaseLine.count({ where: { orderId } })).toBe(1);
  });

  it('refuses a second review of the same product, also when sent at once', async () => {
    const { productId } = await h.announceProduct();
    const customer = await h.person();
    expect(codes(await h.createReview(customer.token, productId, { rating: 5 }))).toEqual([]);
    expect(codes(await h.createReview(customer.token, productId, { rating: 4 }))).toEqual(['REVIEW_EXISTS']);

    const racer = await h.person();
    const { productId: contested } = await h.announceProduct();
    const results: ReviewPayloadView[] = await Promise.all(
      Array.from({ length: 6 }, (_, i) => h.createReview(racer.token, contested, { rating: 1 + (i % 5) })),
    );
    expect(results.filter((r) => r.review !== null)).toHaveLength(1);
    expect(results.flatMap(codes).sort()).toEqual(Array(5).fill('REVIEW_EXISTS'));
    expect((await h.rating(contested)).count).toBe(1);
  });

  it('rejects ratings out of range and overlong text with field paths, writing nothing', async () => {
    const { productId } = await h.announceProduct();
    const customer = await h.person();
    for (const rating of [0, 6, -3]) {
      const payload = await h.createReview(customer.token, productId, { rating });
      expect(payload.review).toBeNull();
      expect(payload.userErrors).toEqual([
        expect.objectContaining({ code: 'RATING_OUT_OF_RANGE', field: ['input', 'rating'] }),
      ]);
    }
    const dimension = await h.createReview(customer.token, productId, {
      rating: 4,
      dimensions: { delivery: 9 },
    });
    expect(dimension.userErrors).toEqual([
      expect.objectContaining({ code: 'RATING_OUT_OF_RANGE', field: ['input', 'dimensions', 'delivery'] }),
    ]);
    const long = await h.createReview(customer.token, productId, {
      rating: 4,
      title: 't'.repeat(121),
      body: 'b'.repeat(5001),
    });
    expect(codes(long)).toEqual(['TITLE_TOO_LONG', 'BODY_TOO_LONG']);
    expect(await h.db.review.count({ where: { productId } })).toBe(0);
  });

  it('refuses unknown products', async () => {
    const customer = await h.person();
    const payload = await h.createReview(customer.token, 'prod_never_announced', { rating: 5 });
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ code: 'PRODUCT_NOT_FOUND', field: ['productId'] }),
    ]);
  });

  it('lets only signed-in customers write reviews', async () => {
    const { productId } = await h.announceProduct();
    const mutation = `mutation($p: ID!) { createReview(productId: $p, input: { rating: 5 }) { review { id } } }`;
    expect(errorCode(await h.gql(mutation, { p: productId }))).toBe('UNAUTHENTICATED');
    for (const role of ['STAFF', 'ADMIN'] as const) {
      expect(errorCode(await h.gql(mutation, { p: productId }, (await h.person(role)).token))).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('lets the author edit (moving the rating between buckets) and delete their review', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const stranger = await h.person();
    const review = (await h.createReview(author.token, productId, { rating: 5, body: 'Great' })).review!;

    expect(errorCode(await h.gql(UPDATE, { id: review.id, input: { rating: 1 } }, stranger.token))).toBe(
      'FORBIDDEN',
    );
    const edited = expectData(
      await h.gql<{ updateReview: ReviewPayloadView }>(
        UPDATE,
        { id: review.id, input: { rating: 2, body: 'Broke.' } },
        author.token,
      ),
    ).updateReview;
    expect(edited.review).toMatchObject({ rating: 2, body: 'Broke.', status: 'PUBLISHED' });
    expect(await h.rating(productId)).toMatchObject({ average: 2, count: 1 });
    expect((await h.rating(productId)).distribution).toContainEqual({ rating: 5, count: 0 });

    expect(errorCode(await h.gql(DELETE, { id: review.id }, stranger.token))).toBe('FORBIDDEN');
    const deleted = expectData(
      await h.gql<{ deleteReview: { deletedReviewId: string } }>(DELETE, { id: review.id }, author.token),
    );
    expect(deleted.deleteReview.deletedReviewId).toBe(review.id);
    expect(await h.rating(productId)).toMatchObject({ average: null, bayesianAverage: 3.5, count: 0 });
    expect(
      (await h.outboxEvents('product.rating_changed'))
        .filter((e) => e.productId === productId)
        .map((e) => e.count),
    ).toEqual([1, 1, 0]);
    // Deleted, the customer may review the product again.
    expect(codes(await h.createReview(author.token, productId, { rating: 3 }))).toEqual([]);
  });

  it("lets an administrator delete anyone's review and lists a customer's own reviews in any status", async () => {
    const { productId } = await h.announceProduct();
    const other = await h.announceProduct();
    const author = await h.person();
    const kept = (await h.createReview(author.token, productId, { rating: 4 })).review!;
    const held = (
      await h.createReview(author.token, other.productId, { rating: 2, body: 'mail me: a@b.com' })
    ).review!;

    const MINE = `{ myReviews(first: 10) { totalCount nodes { id status } } }`;
    const mine = expectData(
      await h.gql<{ myReviews: { totalCount: number; nodes: { id: string; status: string }[] } }>(
        MINE,
        {},
        author.token,
      ),
    );
    expect(mine.myReviews).toEqual({
      totalCount: 2,
      nodes: [
        { id: held.id, status: 'PENDING' },
        { id: kept.id, status: 'PUBLISHED' },
      ],
    });
    expect(errorCode(await h.gql(MINE))).toBe('UNAUTHENTICATED');

    const admin = await h.person('ADMIN');
    expect(
      expectData(
        await h.gql<{ deleteReview: { deletedReviewId: string } }>(DELETE, { id: kept.id }, admin.token),
      ).deleteReview.deletedReviewId,
    ).toBe(kept.id);
    expect(await h.rating(productId)).toMatchObject({ count: 0 });
    const again = expectData(
      await h.gql<{ deleteReview: { deletedReviewId: null; userErrors: { code: string }[] } }>(
        DELETE,
        { id: kept.id },
        admin.token,
      ),
    );
    expect(again.deleteReview).toEqual({ deletedReviewId: null, userErrors: [{ code: 'REVIEW_NOT_FOUND' }] });
  });

  it('keeps the rating aggregate equal to a recount when many reviews land at once', async () => {
    const { productId } = await h.announceProduct();
    const ratings = [5, 4, 4, 3, 1, 5, 2, 5, 4, 3, 5, 1];
    const customers = await Promise.all(ratings.map(() => h.person()));
    await Promise.all(customers.map((c, i) => h.createReview(c.token, productId, { rating: ratings[i]! })));

    const rows = await h.db.review.findMany({
      where: { productId, status: 'PUBLISHED' },
      select: { rating: true },
    });
    const sum = rows.reduce((total, row) => total + row.rating, 0);
    const rating = await h.rating(productId);
    expect(rating.count).toBe(ratings.length);
    expect(rating.average).toBe(Math.round((sum / rows.length) * 100) / 100);
    expect(rating.distribution).toEqual(
      [5, 4, 3, 2, 1].map((stars) => ({ rating: stars, count: ratings.filter((r) => r === stars).length })),
    );
  });
});
