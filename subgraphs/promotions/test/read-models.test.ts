import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@msa/subgraph-kit';
import { findVariantFacts } from '../src/data/catalog.repo';
import { findCustomerHistories } from '../src/data/customer-history.repo';
import { startCouponSweeper } from '../src/jobs/coupon-sweeper';
import { redeemPromotions } from '../src/services/redeem-promotions';
import { unredeemPromotions } from '../src/services/unredeem-promotions';
import { eventually } from '@msa/testing';
import { PromotionsHarness } from './support/promotions-harness';

describe('read models fed by events, and the stale-coupon sweeper', () => {
  let h: PromotionsHarness;

  beforeAll(async () => {
    h = await PromotionsHarness.start();
  });
  afterAll(() => h?.stop());

  const delivered = async (id: Promise<string>) =>
    expect(await eventually(async () => h.jobState(h.events, await id))).toBe('completed');
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

  it('moves a variant’s product and a product’s categories only forward in event time', async () => {
    const variantId = randomUUID();
    const variant = (productId: string) => ({
      variantId,
      productId,
      sku: 'S',
      price: 100,
      currency: 'USD',
      purchasable: true,
      weightGrams: 1,
    });
    await delivered(h.sendEvent('product.variant.changed', variant('new-product'), minutesAgo(1)));
    await delivered(h.sendEvent('product.variant.changed', variant('old-product'), minutesAgo(5)));
    await delivered(
      h.sendEvent(
        'product.changed',
        { productId: 'new-product', status: 'ACTIVE', categoryId: 'mugs', variantIds: [variantId] },
        minutesAgo(1),
      ),
    );
    await delivered(
      h.sendEvent(
        'product.changed',
        {
          productId: 'new-product',
          status: 'ACTIVE',
          categoryId: 'cups',
          variantIds: [variantId],
          categoryIds: ['kitchen', 'cups'],
        },
        minutesAgo(10),
      ),
    );
    expect(await findVariantFacts(h.db, [variantId, 'unknown'])).toEqual([
      { variantId, productId: 'new-product', categoryIds: ['mugs'] },
    ]);
  });

  it('counts a customer’s orders once they reach CONFIRMED (or later), once per order', async () => {
    const customerId = randomUUID();
    const [first, second, abandoned] = [randomUUID(), randomUUID(), randomUUID()];
    const status = (orderId: string, from: string, to: string) =>
      h.sendEvent('order.status_changed', { orderId, customerId, from, to, note: null });
    await delivered(status(abandoned, 'PENDING', 'CANCELLED'));
    await delivered(status(first, 'PENDING', 'CONFIRMED'));
    await delivered(status(first, 'CONFIRMED', 'SHIPPED'));
    await delivered(status(second, 'SHIPPED', 'DELIVERED'));
    const [history] = await findCustomerHistories(h.db, [customerId]);
    expect(history!.confirmedOrders).toBe(2);
  });

  it('counts a claimed guest order for the customer who claimed it: per-customer limits and first orders', async () => {
    const promotionId = await h.promotion({
      code: `ONCE${Date.now()}`,
      perCustomerLimit: 1,
      actions: [{ orderPercentOff: { percent: 10 } }],
    });
    const [guest, user, orderId] = [`guest:${randomUUID()}`, randomUUID(), randomUUID()];
    expect(
      await redeemPromotions(h.db, {
        orderId,
        customerId: guest,
        redemptions: [{ promotionId, code: null, amount: 100 }],
      }),
    ).toEqual({ kind: 'redeemed' });
    await delivered(
      h.sendEvent('order.status_changed', {
        orderId,
        customerId: guest,
        from: 'PENDING',
        to: 'CONFIRMED',
        note: null,
      }),
    );
    await delivered(h.sendEvent('order.claimed', { orderId, customerId: user, previousCustomerId: guest }));

    const [forUser, forGuest] = await findCustomerHistories(h.db, [user, guest]);
    expect(forUser).toMatchObject({ confirmedOrders: 1, usageByPromotion: new Map([[promotionId, 1]]) });
    expect(forGuest).toMatchObject({ confirmedOrders: 0, usageByPromotion: new Map() });
    expect(
      await redeemPromotions(h.db, {
        orderId: randomUUID(),
        customerId: user,
        redemptions: [{ promotionId, code: null, amount: 100 }],
      }),
    ).toMatchObject({ kind: 'failed', code: 'CUSTOMER_USAGE_LIMIT_REACHED' });

    // Compensating the claimed order gives the use back to the customer who now holds it.
    await unredeemPromotions(h.db, { orderId, reason: 'cancelled' });
    const [released] = await findCustomerHistories(h.db, [user]);
    expect(released!.usageByPromotion.get(promotionId)).toBeUndefined();
  });

  it('counts what arrives after the claim of a guest order for the customer: a late redemption and confirmation', async () => {
    const promotionId = await h.promotion({
      code: `LATE${Date.now()}`,
      perCustomerLimit: 1,
      actions: [{ orderPercentOff: { percent: 10 } }],
    });
    const [guest, user, orderId] = [`guest:${randomUUID()}`, randomUUID(), randomUUID()];
    await delivered(h.sendEvent('order.claimed', { orderId, customerId: user, previousCustomerId: guest }));
    // The saga's command and the status event were sent before the claim: they still name the guest.
    expect(
      await redeemPromotions(h.db, {
        orderId,
        customerId: guest,
        redemptions: [{ promotionId, code: null, amount: 100 }],
      }),
    ).toEqual({ kind: 'redeemed' });
    await delivered(
      h.sendEvent('order.status_changed', {
        orderId,
        customerId: guest,
        from: 'PENDING',
        to: 'CONFIRMED',
        note: null,
      }),
    );

    const [forUser, forGuest] = await findCustomerHistories(h.db, [user, guest]);
    expect(forUser).toMatchObject({ confirmedOrders: 1, usageByPromotion: new Map([[promotionId, 1]]) });
    expect(forGuest).toMatchObject({ confirmedOrders: 0, usageByPromotion: new Map() });
  });

  it('forgets coupons of carts untouched for longer than the retention', async () => {
    const [stale, fresh] = [`cart-${randomUUID()}`, `cart-${randomUUID()}`];
    await h.db.cartCoupon.createMany({
      data: [
        { cartId: stale, code: 'OLD', appliedAt: new Date(Date.now() - 31 * 86_400_000) },
        { cartId: fresh, code: 'NEW', appliedAt: new Date() },
      ],
    });
    const sweeper = startCouponSweeper({
      db: h.db,
      retentionMs: 30 * 86_400_000,
      intervalMs: 3_600_000,
      logger: createLogger('sweeper-test', 'silent'),
    });
    try {
      expect(await sweeper.sweep()).toBe(1);
    } finally {
      await sweeper.stop();
    }
    expect(
      (await h.db.cartCoupon.findMany({ where: { cartId: { in: [stale, fresh] } } })).map((row) => row.code),
    ).toEqual(['NEW']);
  });
});
