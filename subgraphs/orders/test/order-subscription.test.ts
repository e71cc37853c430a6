import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { liveClients, redisSubscribers, TEST_REDIS_URL } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type OrderView } from './support/orders-harness';

type OrderUpdate = { orderUpdated: Pick<OrderView, 'id' | 'status'> | null };

describe('Subscription.orderUpdated over graphql-ws', () => {
  let h: OrdersHarness;
  let redis: Redis;
  let live: ReturnType<typeof liveClients>;

  const watch = (client: Client, orderId: string) =>
    live.watch<OrderUpdate>(client, {
      query: 'subscription($id: ID!) { orderUpdated(orderId: $id) { id status } }',
      variables: { id: orderId },
    });
  const connect = (authorization?: string) => live.connect(authorization);

  /** The server confirmed the Redis subscription, so no update published from now on can be missed. */
  const subscribed = (orderId: string) =>
    redisSubscribers(redis, `${h.prefix}:orders:order-updated:${orderId}`);

  beforeAll(async () => {
    h = await OrdersHarness.start();
    live = liveClients(h.url);
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    await live?.dispose();
    redis?.disconnect();
    await h?.close();
  });

  it('streams every change of the order to its customer', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    const subscription = watch(connect(`Bearer ${customer.token}`), order.id);
    await subscribed(order.id);

    await h.services.succeed(order.id, 'inventory.commit');
    // Messages carry only the order id and subscribers read the order as it is then: let the confirmation be
    // delivered before the next change, or both messages could show SHIPPED.
    await expect
      .poll(() => subscription.messages.map((message) => message.data?.orderUpdated?.status))
      .toEqual(['CONFIRMED']);
    await h.reply('shipment.status_changed', {
      orderId: order.id,
      shipmentId: 'sh-1',
      status: 'IN_TRANSIT',
      at: new Date().toISOString(),
    });
    await expect
      .poll(() => subscription.messages.map((message) => message.data?.orderUpdated?.status))
      .toEqual(['CONFIRMED', 'SHIPPED']);
    expect(subscription.messages[0]!.data!.orderUpdated!.id).toBe(order.id);
  });

  it('streams a declined payment, its retry and the confirmation', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer, undefined, {}, { paymentToken: 'tok_chargeDeclined' });
    const subscription = watch(connect(`Bearer ${customer.token}`), order.id);
    await subscribed(order.id);
    const statuses = () => subscription.messages.map((message) => message.data?.orderUpdated?.status);

    await h.services.succeed(order.id, 'inventory.reserve');
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
    await h.reply('payment.authorization_failed', {
      orderId: order.id,
      paymentId: null,
      code: 'CARD_DECLINED',
      reason: 'declined',
    });
    await expect.poll(statuses).toEqual(['PAYMENT_FAILED']);
    expect((await h.retryPayment(customer, order.id, 'tok_visa')).errors).toBeUndefined();
    await expect.poll(statuses).toEqual(['PAYMENT_FAILED', 'PENDING']);
    await h.services.succeed(order.id, 'inventory.commit', 2);
    await expect.poll(statuses).toEqual(['PAYMENT_FAILED', 'PENDING', 'CONFIRMED']);
  });

  it('lets an administrator watch any order', async () => {
    const customer = await h.customer();
    const order = await h.placeOrder(customer);
    const subscription = watch(connect(`Bearer ${await h.keys.tokenFor('ADMIN')}`), order.id);
    await subscribed(order.id);
    await h.reply('inventory.reservation_failed', {
      orderId: order.id,
      code: 'OUT_OF_STOCK',
      variantIds: ['v-1'],
      message: 'none left',
    });
    await expect
      .poll(() => subscription.messages.map((message) => message.data?.orderUpdated?.status))
      .toEqual(['CANCELLED']);
  });

  it('refuses another customer and anonymous connections', async () => {
    const order = await h.placeOrder(await h.customer());
    const stranger = watch(connect(`Bearer ${(await h.customer()).token}`), order.id);
    await stranger.done;
    expect(stranger.messages.map((message) => message.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN']);

    const anonymous = watch(connect(), order.id);
    await anonymous.done;
    expect(anonymous.messages.map((message) => message.errors?.[0]?.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it('closes a connection whose token does not verify', async () => {
    const order = await h.placeOrder(await h.customer());
    const forged = watch(connect('Bearer not-a-token'), order.id);
    await forged.done;
    expect((forged.closed() as { code?: number } | null)?.code).toBe(4403);
  });
});
