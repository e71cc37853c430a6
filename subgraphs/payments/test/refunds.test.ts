import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData, graphqlRequest, eventually } from '@msa/testing';
import {
  arrangePayment,
  createPaymentsTestDb,
  eventsFor,
  providerActivity,
  sendPaymentCommand,
  startPaymentsApp,
  type PaymentsTestApp,
  type PaymentsTestDb,
} from './support/payments-harness';

const REFUND = /* GraphQL */ `
  mutation Refund($paymentId: ID!, $amount: Int!, $reason: String!) {
    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {
      payment {
        id
        status
        capturedAmount {
          amount
        }
        refundedAmount {
          amount
        }
        refundableAmount {
          amount
        }
      }
      refund {
        id
        status
        reason
        amount {
          amount
          currency
          formatted
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;

interface RefundResult {
  refundPayment: {
    payment: {
      id: string;
      status: string;
      capturedAmount: { amount: number };
      refundedAmount: { amount: number };
      refundableAmount: { amount: number };
    } | null;
    refund: {
      id: string;
      status: string;
      reason: string;
      amount: { amount: number; currency: string; formatted: string };
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}

describe('refunds: admin mutation and payments.refund command', () => {
  let testDb: PaymentsTestDb;
  let running: PaymentsTestApp;
  let adminToken: string;

  beforeAll(async () => {
    testDb = await createPaymentsTestDb();
    running = await startPaymentsApp(testDb);
    adminToken = await running.tokenFor('ADMIN');
  });

  afterAll(async () => {
    await running?.stop();
    await testDb?.close();
  });

  const refund = (paymentId: string, amount: number, token = adminToken, reason = 'damaged in transit') =>
    graphqlRequest<RefundResult>(running.app.url, REFUND, { paymentId, amount, reason }, { token });

  const KEYED_REFUND = `mutation($paymentId: ID!, $amount: Int!, $key: String) {
    refundPayment(paymentId: $paymentId, amount: $amount, reason: "goodwill", idempotencyKey: $key) {
      payment { id status refundedAmount { amount } }
      refund { id status amount { amount } }
      userErrors { code field message }
    }
  }`;
  const keyedRefund = (paymentId: string, amount: number, key: string | null) =>
    graphqlRequest<RefundResult>(
      running.app.url,
      KEYED_REFUND,
      { paymentId, amount, key },
      { token: adminToken },
    );

  it('refunds once for a double submit with one idempotency key, and refuses the key for another amount', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { amount: 10_000 });
    const key = randomUUID();
    const submits = await Promise.all(Array.from({ length: 4 }, () => keyedRefund(paymentId, 1_500, key)));
    const [a, ...others] = submits.map((submit) => expectData(submit).refundPayment);
    expect(a!.userErrors).toEqual([]);
    expect(a!.refund).toMatchObject({ status: 'SUCCEEDED', amount: { amount: 1_500 } });
    for (const b of others) {
      expect(b.userErrors).toEqual([]);
      expect(b.refund!.id).toBe(a!.refund!.id);
    }
    const again = expectData(await keyedRefund(paymentId, 1_500, key)).refundPayment;
    expect(again.refund!.id).toBe(a!.refund!.id);
    expect(again.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: { amount: 1_500 } });

    const reused = expectData(await keyedRefund(paymentId, 2_000, key)).refundPayment;
    expect(reused.refund).toBeNull();
    expect(reused.userErrors).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'], message: expect.any(String) },
    ]);
    const badKey = expectData(await keyedRefund(paymentId, 100, 'spaces are not allowed')).refundPayment;
    expect(badKey.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_IDEMPOTENCY_KEY', ['idempotencyKey']],
    ]);

    // The same key on another payment is another refund.
    const other = await arrangePayment(testDb, { amount: 5_000 });
    const elsewhere = expectData(await keyedRefund(other.paymentId, 1_500, key)).refundPayment;
    expect(elsewhere.userErrors).toEqual([]);
    expect(elsewhere.refund!.id).not.toBe(a!.refund!.id);

    expect((await eventsFor(testDb.db, 'payment.refunded', orderId)).map((event) => event.amount)).toEqual([
      1_500,
    ]);
    expect(await testDb.db.refund.count({ where: { paymentId } })).toBe(1);
    expect((await providerActivity(testDb.db, orderId)).completed.refund).toBe(1);
  });

  it('refunds in part, then the rest, and reports each refund once', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { amount: 10_000 });

    const partial = expectData(await refund(paymentId, 2_500)).refundPayment;
    expect(partial.userErrors).toEqual([]);
    expect(partial.refund).toMatchObject({
      status: 'SUCCEEDED',
      reason: 'damaged in transit',
      amount: { amount: 2_500, formatted: '$25.00' },
    });
    expect(partial.payment).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: { amount: 2_500 },
      refundableAmount: { amount: 7_500 },
    });

    const rest = expectData(await refund(paymentId, 7_500)).refundPayment;
    expect(rest.userErrors).toEqual([]);
    expect(rest.payment).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: { amount: 10_000 },
      refundableAmount: { amount: 0 },
    });

    const events = await eventsFor(testDb.db, 'payment.refunded', orderId);
    expect(events.map((event) => event.amount)).toEqual([2_500, 7_500]);
    expect(events[0]).toMatchObject({
      paymentId,
      refundId: partial.refund!.id,
      currency: 'USD',
      returnId: null,
    });
    expect(
      await testDb.db.simulatedProviderCharge.findFirstOrThrow({ where: { reference: orderId } }),
    ).toMatchObject({
      refundedAmount: 10_000,
    });
  });

  it('refuses more than is left with REFUND_EXCEEDS_CAPTURED, and bad amounts with INVALID_AMOUNT', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { amount: 3_000 });
    expectData(await refund(paymentId, 1_000));

    const over = expectData(await refund(paymentId, 2_001)).refundPayment;
    expect(over.userErrors).toEqual([
      {
        code: 'REFUND_EXCEEDS_CAPTURED',
        field: null,
        message: expect.stringContaining('2000 still refundable'),
      },
    ]);
    expect(over.refund).toBeNull();
    expect(over.payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refundedAmount: { amount: 1_000 } });

    const zero = expectData(await refund(paymentId, 0)).refundPayment;
    expect(zero.userErrors).toMatchObject([{ code: 'INVALID_AMOUNT', field: ['amount'] }]);
    expect(await eventsFor(testDb.db, 'payment.refunded', orderId)).toHaveLength(1);
    expect(await testDb.db.refund.count({ where: { paymentId } })).toBe(1);
  });

  it('never lets concurrent refunds add up to more than was captured', async () => {
    const { paymentId } = await arrangePayment(testDb, { amount: 5_000 });
    const results = await Promise.all(Array.from({ length: 8 }, () => refund(paymentId, 1_000)));
    const outcomes = results.map((result) => expectData(result).refundPayment);
    expect(outcomes.filter((outcome) => outcome.userErrors.length === 0)).toHaveLength(5);
    expect(
      outcomes.filter((outcome) => outcome.userErrors[0]?.code === 'REFUND_EXCEEDS_CAPTURED'),
    ).toHaveLength(3);
    expect(await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: 5_000,
    });
  });

  it('refuses a payment that was not captured with PAYMENT_NOT_CAPTURED', async () => {
    const { paymentId } = await arrangePayment(testDb, { capture: false });
    const outcome = expectData(await refund(paymentId, 100)).refundPayment;
    expect(outcome.userErrors).toMatchObject([{ code: 'PAYMENT_NOT_CAPTURED' }]);
    expect(outcome.payment?.status).toBe('AUTHORIZED');
  });

  it('lets only administrators refund and validates the input', async () => {
    const { customerId, paymentId } = await arrangePayment(testDb);
    expect(errorCode(await refund(paymentId, 100, await running.tokenFor('CUSTOMER', customerId)))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await refund(paymentId, 100, await running.tokenFor('STAFF')))).toBe('FORBIDDEN');
    expect(
      errorCode(await graphqlRequest(running.app.url, REFUND, { paymentId, amount: 100, reason: 'x' })),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await refund(paymentId, 100, adminToken, '   '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await refund(randomUUID(), 100))).toBe('NOT_FOUND');
    expect(errorCode(await refund('not-a-payment', 100))).toBe('NOT_FOUND');
    expect(await testDb.db.refund.count({ where: { paymentId } })).toBe(0);
  });

  it('retries a tok_timeout refund with the same key and refunds once', async () => {
    const { orderId, paymentId } = await arrangePayment(testDb, { token: 'tok_timeout', amount: 4_000 });
    const outcome = expectData(await refund(paymentId, 4_000)).refundPayment;
    expect(outcome.userErrors).toEqual([]);
    expect(outcome.payment?.status).toBe('REFUNDED');
    expect(await providerActivity(testDb.db, orderId)).toMatchObject({
      completed: { refund: 1 },
      requests: { refund: 2 },
    });
  });

  describe('payments.refund command', () => {
    const refundedOrFailed = (orderId: string, count = 1) =>
      eventually(async () => {
        const refunded = await eventsFor(testDb.db, 'payment.refunded', orderId);
        const failed = await eventsFor(testDb.db, 'payment.refund_failed', orderId);
        return refunded.length + failed.length >= count && { refunded, failed };
      });

    it('refunds a return once however often the command is sent', async () => {
      const { orderId, paymentId } = await arrangePayment(testDb, { amount: 6_000 });
      const returnId = randomUUID();
      const command = { orderId, amount: 2_000, reason: 'returned', returnId };
      const messageIds = [
        await sendPaymentCommand(testDb.db, 'payments.refund', command),
        await sendPaymentCommand(testDb.db, 'payments.refund', command),
      ];
      await eventually(
        async () => (await testDb.db.inboxMessage.count({ where: { id: { in: messageIds } } })) === 2,
      );
      const { refunded } = await refundedOrFailed(orderId);

      expect(refunded).toEqual([
        { orderId, paymentId, refundId: expect.any(String), amount: 2_000, currency: 'USD', returnId },
      ]);
      expect(await providerActivity(testDb.db, orderId)).toMatchObject({ completed: { refund: 1 } });
      expect(await testDb.db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({
        status: 'PARTIALLY_REFUNDED',
        refundedAmount: 2_000,
      });
    });

    it('answers a refund over the captured amount with payment.refund_failed', async () => {
      const { orderId, paymentId } = await arrangePayment(testDb, { amount: 1_500 });
      await sendPaymentCommand(testDb.db, 'payments.refund', {
        orderId,
        amount: 1_501,
        reason: 'returned',
        returnId: 'return-1',
      });
      const { failed, refunded } = await refundedOrFailed(orderId);
      expect(refunded).toEqual([]);
      expect(failed).toEqual([
        {
          orderId,
          paymentId,
          returnId: 'return-1',
          reason: expect.stringMatching(/^REFUND_EXCEEDS_CAPTURED: /),
        },
      ]);
      expect(await testDb.db.refund.count({ where: { paymentId } })).toBe(0);
    });

    it('answers a refund of an order without a payment with payment.refund_failed', async () => {
      const orderId = `order-${randomUUID()}`;
      await sendPaymentCommand(testDb.db, 'payments.refund', {
        orderId,
        amount: 100,
        reason: 'cancelled',
        returnId: null,
      });
      const { failed } = await refundedOrFailed(orderId);
      expect(failed).toEqual([
        { orderId, paymentId: null, returnId: null, reason: expect.stringMatching(/^NO_PAYMENT: /) },
      ]);
    });
  });
});
