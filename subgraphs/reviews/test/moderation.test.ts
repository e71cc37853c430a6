import { eventQueueName } from '@msa/events';
import { errorCode, eventually, expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  codes,
  REVIEW_FIELDS,
  startReviewsHarness,
  type ReviewPayloadView,
  type ReviewsHarness,
  type ReviewView,
} from './support/reviews-harness';

let h: ReviewsHarness;

beforeAll(async () => {
  h = await startReviewsHarness();
});
afterAll(() => h?.close());

const QUEUE = `query($first: Int, $after: String, $status: ReviewStatus) {
  reviewsForModeration(first: $first, after: $after, status: $status) {
    totalCount nodes { id status moderation { reasons } } pageInfo { hasNextPage endCursor }
  }
}`;
const REVIEW = `query($id: ID!) { review(id: $id) { ${REVIEW_FIELDS} } }`;
const PUBLIC_LIST = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Product { reviews { totalCount nodes { id } } myReview { id status } } }
}`;
const UPDATE = `mutation($id: ID!, $input: ReviewInput!) {
  updateReview(id: $id, input: $input) { review { ${REVIEW_FIELDS} } userErrors { code } }
}`;

interface QueuePage {
  totalCount: number;
  nodes: { id: string; status: string; moderation: { reasons: string[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function moderationQueue(token: string, variables: Record<string, unknown> = {}): Promise<QueuePage> {
  return expectData(await h.gql<{ reviewsForModeration: QueuePage }>(QUEUE, variables, token))
    .reviewsForModeration;
}

async function publicView(productId: string, token?: string) {
  const data = expectData(
    await h.gql<{
      _entities: {
        reviews: { totalCount: number; nodes: { id: string }[] };
        myReview: { id: string; status: string } | null;
      }[];
    }>(PUBLIC_LIST, { r: [{ __typename: 'Product', id: productId }] }, token),
  );
  return data._entities[0]!;
}

async function reviewAs(id: string, token?: string): Promise<ReviewView | null> {
  return expectData(await h.gql<{ review: ReviewView | null }>(REVIEW, { id }, token)).review;
}

describe('moderation', () => {
  it('holds a spammy review until an administrator approves it; the rating changes only on publish', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const shopper = await h.person();
    const admin = await h.person('ADMIN');
    const clean = await h.createReview(shopper.token, productId, { rating: 2, body: 'Too quiet for me.' });
    expect(clean.review?.status).toBe('PUBLISHED');

    const spam = await h.createReview(author.token, productId, {
      rating: 5,
      title: 'BEST DEAL EVER!!!!',
      body: 'Sooooo cheap, order at www.cheap-deals.shop or mail me at deals@example.com',
    });
    const held = spam.review!;
    expect(held.status).toBe('PENDING');
    expect(held.moderation?.reasons).toEqual([
      'LINK',
      'EMAIL',
      'REPEATED_CHARACTERS',
      'EXCESSIVE_PUNCTUATION',
    ]);

    // Held: not public, not in the rating, but the author sees it.
    expect(await h.rating(productId)).toMatchObject({ count: 1, average: 2 });
    expect(await publicView(productId)).toEqual({
      reviews: { totalCount: 1, nodes: [{ id: clean.review!.id }] },
      myReview: null,
    });
    expect((await publicView(productId, author.token)).myReview).toEqual({ id: held.id, status: 'PENDING' });
    expect(await reviewAs(held.id)).toBeNull();
    expect(await reviewAs(held.id, shopper.token)).toBeNull();
    expect((await reviewAs(held.id, author.token))?.moderation?.reasons).toContain('LINK');
    expect(await h.outboxEvents('review.published')).not.toContainEqual(
      expect.objectContaining({ reviewId: held.id }),
    );

    const queue = await moderationQueue(admin.token);
    expect(queue.nodes.map((n) => n.id)).toContain(held.id);

    const approved = await h.moderate(admin.token, held.id, 'APPROVE', 'Checked: the link is the brand site');
    expect(approved.userErrors).toEqual([]);
    expect(approved.review).toMatchObject({
      status: 'PUBLISHED',
      moderation: { note: 'Checked: the link is the brand site' },
    });
    expect(approved.review!.moderation!.decidedAt).not.toBeNull();

    expect(await h.rating(productId)).toMatchObject({ count: 2, average: 3.5, bayesianAverage: 3.5 });
    expect((await publicView(productId)).reviews.totalCount).toBe(2);
    expect((await reviewAs(held.id))?.moderation).toBeNull(); // public now, moderation details still private
    expect((await moderationQueue(admin.token)).nodes.map((n) => n.id)).not.toContain(held.id);
    expect(await h.outboxEvents('review.published')).toContainEqual({
      reviewId: held.id,
      productId,
      rating: 5,
    });
    expect((await h.outboxEvents('product.rating_changed')).filter((e) => e.productId === productId)).toEqual(
      [
        { productId, average: 2, bayesianAverage: 3.25, count: 1 },
        { productId, average: 3.5, bayesianAverage: 3.5, count: 2 },
      ],
    );
  });

  it('takes a published review down on REJECT and reinstates it on APPROVE; approving twice counts once', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const admin = await h.person('ADMIN');
    const review = (await h.createReview(author.token, productId, { rating: 4, body: 'Nice.' })).review!;

    expect((await h.moderate(admin.token, review.id, 'REJECT', 'Off topic')).review?.status).toBe('REJECTED');
    expect(await h.rating(productId)).toMatchObject({ count: 0 });
    expect(await reviewAs(review.id)).toBeNull();
    expect((await moderationQueue(admin.token, { status: 'REJECTED' })).nodes.map((n) => n.id)).toContain(
      review.id,
    );

    await h.moderate(admin.token, review.id, 'APPROVE');
    await h.moderate(admin.token, review.id, 'APPROVE');
    expect(await h.rating(productId)).toMatchObject({ count: 1, average: 4 });
  });

  it('sends an edited rejected review back to the queue, and holds an edit that turns spammy', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const admin = await h.person('ADMIN');
    const review = (await h.createReview(author.token, productId, { rating: 3 })).review!;
    await h.moderate(admin.token, review.id, 'REJECT');

    const resubmitted = expectData(
      await h.gql<{ updateReview: ReviewPayloadView }>(
        UPDATE,
        { id: review.id, input: { rating: 3, body: 'Fine.' } },
        author.token,
      ),
    );
    expect(resubmitted.updateReview.review).toMatchObject({
      status: 'PENDING',
      moderation: { reasons: ['RESUBMITTED'] },
    });

    await h.moderate(admin.token, review.id, 'APPROVE');
    expect(await h.rating(productId)).toMatchObject({ count: 1 });
    const shouted = expectData(
      await h.gql<{ updateReview: ReviewPayloadView }>(
        UPDATE,
        { id: review.id, input: { rating: 1, body: 'THIS IS A TERRIBLE PRODUCT' } },
        author.token,
      ),
    );
    expect(shouted.updateReview.review).toMatchObject({
      status: 'PENDING',
      moderation: { reasons: ['ALL_CAPS'] },
    });
    expect(await h.rating(productId)).toMatchObject({ count: 0 });
  });

  it('pages the queue oldest first', async () => {
    const { productId } = await h.announceProduct();
    const admin = await h.person('ADMIN');
    const before = (await moderationQueue(admin.token, { first: 100 })).totalCount;
    const held: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const author = await h.person();
      held.push(
        (await h.createReview(author.token, productId, { rating: 1, body: `call me on 0700 900 12${i}` }))
          .review!.id,
      );
    }
    const first = await moderationQueue(admin.token, { first: before + 2 });
    expect(first.totalCount).toBe(before + 3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await moderationQueue(admin.token, { first: 2, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map((n) => n.id).slice(-3)).toEqual(held);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('lets staff read the queue but only administrators decide; customers can do neither', async () => {
    const { productId } = await h.announceProduct();
    const author = await h.person();
    const review = (await h.createReview(author.token, productId, { rating: 5, body: 'shit' })).review!;
    const customer = await h.person();
    const staff = await h.person('STAFF');
    const decide = `mutation($id: ID!) { moderateReview(id: $id, decision: APPROVE) { review { id } } }`;

    expect(errorCode(await h.gql(QUEUE, {}, customer.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(QUEUE, {}))).toBe('UNAUTHENTICATED');
    expect((await moderationQueue(staff.token, { first: 100 })).nodes.map((n) => n.id)).toContain(review.id);
    for (const token of [customer.token, author.token, staff.token]) {
      expect(errorCode(await h.gql(decide, { id: review.id }, token))).toBe('FORBIDDEN');
    }
    expect((await reviewAs(review.id, staff.token))?.status).toBe('PENDING');
  });

  it('reports unknown reviews and overlong notes as userErrors', async () => {
    const admin = await h.person('ADMIN');
    expect(codes(await h.moderate(admin.token, '00000000-0000-4000-8000-000000000000', 'APPROVE'))).toEqual([
      'REVIEW_NOT_FOUND',
    ]);
    expect(codes(await h.moderate(admin.token, 'not-a-uuid', 'REJECT'))).toEqual(['REVIEW_NOT_FOUND']);
    const { productId } = await h.announceProduct();
    const review = (await h.createReview((await h.person()).token, productId, { rating: 2 })).review!;
    expect(codes(await h.moderate(admin.token, review.id, 'REJECT', 'n'.repeat(1001)))).toEqual([
      'NOTE_TOO_LONG',
    ]);
  });

  it("publishes review.published and product.rating_changed through the outbox relay to search's queue", async () => {
    const { productId } = await h.announceProduct();
    const review = (await h.createReview((await h.person()).token, productId, { rating: 5 })).review!;
    const search = h.queues.queue(eventQueueName('search'));
    const names = await eventually(async () => {
      const jobs = await search.getJobs([
        'waiting',
        'active',
        'completed',
        'failed',
        'delayed',
        'prioritized',
      ]);
      const ours = jobs.filter(
        (job) => (job.data as { payload: { productId?: string } }).payload.productId === productId,
      );
      const seen = ours.map((job) => job.name).sort();
      return seen.length >= 2 && seen;
    }, 10_000);
    expect(names).toEqual(['product.rating_changed', 'review.published']);
    expect(review.status).toBe('PUBLISHED');
  });
});
