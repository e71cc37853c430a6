import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteAccountOnRedelivery, exportPartOnRedelivery, testDatabaseForFile } from '@msa/testing';
import { database as searchDatabase, type SearchDb } from '../src/data/database';
import { searchPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

describe('search privacy requests', () => {
  const database = testDatabaseForFile('search', MIGRATIONS, (url) => searchDatabase.connect(url));
  let db: SearchDb;
  let handlers: ReturnType<typeof searchPrivacyHandlers>;

  beforeAll(() => {
    db = database.client;
    handlers = searchPrivacyHandlers(db);
  });

  async function arrangeUser(userId: string, query: string) {
    const searchId = randomUUID();
    await db.searchQueryLog.create({
      data: { id: searchId, query, normalized: query, resultCount: 2, userId },
    });
    await db.searchClick.create({ data: { searchId, productId: 'p1' } });
    await db.productView.create({ data: { userId, productId: 'p2', lastViewedAt: new Date() } });
    await db.orderPurchase.create({
      data: { orderId: randomUUID(), customerId: userId, productIds: ['p1', 'p3'], placedAt: new Date() },
    });
    return searchId;
  }

  it("exports only the customer's searches, views and purchases, once per request", async () => {
    const userId = randomUUID();
    await arrangeUser(userId, 'red shoes');
    await arrangeUser(randomUUID(), 'blue hat');
    const part = await exportPartOnRedelivery(db, handlers, userId);
    expect(part).toMatchObject({
      subgraph: 'search',
      data: {
        searches: [{ query: 'red shoes', clickedProductIds: ['p1'] }],
        productViews: [{ productId: 'p2' }],
        purchasesUsedForRecommendations: [{ productIds: ['p1', 'p3'] }],
      },
    });
    expect(part.data.searches).toHaveLength(1);
  });

  it('removes the views and detaches searches and purchases from the customer on deletion', async () => {
    const userId = randomUUID();
    const searchId = await arrangeUser(userId, 'green socks');
    await deleteAccountOnRedelivery(handlers, userId);

    expect(await db.productView.count({ where: { userId } })).toBe(0);
    expect(await db.orderPurchase.count({ where: { customerId: userId } })).toBe(0);
    const search = await db.searchQueryLog.findUniqueOrThrow({ where: { id: searchId } });
    expect(search).toMatchObject({ userId: null, query: 'green socks' });
  });
});
