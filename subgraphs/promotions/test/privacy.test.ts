import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteAccountOnRedelivery, exportPartOnRedelivery, testDatabaseForFile } from '@msa/testing';
import { database as promotionsDatabase, type PromotionsDb } from '../src/data/database';
import { promotionPrivacyHandlers } from '../src/jobs/privacy-handlers';

const MIGRATIONS = new URL('../prisma/migrations', import.meta.url);

const PROMOTION = { name: 'Ten off', currency: 'USD', conditions: {}, actions: [] };

describe('promotions privacy requests', () => {
  const database = testDatabaseForFile('promotions', MIGRATIONS, (url) => promotionsDatabase.connect(url));
  let db: PromotionsDb;
  let handlers: ReturnType<typeof promotionPrivacyHandlers>;
  let promotionId: string;

  beforeAll(async () => {
    db = database.client;
    handlers = promotionPrivacyHandlers(db);
    promotionId = (await db.promotion.create({ data: PROMOTION })).id;
  });

  async function arrangeUser(userId: string, code: string) {
    const orderId = randomUUID();
    await db.cartCoupon.create({ data: { cartId: randomUUID(), code, ownerId: userId } });
    await db.customerUsage.create({ data: { promotionId, customerId: userId, usageCount: 1 } });
    await db.orderRedemption.create({
      data: {
        orderId,
        customerId: userId,
        status: 'REDEEMED',
        redemptions: { create: { promotionId, code, customerId: userId, amount: 300 } },
      },
    });
    return orderId;
  }

  it("exports only the customer's coupons and discounts, once per request", async () => {
    const userId = randomUUID();
    const orderId = await arrangeUser(userId, 'MINE10');
    await arrangeUser(randomUUID(), 'THEIRS10');
    const part = await exportPartOnRedelivery(db, handlers, userId);
    expect(part).toMatchObject({
      subgraph: 'promotions',
      data: {
        couponsEntered: [{ code: 'MINE10' }],
        discountsReceived: [{ orderId, code: 'MINE10', amount: 300 }],
      },
    });
    expect(JSON.stringify(part)).not.toContain('THEIRS10');
  });

  it('forgets coupons, usage and history on deletion and keeps the redemption amounts', async () => {
    const userId = randomUUID();
    const orderId = await arrangeUser(userId, 'GONE10');
    await deleteAccountOnRedelivery(handlers, userId);

    expect(await db.cartCoupon.count({ where: { ownerId: userId } })).toBe(0);
    expect(await db.customerUsage.count({ where: { customerId: userId } })).toBe(0);
    expect(await db.orderRedemption.findUniqueOrThrow({ where: { orderId } })).toMatchObject({
      customerId: null,
    });
    expect((await db.redemption.findFirstOrThrow({ where: { orderId } })).amount).toBe(300);
  });
});
