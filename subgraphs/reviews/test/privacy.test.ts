import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteAccountOnRedelivery, exportPartOnRedelivery, testDatabaseForFile } from '@msa/testing';
import { database as reviewsDatabase, type ReviewsDb } from '../src/data/database';
import { reviewPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('reviews privacy requests', () => {
  const database = testDatabaseForFile('reviews', MIGRATIONS, (url) => reviewsDatabase.connect(url));
  let db: ReviewsDb;
  let handlers: ReturnType<typeof reviewPrivacyHandlers>;

  beforeAll(() => {
    db = database.client;
    handlers = reviewPrivacyHandlers(db);
  });

  const reviewBy = (authorId: string, title: string) =>
    db.review.create({
      data: {
        productId: randomUUID(),
        authorId,
        rating: 4,
        title,
        body: 'Nice',
        status: 'PUBLISHED',
        moderationReasons: [],
      },
    });

  it("exports only the customer's reviews and votes, once per request", async () => {
    const userId = randomUUID();
    const mine = await reviewBy(userId, 'Mine');
    const theirs = await reviewBy(randomUUID(), 'Theirs');
    await db.helpfulVote.create({ data: { reviewId: theirs.id, userId } });
    const part = await exportPartOnRedelivery(db, handlers, userId);
    expect(part).toMatchObject({
      subgraph: 'reviews',
      data: { reviews: [{ id: mine.id, title: 'Mine' }], helpfulVotes: [{ reviewId: theirs.id }] },
    });
    expect(part.data.reviews).toHaveLength(1);
  });

  it("forgets the customer's purchases on deletion and keeps the reviews under the anonymised author", async () => {
    const userId = randomUUID();
    const mine = await reviewBy(userId, 'Kept');
    await db.purchaseOrder.create({ data: { orderId: randomUUID(), customerId: userId, state: 'VERIFIED' } });
    await deleteAccountOnRedelivery(handlers, userId);

    expect(await db.purchaseOrder.count({ where: { customerId: userId } })).toBe(0);
    expect((await db.review.findUniqueOrThrow({ where: { id: mine.id } })).rating).toBe(4);
  });
});
