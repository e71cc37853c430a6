import type { SagaState } from '@msa/saga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer, type OrderView } from './support/orders-harness';

/**
 * The saga watchdog with deadlines short enough to watch: the services are played by the test, and the
 * ones that "never answer" are simply not answered. Only the steps under test get short deadlines, so the
 * others never time out underneath a test.
 */
describe('saga watchdog', () => {
  let h: OrdersHarness;
  let customer: Customer;

  const names = async (orderId: string) => (await h.commandsFor(orderId)).map((command) => command.name);
  const sagaState = async (orderId: string) =>
    (await h.pool.query<{ state: SagaState<unknown> }>('SELECT state FROM sagas WHERE order_id = $1', [orderId]))
      .rows[0]!.state;
  const metrics = async () => (await fetch(h.url.replace(/\/graphql$/, '/metrics'))).text();

  /** An order whose card was declined: PAYMENT_FAILED, stock reserved. */
  const declinedOrder = async (): Promise<OrderView> => {
    const order = await h.placeOrder(customer, { 'v-1': [1, 1000] }, {}, { paymentToken: 'tok_chargeDeclined' });
    await h.services.succeed(order.id, 'inventory.reserve');
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize']);
    await h.reply('payment.authorization_failed', {
      orderId: order.id,
      paymentId: `pay-${order.id}`,
      code: 'CARD_DECLINED',
      reason: 'Your card was declined.',
    });
    return h.waitForStatus(order.id, 'PAYMENT_FAILED');
  };

  beforeAll(async () => {
    h = await OrdersHarness.start({
      overrides: {
        watchdog: {
          intervalMs: 50,
          paymentRetryWindowMs: 3_000,
          steps: {
            // Asked twice, then given up on.
            'create-shipment': { replyWithinMs: 500, attempts: 2 },
            // Asked again and again: the test answers after the first re-send.
            'authorize-payment': { replyWithinMs: 300, attempts: 50 },
          },
        },
      },
    });
    customer = await h.customer();
  });
  afterAll(() => h?.close());

  it('re-sends a step nobody answers, then gives up: CANCELLED with a reason, completed steps undone', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [2, 1500] });
    await h.services.succeed(order.id, 'payments.capture');
    const paid = ['inventory.reserve', 'payments.authorize', 'payments.capture'];
    const sent = await h.waitForCommands(order.id, [
      ...paid,
      'shipping.create_shipment',
      'shipping.create_shipment',
      // Gave up: the capture is refunded first (it absorbed the authorization), then the stock released.
      'payments.refund',
    ]);
    // The re-send is the same command: the shipping handler treats it as the same shipment.
    expect(sent[4]!.payload).toEqual(sent[3]!.payload);
    const cancelled = await h.waitForStatus(order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('STEP_TIMED_OUT');
    expect(cancelled.statusHistory.at(-1)?.note).toMatch(/did not answer in time/);
    await h.services.succeed(order.id, 'inventory.release', 5);
    await h.waitForCommands(order.id, [
      ...paid,
      'shipping.create_shipment',
      'shipping.create_shipment',
      'payments.refund',
      'inventory.release',
    ]);
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');

    // The abandoned shipment turns up after all, twice: it is taken in once, and cancelled.
    const late = { orderId: order.id, shipmentId: `sh-${order.id}`, trackingNumber: 'PN1', carrier: 'Parcelnet' };
    await h.reply('shipment.created', { ...late, service: 'STANDARD' });
    await h.reply('shipment.created', { ...late, service: 'STANDARD' });
    await h.services.drained();
    expect((await sagaState(order.id)).completed.filter((step) => step === 'create-shipment')).toHaveLength(1);
    await h.waitForCommands(order.id, [...(await names(order.id)).slice(0, 7), 'shipping.cancel_shipment']);
    await h.reply('shipment.cancelled', { orderId: order.id, shipmentId: `sh-${order.id}` });
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');

    const scraped = await metrics();
    expect(scraped).toMatch(
      /msa_saga_watchdog_actions_total\{saga="checkout",step="create-shipment",phase="reply",outcome="resent"\} 1/,
    );
    expect(scraped).toMatch(
      /msa_saga_watchdog_actions_total\{saga="checkout",step="create-shipment",phase="reply",outcome="gave_up"\} 1/,
    );
  });

  it('applies a reply that arrives after a re-send once', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [1, 2000] });
    await h.services.succeed(order.id, 'inventory.reserve');
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize', 'payments.authorize']);
    // Payments answers both sends (each reply is a message of its own).
    const authorized = { orderId: order.id, paymentId: `pay-${order.id}`, amount: 2500, currency: 'USD' };
    await h.reply('payment.authorized', authorized);
    await h.reply('payment.authorized', authorized);
    await h.services.drained();
    const sent = await names(order.id);
    const capture = sent.indexOf('payments.capture');
    expect(sent.filter((name) => name === 'payments.capture')).toHaveLength(1);
    await h.services.succeed(order.id, 'inventory.commit', capture);
    await h.waitForStatus(order.id, 'CONFIRMED');
    expect((await names(order.id)).filter((name) => name === 'payments.capture')).toHaveLength(1);
  });

  it('cancels an order left in PAYMENT_FAILED when the payment retry window lapses, releasing its stock', async () => {
    const order = await declinedOrder();
    const cancelled = await h.waitForStatus(order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('PAYMENT_RETRY_EXPIRED');
    expect(cancelled.statusHistory.map((change) => change.status)).toEqual([
      'PENDING',
      'PAYMENT_FAILED',
      'CANCELLED',
    ]);
    // Nothing was authorized, so only the stock is given back.
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize', 'inventory.release']);
    expect(await metrics()).toMatch(
      /msa_saga_watchdog_actions_total\{saga="checkout",step="authorize-payment",phase="retry",outcome="lapsed"\} 1/,
    );
  });

  it('lets a payment retried inside the window go through to CONFIRMED', async () => {
    const order = await declinedOrder();
    await h.retryPayment(customer, order.id, 'tok_visa');
    const sent = await h.waitForCommands(order.id, [
      'inventory.reserve',
      'payments.authorize',
      'payments.authorize',
    ]);
    expect(sent[2]!.payload).toMatchObject({ paymentToken: 'tok_visa', attempt: 2 });
    await h.services.succeed(order.id, 'inventory.commit', 2);
    const confirmed = await h.waitForStatus(order.id, 'CONFIRMED');
    expect(confirmed.cancellationReason).toBeNull();
    expect((await names(order.id)).filter((name) => name === 'payments.capture')).toHaveLength(1);
  });
});
