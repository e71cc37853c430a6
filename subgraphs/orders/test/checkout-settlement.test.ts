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

  it('answers a declined card with a userError and the CANCELLED order, its stock released', async () => {
    for (const [paymentToken, code] of [
      ['tok_chargeDeclined', 'CARD_DECLINED'],
      ['tok_insufficientFunds', 'INSUFFICIENT_FUNDS'],
    ] as const) {
      const customer = await h.customer();
      const result = expectData(
        await h.checkout(customer, h.cartFor(customer, { 'v-1': [1, 2500] }), { paymentToken }),
      ).checkout;
      expect(result.order).toMatchObject({ status: 'CANCELLED', cancellationReason: code });
      expect(result.userErrors).toEqual([
        { code, field: null, message: expect.stringContaining('the order was cancelled') },
      ]);
      const commands = await h.waitForCommands(result.order!.id, [
        'inventory.reserve',
        'payments.authorize',
        'inventory.release',
      ]);
      expect(commands.map((command) => command.name)).not.toContain('payments.capture');
    }
  });
});
