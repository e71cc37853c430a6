import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countDeadLetters } from '@msa/events';
import { redeemPromotions } from '../src/services/redeem-promotions';
import { unredeemPromotions } from '../src/services/unredeem-promotions';
import { eventually } from '@msa/testing';
import { PromotionsHarness } from './support/promotions-harness';

const tenPercent = [{ orderPercentOff: { percent: 10 } }];

describe('redemption: the checkout saga step, atomic against usage limits', () => {
  let h: PromotionsHarness;

  beforeAll(async () => {
    h = await PromotionsHarness.start();
  });
  afterAll(() => h?.stop());

  const usageOf = async (promotionId: string) =>
    (await h.db.promotion.findUniqueOrThrow({ where: { id: promotionId } })).usageCount;
  const redeem = (
    promotionId: string,
    orderId: string = randomUUID(),
    customerId: string = randomUUID(),
    code: string | null = null,
  ) => redeemPromotions(h.db, { orderId, customerId, redemptions: [{ promotionId, code, amount: 250 }] });

  it('50 customers redeeming a coupon limited to 10 at once: exactly 10 succeed (direct calls and the command queue together)', async () => {
    const promotionId = await h.promotion({ code: 'LIMITED10', usageLimit: 10, actions: tenPercent });
    const orders = Array.from({ length: 50 }, (_, index) => ({
      orderId: `order-${randomUUID()}`,
      customerId: `customer-${index}`,
    }));
    const payload = (order: (typeof orders)[number]) => ({
      ...order,
      redemptions: [{ promotionId, code: 'LIMITED10', amount: 500 }],
    });
    const [queued, direct] = [orders.slice(0, 15), orders.slice(15)];

    const [directOutcomes] = await Promise.all([
      Promise.all(direct.map((order) => redeemPromotions(h.db, payload(order)))),
      Promise.all(queued.map((order) => h.sendCommand('promotions.redeem', payload(order)))),
    ]);
    const orderIds = new Set(orders.map((order) => order.orderId));
    const replies = await eventually(async () => {
      const redeemed = (await h.outboxEvents('promotions.redeemed')).filter((e) => orderIds.has(e.orderId));
      const failed = (await h.outboxEvents('promotions.redemption_failed')).filter((e) =>
        orderIds.has(e.orderId),
      );
      return redeemed.length + failed.length === 50 && { redeemed, failed };
    }, 25_000);

    expect(replies.redeemed).toHaveLength(10);
    expect(replies.failed.map((e) => e.code)).toEqual(Array(40).fill('USAGE_LIMIT_REACHED'));
    expect(directOutcomes.filter((o) => o.kind === 'redeemed').length).toBeLessThanOrEqual(10);
    expect(await usageOf(promotionId)).toBe(10);
    expect(await h.db.redemption.count({ where: { promotionId } })).toBe(10);
    expect(
      await h.db.customerUsage.aggregate({ where: { promotionId }, _sum: { usageCount: true } }),
    ).toEqual({ _sum: { usageCount: 10 } });
  });

  it('unredeem gives the use back (once), so another customer can redeem; a repeated redeem changes nothing', async () => {
    const promotionId = await h.promotion({ usageLimit: 1, actions: tenPercent });
    const orderId = randomUUID();
    expect(await redeem(promotionId, orderId, 'alice')).toEqual({ kind: 'redeemed' });
    expect(await redeem(promotionId, orderId, 'alice')).toEqual({ kind: 'redeemed' });
    expect(await usageOf(promotionId)).toBe(1);
    expect(await redeem(promotionId, randomUUID(), 'bob')).toMatchObject({
      kind: 'failed',
      code: 'USAGE_LIMIT_REACHED',
    });

    expect(await unredeemPromotions(h.db, { orderId, reason: 'payment declined' })).toEqual({
      kind: 'unredeemed',
      released: 1,
    });
    expect(await unredeemPromotions(h.db, { orderId, reason: 'payment declined' })).toEqual({
      kind: 'unredeemed',
      released: 0,
    });
    expect(await usageOf(promotionId)).toBe(0);
    expect(
      await h.db.customerUsage.findUniqueOrThrow({
        where: { promotionId_customerId: { promotionId, customerId: 'alice' } },
      }),
    ).toMatchObject({ usageCount: 0 });
    expect(await redeem(promotionId, randomUUID(), 'bob')).toEqual({ kind: 'redeemed' });
    // A compensated order stays compensated: its redeem, replayed late, takes nothing.
    expect(await redeem(promotionId, orderId, 'alice')).toMatchObject({
      kind: 'failed',
      code: 'REDEMPTION_RELEASED',
    });
    expect(await usageOf(promotionId)).toBe(1);
  });

  it('enforces the per-customer limit atomically: one customer checking out twice at once gets it once', async () => {
    const promotionId = await h.promotion({ code: 'ONCE', perCustomerLimit: 1, actions: tenPercent });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => redeem(promotionId, randomUUID(), 'carol', 'ONCE')),
    );
    expect(outcomes.filter((o) => o.kind === 'redeemed')).toHaveLength(1);
    expect(
      outcomes.filter((o) => o.kind === 'failed').map((o) => (o.kind === 'failed' ? o.code : '')),
    ).toEqual(Array(5).fill('CUSTOMER_USAGE_LIMIT_REACHED'));
    expect(await usageOf(promotionId)).toBe(1);
    expect(await redeem(promotionId, randomUUID(), 'dave', 'ONCE')).toEqual({ kind: 'redeemed' });
  });

  it('is all or nothing per order: one exhausted promotion leaves the others untouched', async () => {
    const open = await h.promotion({ stackable: true, actions: tenPercent });
    const exhausted = await h.promotion({
      stackable: true,
      usageLimit: 1,
      actions: [{ freeShipping: true }],
    });
    expect(await redeem(exhausted)).toEqual({ kind: 'redeemed' });

    const orderId = randomUUID();
    const outcome = await redeemPromotions(h.db, {
      orderId,
      customerId: 'erin',
      redemptions: [
        { promotionId: open, code: null, amount: 300 },
        { promotionId: exhausted, code: null, amount: 0 },
      ],
    });
    expect(outcome).toMatchObject({ kind: 'failed', code: 'USAGE_LIMIT_REACHED' });
    expect(await usageOf(open)).toBe(0);
    expect(await h.db.redemption.count({ where: { orderId } })).toBe(0);
    // The unredeem the saga sends after a failed step is a harmless no-op.
    expect(await unredeemPromotions(h.db, { orderId, reason: 'redeem failed' })).toEqual({
      kind: 'unredeemed',
      released: 0,
    });
  });

  it('refuses promotions switched off or outside their window at checkout time, and unknown ids', async () => {
    const ended = await h.promotion({ endsAt: new Date(Date.now() + 60_000), actions: tenPercent });
    const later = new Date(Date.now() + 120_000);
    expect(
      await redeemPromotions(
        h.db,
        {
          orderId: randomUUID(),
          customerId: 'x',
          redemptions: [{ promotionId: ended, code: null, amount: 1 }],
        },
        { now: later },
      ),
    ).toMatchObject({
      kind: 'failed',
      code: 'COUPON_EXPIRED',
    });
    const off = await h.promotion({ actions: tenPercent });
    await h.db.promotion.update({ where: { id: off }, data: { active: false } });
    expect(await redeem(off)).toMatchObject({ kind: 'failed', code: 'COUPON_INACTIVE' });
    expect(await redeem(randomUUID())).toMatchObject({ kind: 'failed', code: 'COUPON_NOT_FOUND' });
    expect(await redeem('not-a-uuid')).toMatchObject({ kind: 'failed', code: 'COUPON_NOT_FOUND' });
  });

  it('handles redeem and unredeem through the command queue, once per message, and dead-letters malformed commands', async () => {
    const promotionId = await h.promotion({ actions: tenPercent });
    const orderId = randomUUID();
    const payload = { orderId, customerId: 'frank', redemptions: [{ promotionId, code: null, amount: 100 }] };
    const messageId = randomUUID();
    const first = await h.sendCommand('promotions.redeem', payload, messageId);
    expect(await eventually(() => h.jobState(h.commands, first))).toBe('completed');
    // The same message again (a retried dead letter): the inbox recognises it.
    await h.commands.add(
      'promotions.redeem',
      { id: messageId, name: 'promotions.redeem', payload, occurredAt: new Date().toISOString() },
      { jobId: `${messageId}-again` },
    );
    expect(await eventually(() => h.jobState(h.commands, `${messageId}-again`))).toBe('completed');
    expect((await h.outboxEvents('promotions.redeemed')).filter((e) => e.orderId === orderId)).toHaveLength(
      1,
    );
    expect(await usageOf(promotionId)).toBe(1);

    const undo = await h.sendCommand('promotions.unredeem', { orderId, reason: 'shipment failed' });
    expect(await eventually(() => h.jobState(h.commands, undo))).toBe('completed');
    expect(await usageOf(promotionId)).toBe(0);
    expect((await h.outboxEvents('promotions.unredeemed')).some((e) => e.orderId === orderId)).toBe(true);

    const deadBefore = await countDeadLetters(h.connection, { prefix: h.queuePrefix });
    const malformed = await h.sendCommand('promotions.redeem', { orderId, redemptions: 'all of them' });
    expect(await eventually(() => h.jobState(h.commands, malformed))).toBe('failed');
    expect((await h.commands.getJob(malformed))?.attemptsMade).toBe(1);
    expect(await countDeadLetters(h.connection, { prefix: h.queuePrefix })).toBe(deadBefore + 1);
  });

  it('publishes its replies: the relay moves them onto the orders queue', async () => {
    const promotionId = await h.promotion({ actions: tenPercent });
    const orderId = randomUUID();
    await redeem(promotionId, orderId);
    const row = await h.db.outboxMessage.findFirstOrThrow({
      where: { name: 'promotions.redeemed', payload: { equals: { orderId } } },
    });
    await eventually(
      async () =>
        (await h.db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).publishedAt !== null,
    );
  });
});
