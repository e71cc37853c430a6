import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteAccountOnRedelivery, exportPartOnRedelivery, messageEnvelope } from '@msa/testing';
import { paymentClaimHandlers } from '../src/jobs/order-claim-handler';
import { authorizePayment } from '../src/services/authorize-payment';
import { paymentPrivacyHandlers } from '../src/jobs/privacy-handlers';
import { arrangePayment, createPaymentsTestDb, type PaymentsTestDb } from './support/payments-harness';

describe('payments privacy requests', () => {
  let testDb: PaymentsTestDb;
  let handlers: ReturnType<typeof paymentPrivacyHandlers>;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    handlers = paymentPrivacyHandlers(testDb.db);
  });
  afterAll(() => testDb?.close());

  it("exports only the customer's payments, once per request", async () => {
    const mine = await arrangePayment(testDb);
    await arrangePayment(testDb);
    const part = await exportPartOnRedelivery(testDb.db, handlers, mine.customerId);
    expect(part).toMatchObject({
      subgraph: 'payments',
      userId: mine.customerId,
      data: { payments: [{ id: mine.paymentId, orderId: mine.orderId, status: 'CAPTURED' }] },
    });
    expect(part.data.payments).toHaveLength(1);
  });

  it('removes the card details on deletion and keeps the amounts', async () => {
    const mine = await arrangePayment(testDb);
    const other = await arrangePayment(testDb);
    await deleteAccountOnRedelivery(handlers, mine.customerId);

    const erased = await testDb.db.payment.findUniqueOrThrow({ where: { id: mine.paymentId } });
    expect(erased).toMatchObject({
      cardBrand: null,
      cardLast4: null,
      amount: 10_000,
      capturedAmount: 10_000,
    });
    const kept = await testDb.db.payment.findUniqueOrThrow({ where: { id: other.paymentId } });
    expect(kept.cardLast4).not.toBeNull();
  });

  it("makes a claimed guest order's payment the customer's: it is in their export", async () => {
    const guest = `guest:${randomUUID()}`;
    const claimed = await arrangePayment(testDb, { customerId: guest });
    const user = randomUUID();
    const claim = paymentClaimHandlers(testDb.db)['order.claimed']!;
    const event = messageEnvelope('order.claimed', {
      orderId: claimed.orderId,
      customerId: user,
      previousCustomerId: guest,
    });
    await claim(event);
    await claim(event);
    const row = await testDb.db.payment.findUniqueOrThrow({ where: { id: claimed.paymentId } });
    expect(row.customerId).toBe(user);

    const part = await exportPartOnRedelivery(testDb.db, handlers, user);
    expect(part).toMatchObject({ data: { payments: [{ orderId: claimed.orderId }] } });
  });

  it('gives a payment authorized after the claim to the customer, not the guest', async () => {
    const guest = `guest:${randomUUID()}`;
    const user = randomUUID();
    const orderId = `order-${randomUUID()}`;
    await paymentClaimHandlers(testDb.db)['order.claimed']!(
      messageEnvelope('order.claimed', { orderId, customerId: user, previousCustomerId: guest }),
    );
    // The saga's authorize command was sent before the claim and still names the guest.
    await authorizePayment(testDb.deps, {
      orderId,
      customerId: guest,
      amount: 2_500,
      currency: 'USD',
      paymentToken: 'tok_visa',
    });
    expect((await testDb.db.payment.findUniqueOrThrow({ where: { orderId } })).customerId).toBe(user);

    // Another guest order of the same guest, not claimed, stays the guest's.
    const otherOrder = `order-${randomUUID()}`;
    await authorizePayment(testDb.deps, {
      orderId: otherOrder,
      customerId: guest,
      amount: 2_500,
      currency: 'USD',
      paymentToken: 'tok_visa',
    });
    expect((await testDb.db.payment.findUniqueOrThrow({ where: { orderId: otherOrder } })).customerId).toBe(
      guest,
    );
  });
});
