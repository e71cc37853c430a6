import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { createTestDatabase, type TestDatabase } from '@msa/testing';
import { database as searchDatabase, type SearchDb } from '../src/data/database';
import { searchPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = fileURLToPath(new URL('../prisma/migrations', import.meta.url));

function envelope<E extends EventName>(
  name: E,
  payload: EventPayloads[E],
  id = randomUUID(),
): DomainEvent<E> {
  return { id, name, payload, occurredAt: new Date().toISOString() };
}

describe('search privacy requests', () => {
  let database: TestDatabase;
  let db: SearchDb;
  let handlers: ReturnType<typeof searchPrivacyHandlers>;

  beforeAll(async () => {
    database = await createTestDatabase('search', MIGRATIONS);
    db = searchDatabase.connect(database.url);
    handlers = searchPrivacyHandlers(db);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
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
    const event = envelope('user.data_export_requested', { exportId: randomUUID(), userId });
    await handlers['user.data_export_requested']!(event);
    await handlers['user.data_export_requested']!(event);

    const rows = await db.outboxMessage.findMany({ where: { name: 'user.data_export_part_ready' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toMatchObject({
      subgraph: 'search',
      data: {
        searches: [{ query: 'red shoes', clickedProductIds: ['p1'] }],
        productViews: [{ productId: 'p2' }],
        purchasesUsedForRecommendations: [{ productIds: ['p1', 'p3'] }],
      },
    });
    expect((rows[0]!.payload as { data: { searches: unknown[] } }).data.searches).toHaveLength(1);
  });

  it('removes the views and detaches searches and purchases from the customer on deletion', async () => {
    const userId = randomUUID();
    const searchId = await arrangeUser(userId, 'green socks');
    const event = envelope('user.account_deleted', { userId });
    await handlers['user.account_deleted']!(event);
    await handlers['user.account_deleted']!(event);

    expect(await db.productView.count({ where: { userId } })).toBe(0);
    expect(await db.orderPurchase.count({ where: { customerId: userId } })).toBe(0);
    const search = await db.searchQueryLog.findUniqueOrThrow({ where: { id: searchId } });
    expect(search).toMatchObject({ userId: null, query: 'green socks' });
  });
});
