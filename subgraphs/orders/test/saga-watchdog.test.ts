import type { SagaState } from '@msa/saga';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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
  /**
   * The order's commands without re-sent authorizations: the authorization's deadline is short in this file,
   * so a busy machine may see it sent again before the test answers it, which changes nothing else.
   */
  const steps = async (orderId: string) =>
    (await names(orderId)).filter(
      (name, index, all) => name !== 'payments.authorize' || all[index - 1] !== 'payments.authorize',
    );
  const waitForSteps = (orderId: string, expected: string[]) =>
    vi.waitFor(async () => expect((await steps(orderId)).slice(0, expected.length)).toEqual(expected), {
      timeout: 10_000,
      interval: 50,
    });
  const sagaState = async (orderId: string) =>
    (
      await h.pool.query<{ state: SagaState<unknown> }>('SELECT state FROM sagas WHERE order_id = $1', [
        orderId,
      ])
    ).rows[0]!.state;
  const metrics = async () => (await fetch(h.url.replace(/\/graphql$/, '/metrics'))).text();

  /** An order whose card was declined: PAYMENT_FAILED, stock reserved. */
  const declinedOrder = async (): Promise<OrderView> => {
    const order = await h.placeOrder(
      customer,
      { 'v-1': [1, 1000] },
      {},
      { paymentToken: 'tok_chargeDeclined' },
    );
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
            // Two attempts, yet asked for without end once the order is confirmed without it.
            'confirm-order': { replyWithinMs: 300, attempts: 2 },
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
    await waitForSteps(order.id, [
      ...paid,
      'shipping.create_shipment',
      'shipping.create_shipment',
      // Gave up: the capture is refunded first (it absorbed the authorization), then the stock released.
      'payments.refund',
    ]);
    // The re-send is the same command: the shipping handler treats it as the same shipment.
    const shipments = (await h.commandsFor(order.id)).filter((c) => c.name === 'shipping.create_shipment');
    expect(shipments[1]!.payload).toEqual(shipments[0]!.payload);
    const cancelled = await h.waitForStatus(order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('STEP_TIMED_OUT');
    expect(cancelled.statusHistory.at(-1)?.note).toMatch(/did not answer in time/);
    await h.services.succeed(
      order.id,
      'inventory.release',
      (await names(order.id)).indexOf('payments.refund'),
    );
    await waitForSteps(order.id, [
      ...paid,
      'shipping.create_shipment',
      'shipping.create_shipment',
      'payments.refund',
      'inventory.release',
    ]);
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');

    // The abandoned shipment turns up after all, twice: it is taken in once, and cancelled.
    const late = {
      orderId: order.id,
      shipmentId: `sh-${order.id}`,
      trackingNumber: 'PN1',
      carrier: 'Parcelnet',
    };
    await h.reply('shipment.created', { ...late, service: 'STANDARD' });
    await h.reply('shipment.created', { ...late, service: 'STANDARD' });
    await h.services.drained();
    expect((await sagaState(order.id)).completed.filter((step) => step === 'create-shipment')).toHaveLength(
      1,
    );
    await vi.waitFor(async () => expect(await names(order.id)).toContain('shipping.cancel_shipment'), {
      timeout: 10_000,
    });
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

  it('re-sends a stock commit nobody acknowledges past its attempts, the order staying CONFIRMED', async () => {
    const order = await h.placeOrder(customer, { 'v-1': [1, 1200] });
    await h.services.succeed(order.id, 'shipping.create_shipment');
    await h.waitForStatus(order.id, 'CONFIRMED');
    const commits = async () => (await names(order.id)).filter((name) => name === 'inventory.commit');
    await vi.waitFor(async () => expect((await commits()).length).toBeGreaterThanOrEqual(3), {
      timeout: 10_000,
      interval: 50,
    });
    const confirmed = await h.order(order.id, customer.token);
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.statusHistory.map((change) => change.status)).toEqual(['PENDING', 'CONFIRMED']);
    expect(await metrics()).toMatch(
      /msa_saga_watchdog_actions_total\{saga="checkout",step="confirm-order",phase="reply",outcome="resent"\} ([2-9]|\d{2,})\n/,
    );

    await h.reply('inventory.committed', { orderId: order.id });
    await h.services.drained();
    expect((await sagaState(order.id)).steps['confirm-order']).toMatchObject({ status: 'succeeded' });
    expect((await sagaState(order.id)).steps['reserve-inventory']).toMatchObject({ status: 'settled' });
    const { rows } = await h.pool.query<{ waiting: boolean }>(
      'SELECT waiting_since IS NOT NULL AS waiting FROM sagas WHERE order_id = $1',
      [order.id],
    );
    expect(rows[0]!.waiting).toBe(false);
    expect(await h.sagaStatus(order.id)).toBe('completed');
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
    await waitForSteps(order.id, ['inventory.reserve', 'payments.authorize', 'inventory.release']);
    expect(await metrics()).toMatch(
      /msa_saga_watchdog_actions_total\{saga="checkout",step="authorize-payment",phase="retry",outcome="lapsed"\} 1/,
    );
  });
});
