import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '@msa/testing';
import { createPaymentsSubgraph, simulatedProviderActivity } from '@msa/payments/app';
import { createLogger } from '@msa/subgraph-kit';
import type { BootedSupergraph } from '../support/boot-supergraph';
import { bootWithAdmin } from '../support/system-with-admin';
import { type ApiClient, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { startServiceProcess } from '../support/service-process';
import { addToCart, checkout, orderOf, stockedVariant, stockOf } from '../support/shop';

const PAYMENT_FIELDS = 'payment { id status amount { amount } refunds { amount { amount } } }';

interface PaymentView {
  id: string;
  status: string;
  amount: { amount: number };
  refunds: { amount: { amount: number } }[];
}

/** Issue 4 through the router: card outcomes, the shipment timeline, returns and refunds. */
describe('payments and shipping inside the saga, returns end to end', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    ({ system, anonymous, admin } = await bootWithAdmin({
      carrierStepDelayMs: 200,
      // A lost authorization (the crash test) is asked for again after a second, not a minute.
      sagaWatchdog: {
        intervalMs: 200,
        steps: { 'authorize-payment': { replyWithinMs: 1_000, attempts: 60 } },
      },
    }));
  });
  afterAll(() => system?.stop());

  async function paymentOf(client: ApiClient, orderId: string): Promise<PaymentView | null> {
    const data = await client.data<{ order: { payment: PaymentView | null } }>(
      `query($id: ID!) { order(id: $id) { ${PAYMENT_FIELDS} } }`,
      { id: orderId },
    );
    return data.order.payment;
  }

  it('tok_visa → CONFIRMED → DELIVERED → return → REFUNDED with the stock restored', async () => {
    const variant = await stockedVariant(admin, 'E2E-VISA', 5_000, 10);
    const { client: customer } = await newCustomer(anonymous, 'visa');
    const cart = await addToCart(customer, variant.variantId, 2);
    const placed = await checkout(customer, cart.id, 'visa-1', { paymentToken: 'tok_visa' });
    expect(placed.userErrors).toEqual([]);
    // The simulated carrier may already have picked the parcel up by the time checkout answers.
    expect(['CONFIRMED', 'SHIPPED', 'DELIVERED']).toContain(placed.order?.status);
    const orderId = placed.order!.id;
    expect((await paymentOf(customer, orderId))?.status).toBe('CAPTURED');
    // The stock commit follows the confirmation instead of preceding it.
    await eventually(async () =>
      expect(await stockOf(admin, variant)).toEqual({ onHand: 8, reserved: 0, available: 8 }),
    );

    // The simulated carrier scans the parcel through to delivery; orders follows the shipment events.
    const delivered = await eventually(async () => {
      const order = await orderOf(customer, orderId);
      expect(order?.status).toBe('DELIVERED');
      return order!;
    });
    expect(delivered.statusHistory.map((h) => h.status)).toEqual([
      'PENDING',
      'CONFIRMED',
      'SHIPPED',
      'DELIVERED',
    ]);
    const tracking = await customer.data<{
      order: { shipment: { trackingNumber: string; status: string; events: { status: string }[] } };
    }>('query($id: ID!) { order(id: $id) { shipment { trackingNumber status events { status } } } }', {
      id: orderId,
    });
    expect(tracking.order.shipment.status).toBe('DELIVERED');
    const tracked = await anonymous.data<{ trackShipment: { status: string } }>(
      'query($n: String!) { trackShipment(trackingNumber: $n) { status } }',
      { n: tracking.order.shipment.trackingNumber },
    );
    expect(tracked.trackShipment.status).toBe('DELIVERED');

    const lines = await customer.data<{ order: { lines: { id: string; quantity: number }[] } }>(
      'query($id: ID!) { order(id: $id) { lines { id quantity } } }',
      { id: orderId },
    );
    const requested = await customer.data<{
      requestReturn: { return: { id: string; status: string }; userErrors: unknown[] };
    }>(
      'mutation($o: ID!, $l: [ReturnLineInput!]!) { requestReturn(orderId: $o, lines: $l, reason: "Too loud") { return { id status } userErrors { code message } } }',
      { o: orderId, l: [{ orderLineId: lines.order.lines[0]!.id, quantity: 2 }] },
    );
    expect(requested.requestReturn.userErrors).toEqual([]);
    const returnId = requested.requestReturn.return.id;
    expect((await orderOf(customer, orderId))?.status).toBe('RETURN_REQUESTED');

    const customerApproves = await customer.request(
      'mutation($r: ID!) { approveReturn(returnId: $r) { userErrors { code } } }',
      { r: returnId },
    );
    expect(errorCode(customerApproves)).toBe('FORBIDDEN');
    await admin.data('mutation($r: ID!) { approveReturn(returnId: $r) { userErrors { code } } }', {
      r: returnId,
    });
    await admin.data('mutation($r: ID!) { receiveReturn(returnId: $r) { userErrors { code } } }', {
      r: returnId,
    });

    await eventually(async () => expect((await orderOf(customer, orderId))?.status).toBe('REFUNDED'));
    const payment = (await paymentOf(customer, orderId))!;
    expect(payment.status).toBe('PARTIALLY_REFUNDED'); // shipping is not refunded
    expect(payment.refunds.map((r) => r.amount.amount)).toEqual([10_000]);
    expect(await stockOf(admin, variant)).toEqual({ onHand: 10, reserved: 0, available: 10 });
  });

  it('tok_chargeDeclined → PAYMENT_FAILED with the stock held; cancelling it releases the stock', async () => {
    const variant = await stockedVariant(admin, 'E2E-DECLINE', 2_000, 5);
    const { client: customer } = await newCustomer(anonymous, 'declined');
    const cart = await addToCart(customer, variant.variantId, 1);
    const placed = await checkout(customer, cart.id, 'declined-1', { paymentToken: 'tok_chargeDeclined' });
    expect(placed.order?.status).toBe('PAYMENT_FAILED');
    expect(placed.userErrors.map((e) => e.code)).toEqual(['CARD_DECLINED']);
    expect(placed.order?.cancellationReason).toBeNull();
    // The order waits for a payment retry with its stock reserved; the customer gives up instead.
    expect(await stockOf(admin, variant)).toEqual({ onHand: 5, reserved: 1, available: 4 });
    const cancelled = await customer.data<{
      cancelOrder: { order: { status: string; cancellationReason: string } | null; userErrors: unknown[] };
    }>(
      'mutation($id: ID!) { cancelOrder(id: $id) { order { status cancellationReason } userErrors { code } } }',
      {
        id: placed.order!.id,
      },
    );
    expect(cancelled.cancelOrder).toEqual({
      order: { status: 'CANCELLED', cancellationReason: 'CANCELLED_BY_CUSTOMER' },
      userErrors: [],
    });
    await eventually(async () =>
      expect(await stockOf(admin, variant)).toEqual({ onHand: 5, reserved: 0, available: 5 }),
    );
  });

  it('tok_timeout → CONFIRMED with exactly one capture', async () => {
    const variant = await stockedVariant(admin, 'E2E-TIMEOUT', 3_000, 5);
    const { client: customer } = await newCustomer(anonymous, 'timeout');
    const cart = await addToCart(customer, variant.variantId, 1);
    const placed = await checkout(customer, cart.id, 'timeout-1', { paymentToken: 'tok_timeout' });
    // The simulated carrier may already have picked the parcel up by the time checkout answers.
    expect(['CONFIRMED', 'SHIPPED', 'DELIVERED']).toContain(placed.order?.status);
    const activity = await simulatedProviderActivity(system.databases.payments!.url, placed.order!.id);
    expect(activity.completed.capture).toBe(1);
    expect(activity.requests.capture).toBeGreaterThan(1); // the first attempt timed out and was retried
  });

  it('completes with exactly one capture when the payments process is killed right after authorizing', async () => {
    // Payments runs as its own process, told to kill itself (SIGKILL) once the provider has authorized.
    const port = system.subgraphs.payments!.port;
    await system.subgraphs.payments!.stop();
    const restartInProcess = async () => {
      system.subgraphs.payments = await createPaymentsSubgraph({
        databaseUrl: system.databases.payments!.url,
        redisUrl: system.redisUrl,
        port,
        verifier: system.verifier,
        queuePrefix: system.queuePrefix,
        providerLatencyMs: [0, 0],
        logger: createLogger('payments', 'silent'),
      });
    };
    const doomed = await startServiceProcess(
      'payments',
      {
        PAYMENTS_DATABASE_URL: system.databases.payments!.url,
        REDIS_URL: system.redisUrl,
        QUEUE_PREFIX: system.queuePrefix,
        JWKS_URL: system.subgraphs.users!.url.replace(/\/graphql$/, '/.well-known/jwks.json'),
        PAYMENTS_PROVIDER_LATENCY_MS: '0,0',
        NODE_ENV: 'test',
        FAULT_INJECT: 'payments.after-authorize',
      },
      port,
    ).catch(async (error: unknown) => {
      await restartInProcess();
      throw error;
    });
    let restarted = false;
    try {
      const variant = await stockedVariant(admin, 'E2E-CRASH', 4_000, 5);
      const { client: customer } = await newCustomer(anonymous, 'crash');
      const cart = await addToCart(customer, variant.variantId, 1);
      const checkingOut = checkout(customer, cart.id, 'crash-1', { paymentToken: 'tok_visa' });
      expect(await doomed.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const mine = await customer.data<{ myOrders: { nodes: { id: string; status: string }[] } }>(
        '{ myOrders(first: 1) { nodes { id status } } }',
      );
      const orderId = mine.myOrders.nodes[0]!.id;
      const provider = () => simulatedProviderActivity(system.databases.payments!.url, orderId);
      // The card is authorized at the provider, but payments died before recording or answering it.
      expect(await provider()).toMatchObject({ charges: 1, completed: { authorize: 1 } });
      expect(mine.myOrders.nodes[0]!.status).toBe('PENDING');

      // Payments comes back; the orders watchdog asks for the authorization again, which the provider answers
      // from its record of the first one (same idempotency key), and the saga goes on to the end.
      await restartInProcess();
      restarted = true;
      const placed = await checkingOut;
      expect(['CONFIRMED', 'SHIPPED', 'DELIVERED']).toContain(placed.order?.status);
      expect(await provider()).toMatchObject({ charges: 1, completed: { authorize: 1, capture: 1 } });
      await eventually(async () =>
        expect(await stockOf(admin, variant)).toEqual({ onHand: 4, reserved: 0, available: 4 }),
      );
    } finally {
      await doomed.stop();
      if (!restarted) await restartInProcess();
    }
    // Two service starts on a shared two-core machine: the ceiling is generous, nothing waits on time.
  }, 180_000);

  it('refuses refunds by customers and refunds above the captured amount', async () => {
    const variant = await stockedVariant(admin, 'E2E-REFUND', 1_500, 5);
    const { client: customer } = await newCustomer(anonymous, 'refund');
    const cart = await addToCart(customer, variant.variantId, 1);
    const placed = await checkout(customer, cart.id, 'refund-1');
    const payment = (await paymentOf(customer, placed.order!.id))!;

    const byCustomer = await customer.request(
      'mutation($p: ID!) { refundPayment(paymentId: $p, amount: 100, reason: "please") { userErrors { code } } }',
      { p: payment.id },
    );
    expect(errorCode(byCustomer)).toBe('FORBIDDEN');

    const tooMuch = await admin.data<{ refundPayment: { userErrors: { code: string }[] } }>(
      'mutation($p: ID!, $a: Int!) { refundPayment(paymentId: $p, amount: $a, reason: "goodwill") { userErrors { code } } }',
      { p: payment.id, a: payment.amount.amount + 1 },
    );
    expect(tooMuch.refundPayment.userErrors.map((e) => e.code)).toEqual(['REFUND_EXCEEDS_CAPTURED']);

    const partial = await admin.data<{ refundPayment: { userErrors: unknown[] } }>(
      'mutation($p: ID!) { refundPayment(paymentId: $p, amount: 500, reason: "goodwill") { userErrors { code } } }',
      { p: payment.id },
    );
    expect(partial.refundPayment.userErrors).toEqual([]);
    expect((await paymentOf(customer, placed.order!.id))?.status).toBe('PARTIALLY_REFUNDED');
  });
});
