import { expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_FIELDS, OrdersHarness, type Customer, type OrderView } from './support/orders-harness';

/** retryPayment and the life of a PAYMENT_FAILED order, with the other services played by the test. */
describe('retryPayment', () => {
  let h: OrdersHarness;
  let customer: Customer;

  const cancel = (id: string, token: string) =>
    graphqlRequest<{ cancelOrder: { order: OrderView | null; userErrors: { code: string }[] } }>(
      h.url,
      `mutation($id: ID!) { cancelOrder(id: $id) { order { ${ORDER_FIELDS} } userErrors { code } } }`,
      { id },
      { token },
    );
  const names = async (orderId: string) => (await h.commandsFor(orderId)).map((command) => command.name);

  /** An order whose card was declined: PAYMENT_FAILED, stock reserved. */
  const declinedOrder = async (): Promise<OrderView> => {
    const order = await h.placeOrder(
      customer,
      { 'v-1': [2, 1000] },
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
    h = await OrdersHarness.start();
    customer = await h.customer();
  });
  afterAll(() => h?.close());

  it('runs once when submitted twice at the same time', async () => {
    const order = await declinedOrder();
    const results = await Promise.all([
      h.retryPayment(customer, order.id, 'tok_visa'),
      h.retryPayment(customer, order.id, 'tok_visa'),
    ]);
    for (const result of results) {
      expect(expectData(result).retryPayment).toMatchObject({ userErrors: [], order: { status: 'PENDING' } });
    }
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize', 'payments.authorize']);
    // A later submit answers the order as it stands and still authorizes nothing more.
    expect(expectData(await h.retryPayment(customer, order.id, 'tok_visa')).retryPayment.userErrors).toEqual(
      [],
    );
    expect(await names(order.id)).toEqual(['inventory.reserve', 'payments.authorize', 'payments.authorize']);
    const history = (await h.order(order.id, customer.token)).statusHistory.map((change) => change.status);
    expect(history).toEqual(['PENDING', 'PAYMENT_FAILED', 'PENDING']);
  });

  it('refuses bad input with clear userErrors and changes nothing', async () => {
    const order = await declinedOrder();
    const before = await names(order.id);
    const cases: [string, string, string, string[]][] = [
      ['00000000-0000-4000-8000-000000000000', 'tok_visa', 'NOT_FOUND', ['orderId']],
      ['not-a-uuid', 'tok_visa', 'NOT_FOUND', ['orderId']],
      [order.id, '   ', 'INVALID_PAYMENT_TOKEN', ['paymentToken']],
      [order.id, 'tok visa; drop', 'INVALID_PAYMENT_TOKEN', ['paymentToken']],
    ];
    for (const [orderId, token, code, field] of cases) {
      const result = expectData(await h.retryPayment(customer, orderId, token)).retryPayment;
      expect(result.order).toBeNull();
      expect(result.userErrors).toEqual([{ code, field, message: expect.any(String) }]);
    }

    const stranger = await h.customer();
    const forbidden = await h.retryPayment(stranger, order.id, 'tok_visa');
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const confirmed = await h.confirmedOrder(customer);
    const notFailed = expectData(await h.retryPayment(customer, confirmed.id, 'tok_visa')).retryPayment;
    expect(notFailed.userErrors).toEqual([
      { code: 'ORDER_NOT_PAYMENT_FAILED', field: ['orderId'], message: expect.stringContaining('confirmed') },
    ]);

    expect(await names(order.id)).toEqual(before);
    expect((await h.order(order.id, customer.token)).status).toBe('PAYMENT_FAILED');
  });

  it('cancels an order left PAYMENT_FAILED when its stock hold expires', async () => {
    const order = await declinedOrder();
    await h.reply('inventory.released', { orderId: order.id });
    const cancelled = await h.waitForStatus(order.id, 'CANCELLED');
    expect(cancelled.cancellationReason).toBe('RESERVATION_EXPIRED');
    expect(cancelled.statusHistory.map((change) => change.status)).toEqual([
      'PENDING',
      'PAYMENT_FAILED',
      'CANCELLED',
    ]);
    await expect.poll(() => h.sagaStatus(order.id)).toBe('failed');
    // Nothing to release (the hold is gone) or void (nothing was authorized).
    expect(await names(order.id)).toEqual(['inventory.reserve', 'payments.authorize']);
    const late = expectData(await h.retryPayment(customer, order.id, 'tok_visa')).retryPayment;
    expect(late.userErrors.map((error) => error.code)).toEqual(['ORDER_NOT_PAYMENT_FAILED']);
  });

  it('lets the customer cancel a PAYMENT_FAILED order, releasing its stock', async () => {
    const order = await declinedOrder();
    const result = expectData(await cancel(order.id, customer.token)).cancelOrder;
    expect(result.userErrors).toEqual([]);
    expect(result.order).toMatchObject({ status: 'CANCELLED', cancellationReason: 'CANCELLED_BY_CUSTOMER' });
    await h.waitForCommands(order.id, ['inventory.reserve', 'payments.authorize', 'inventory.release']);
  });
});
