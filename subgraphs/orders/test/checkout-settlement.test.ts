import { expectData } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness } from './support/orders-harness';

/** Checkout waits (bounded) for the saga, so its answer carries the outcome: here the services answer at once. */
describe('checkout answers with the saga’s outcome', () => {
  let h: OrdersHarness;

  beforeAll(async () => {
    h = await OrdersHarness.start({ autoServices: true });
  });
  afterAll(() => h?.close());

  it('answers CONFIRMED for a good card, having captured once', async () => {
    const customer = await h.customer();
    const result = expectData(await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 2500] }))).checkout;
    expect(result.userErrors).toEqual([]);
    expect(result.order).toMatchObject({ status: 'CONFIRMED', total: { amount: 3000 } });
    const captures = (await h.commandsFor(result.order!.id)).filter(
      (command) => command.name === 'payments.capture',
    );
    expect(captures).toHaveLength(1);
  });

  it('answers a declined card with a userError and the PAYMENT_FAILED order, then CONFIRMED after a retry', async () => {
    for (const [paymentToken, code] of [
      ['tok_chargeDeclined', 'CARD_DECLINED'],
      ['tok_insufficientFunds', 'INSUFFICIENT_FUNDS'],
    ] as const) {
      const customer = await h.customer();
      const result = expectData(
        await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 2500] }), { paymentToken }),
      ).checkout;
      expect(result.order).toMatchObject({
        status: 'PAYMENT_FAILED',
        paymentFailureCode: code,
        cancellationReason: null,
      });
      expect(result.userErrors).toEqual([
        { code, field: null, message: expect.stringContaining('retry with another payment method') },
      ]);
      const orderId = result.order!.id;
      const held = (await h.commandsFor(orderId)).map((command) => command.name);
      expect(held).toEqual(['inventory.reserve', 'payments.authorize']);

      const retried = expectData(await h.retryPayment(customer, orderId, 'tok_visa')).retryPayment;
      expect(retried.userErrors).toEqual([]);
      expect(retried.order).toMatchObject({ status: 'CONFIRMED' });
      const commands = (await h.commandsFor(orderId)).map((command) => command.name);
      expect(commands.filter((name) => name === 'payments.capture')).toHaveLength(1);
      expect(commands).not.toContain('inventory.release');
    }
  });

  it('answers a retry that is declined again with the new decline', async () => {
    const customer = await h.customer();
    const placed = expectData(
      await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 2500] }), {
        paymentToken: 'tok_chargeDeclined',
      }),
    ).checkout;
    const again = expectData(
      await h.retryPayment(customer, placed.order!.id, 'tok_insufficientFunds'),
    ).retryPayment;
    expect(again.order).toMatchObject({ status: 'PAYMENT_FAILED', paymentFailureCode: 'INSUFFICIENT_FUNDS' });
    expect(again.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_FUNDS']);
  });
});
