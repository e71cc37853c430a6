import { randomUUID } from 'node:crypto';
import { expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer } from './support/orders-harness';

const WELCOME = {
  promotionId: 'promo-welcome',
  code: 'WELCOME10',
  label: '10% off your first order',
  amount: 300,
};

describe('checkout saga: promotions, payment and shipment', () => {
  let h: OrdersHarness;
  let customer: Customer;

  const names = async (orderId: string) => (await h.commandsFor(orderId)).map((command) => command.name);
  /** Places a discounted order and answers its commands with success up to and including `until`. */
  const discountedOrderUpTo = async (until: string) => {
    const order = await h.placeOrder(customer, { 'v-1': [3, 1000] }, { discounts: [WELCOME] });
    await h.services.succeed(order.id, until);
    return order;
  };

  beforeAll(async () => {
    h = await OrdersHarness.start();
    customer = await h.customer();
  });
  afterAll(() => h?.close());

  it('freezes the discounts, redeems them, and captures the payment exactly once despite duplicates', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [3, 1000] }, { discounts: [WELCOME] });
    expect(order).toMatchObject({
      subtotal: { amount: 3000 },
      discounts: [{ code: 'WELCOME10', label: '10% off your first order', amount: { amount: 300 } }],
      discountTotal: { amount: 300 },
      shippingTotal: { amount: 500 },
      total: { amount: 3200 },
    });
    await h.services.succeed(order.id, 'inventory.reserve');
    const redeem = (await h.waitForCommands(order.id, ['inventory.reserve', 'promotions.redeem']))[1]!;
    expect(redeem.payload).toEqual({
      orderId: order.id,
      customerId: customer.userId,
      redemptions: [{ promotionId: 'promo-welcome', code: 'WELCOME10', amount: 300 }],
      orderTotal: 3200,
      currency: 'USD',
    });
    await h.reply('promotions.redeemed', { orderId: order.id });
    await h.waitForCommands(order.id, ['inventory.reserve', 'promotions.redeem', 'payments.authorize']);

    const authorized = { orderId: order.id, paymentId: 'pay-1', amount: 3200, currency: 'USD' };
    const messageId = await h.reply('payment.authorized', authorized);
    await h.waitForCommands(order.id, [
      'inventory.reserve',
      'promotions.redeem',
      'payments.authorize',
      'payments.capture',
    ]);
    // Redelivered (same message id) and repeated (a new message) authorizations.
    await h.queue('events.orders').add(
      'payment.authorized',
      {
        id: messageId,
        name: 'payment.authorized',
        payload: authorized,
        occurredAt: new Date().toISOString(),
      },
      { jobId: `${messageId}-redelivered` },
    );
    await h.reply('payment.authorized', authorized);
    await h.reply('payment.captured', authorized);
    await h.reply('payment.captured', authorized);
    await h.services.succeed(order.id, 'inventory.commit', 4);
    const confirmed = await h.waitForStatus(order.id, 'CONFIRMED');
    expect(confirmed.total.amount).toBe(3200);
    await h.services.drained();
    expect(await names(order.id)).toEqual([
      'inventory.reserve',
      'promotions.redeem',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
      'inventory.commit',
    ]);
  });

  it('charges no shipping with free shipping', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [1, 4000] }, { discounts: [], freeShipping: true });
    expect(order).toMatchObject({ shippingTotal: { amount: 0 }, total: { amount: 4000 } });
  });

  it('holds a declined card in PAYMENT_FAILED with the stock reserved, then confirms after a retry', async () => {
    const order = await h.placeOrder(
      customer,
      { 'v-1': [1, 1000] },
      { discounts: [WELCOME] },
      {
        paymentToken: 'tok_chargeDeclined',
      },
    );
    await h.services.succeed(order.id, 'promotions.redeem');
    const authorize = (
      await h.waitForCommands(order.id, ['inventory.reserve', 'promotions.redeem', 'payments.authorize'])
    )[2]!;
    expect(authorize.payload).toMatchObject({ paymentToken: 'tok_chargeDeclined', attempt: 1 });
    await h.reply('payment.authorization_failed', {
      orderId: order.id,
      paymentId: null,
      code: 'CARD_DECLINED',
      reason: 'Your card was declined.',
    });
    const failed = await h.waitForStatus(order.id, 'PAYMENT_FAILED');
    expect(failed).toMatchObject({ cancellationReason: null, paymentFailureCode: 'CARD_DECLINED' });
    expect(failed.statusHistory.at(-1)).toMatchObject({
      status: 'PAYMENT_FAILED',
      note: expect.stringContaining('CARD_DECLINED'),
    });
    // Nothing is undone: the stock stays reserved and the discount redeemed while the customer retries.
    expect(await names(order.id)).toEqual(['inventory.reserve', 'promotions.redeem', 'payments.authorize']);
    expect(await h.sagaStatus(order.id)).toBe('running');
    expect(await h.outboxEvents(order.id, 'order.confirmed')).toEqual([]);

    const retried = expectData(await h.retryPayment(customer, order.id, 'tok_visa')).retryPayment;
    expect(retried.userErrors).toEqual([]);
    expect(retried.order).toMatchObject({ status: 'PENDING', paymentFailureCode: 'CARD_DECLINED' });
    const commands = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'promotions.redeem',
      'payments.authorize',
      'payments.authorize',
    ]);
    expect(commands[3]!.payload).toMatchObject({ paymentToken: 'tok_visa', attempt: 2, amount: 1200 });
    await h.services.succeed(order.id, 'inventory.commit', 3);
    const confirmed = await h.waitForStatus(order.id, 'CONFIRMED');
    expect(confirmed.statusHistory.map((change) => change.status)).toEqual([
      'PENDING',
      'PAYMENT_FAILED',
      'PENDING',
      'CONFIRMED',
    ]);
    expect(await h.outboxEvents(order.id, 'order.confirmed')).toEqual([
      {
        orderId: order.id,
        customerId: customer.userId,
        cartId: expect.any(String),
        lines: [{ variantId: 'v-1', quantity: 1 }],
      },
    ]);
    expect(await names(order.id)).toEqual([
      'inventory.reserve',
      'promotions.redeem',
      'payments.authorize',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
      'inventory.commit',
    ]);
  });

  it('voids the authorization when the capture fails', async () => {
    const order = await discountedOrderUpTo('payments.authorize');
    await h.waitForCommands(order.id, [
      'inventory.reserve',
      'promotions.redeem',
      'payments.authorize',
      'payments.capture',
    ]);
    await h.reply('payment.capture_failed', {
      orderId: order.id,
      paymentId: `pay-${order.id}`,
      reason: 'processor error',
    });
    expect((await h.waitForStatus(order.id, 'CANCELLED')).cancellationReason).toBe('PAYMENT_CAPTURE_FAILED');
    await h.services.succeed(order.id, 'inventory.release', 4);
    const commands = await h.commandsFor(order.id);
    expect(commands.slice(4).map((command) => command.name)).toEqual([
      'payments.void',
      'promotions.unredeem',
      'inventory.release',
    ]);
    expect(commands[4]!.payload).toEqual({ orderId: order.id, reason: 'order cancelled' });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('refunds what was captured and releases the stock when the shipment cannot be created', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [2, 1000] });
    await h.services.succeed(order.id, 'payments.capture');
    await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'payments.capture',
      'shipping.create_shipment',
    ]);
    await h.reply('shipment.creation_failed', { orderId: order.id, reason: 'destination not served' });
    expect((await h.waitForStatus(order.id, 'CANCELLED')).cancellationReason).toBe(
      'SHIPMENT_CREATION_FAILED',
    );
    const refund = (
      await h.waitForCommands(order.id, [
        'inventory.reserve',
        'payments.authorize',
        'payments.capture',
        'shipping.create_shipment',
        'payments.refund',
      ])
    )[4]!;
    expect(refund.payload).toEqual({
      orderId: order.id,
      amount: 2500,
      reason: 'order cancelled',
      returnId: null,
    });
    // The release waits until the refund is acknowledged: compensations run one at a time.
    expect(await names(order.id)).not.toContain('inventory.release');
    await h.services.succeed(order.id, 'inventory.release', 4);
    expect((await names(order.id)).slice(4)).toEqual(['payments.refund', 'inventory.release']);
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
  });

  it('cancels with the promotion’s code when a redemption is refused', async () => {
    const order = await discountedOrderUpTo('inventory.reserve');
    await h.waitForCommands(order.id, ['inventory.reserve', 'promotions.redeem']);
    await h.reply('promotions.redemption_failed', {
      orderId: order.id,
      code: 'USAGE_LIMIT_REACHED',
      message: 'This coupon has been used up.',
    });
    expect((await h.waitForStatus(order.id, 'CANCELLED')).cancellationReason).toBe('USAGE_LIMIT_REACHED');
    await h.waitForCommands(order.id, ['inventory.reserve', 'promotions.redeem', 'inventory.release']);
  });

  it('ignores replies for orders it does not know', async () => {
    await h.reply('payment.captured', { orderId: randomUUID(), paymentId: 'x', amount: 1, currency: 'USD' });
    const order = await h.confirmedOrder(customer);
    expect(order.status).toBe('CONFIRMED');
  });
});
